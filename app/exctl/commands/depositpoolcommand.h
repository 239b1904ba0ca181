#pragma once
// exctl deposit-pool [--size N] [--fill [--vault-passphrase-file F]] [--json]:
// the Algorand deposit address pool (addresses derived ahead, not yet
// issued) and its size; --size sets the size the next vault unlock tops it
// up to (a setting: audited); --fill unlocks the vault and tops it up now.

#include "command.h"

class DepositPoolCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("deposit-pool"); }
    QString summary() const override
    {
        return QStringLiteral("The Algorand deposit address pool: how many are left; --size N sets what an unlock fills it to, --fill fills it now");
    }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
