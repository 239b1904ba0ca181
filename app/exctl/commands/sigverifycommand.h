#pragma once
// exctl sig verify --chain C --signer ADDRESS --message TEXT --sig SIG:
// prints "valid" (exit 0) or why the signature is refused (exit 1).

#include "command.h"

class SigVerifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("sig verify"); }
    QString summary() const override { return QStringLiteral("Check a customer's message signature"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
