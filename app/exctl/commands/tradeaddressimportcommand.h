#pragma once
// exctl trade address import --chain CHAIN [--replace]
// [--vault-passphrase-file FILE]: the chain's trade address becomes that of
// its newest trade key in the vault (trade:CHAIN:N), as derived from the
// key itself, e.g. after a vault restore. Another address already set is
// refused (naming it) without --replace.

#include "command.h"

class TradeAddressImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("trade address import"); }
    QString summary() const override
    {
        return QStringLiteral("Set the exchange's trade address of a chain from its trade key in the vault");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
