#pragma once
// exctl [--operator NAME] withdraw request --customer ID --asset CODE --to ADDRESS --amount X [--json]
// The operator signs the request; when the key vault pins an admin's key,
// a request nobody signs is refused (the payout signer would hold it).

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
