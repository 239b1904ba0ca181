#pragma once
// exctl trade address generate --chain CHAIN | --all [--replace]
// [--vault-passphrase-file FILE]: a fresh key pair per chain from
// libsodium's CSPRNG, stored in the key vault as trade:CHAIN:N, and the
// chain's trade address set to its address (audited as trade.address).
// Prints the addresses, never a secret. A chain that has an address is
// refused (naming it) without --replace, before the vault is unlocked.

#include "command.h"

class TradeAddressGenerateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("trade address generate"); }
    QString summary() const override
    {
        return QStringLiteral("Generate the exchange's trade key of a chain into the vault and use its address");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
