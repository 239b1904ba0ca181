#pragma once
// exctl vault import-hot-key --chain ethereum|stellar|algorand: stores the
// key that signs a chain's automatic payouts from the hot wallet, as the
// vault key "hot:CHAIN". stdin: the vault passphrase, then the secret, one
// line each: Ethereum 0x + 64 hex digits, Stellar an S… secret seed,
// Algorand its 25-word mnemonic. The key must be the registered hot
// wallet's (exctl wallet add … --tier hot), or nothing is stored.

#include "command.h"

class VaultImportHotKeyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("vault import-hot-key"); }
    QString summary() const override
    {
        return QStringLiteral("Store the hot wallet's signing key of a chain in the vault (passphrase, secret on stdin)");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
