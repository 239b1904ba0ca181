#pragma once
// exctl stellar channels list | create N | merge [--json]: hot's Stellar
// channel accounts (StellarChannels), the sources of payout transactions
// that let N payouts into one ledger. list shows each channel (address,
// vault key, state, last transaction) and the pool setting; create N makes
// the pool N channels, each a new vault key funded from hot by a
// create_account signed with hot:stellar; merge sets the pool to 0 and
// merges every idle channel back into hot. create and merge: an admin in
// person with a confirmed code, the vault passphrase on stdin or
// --vault-passphrase-file; audited.

#include "command.h"

class StellarChannelsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stellar channels"); }
    QString summary() const override
    {
        return QStringLiteral("List, create or merge hot's Stellar channel accounts (payout transaction sources)");
    }
    QString positionalSyntax() const override { return QStringLiteral("list|create N|merge"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
