#pragma once
// exctl withdraw request --customer ID --asset CODE --to ADDRESS --amount X [--json]

#include "command.h"

class WithdrawRequestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdraw request"); }
    QString summary() const override
    {
        return QStringLiteral("Request a customer's withdrawal: held in the ledger, automatic within the limits, reviewed above them");
    }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
