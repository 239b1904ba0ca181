#pragma once
// exctl --operator NAME customer add EXT --name NAME [--email EMAIL]

#include "command.h"

class CustomerAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer add"); }
    QString summary() const override { return QStringLiteral("Add a customer by the exchange's own id for them (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
