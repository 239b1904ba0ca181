#pragma once
// exctl vault import-seed: stores the exchange's BIP-39 seed, from which
// the deposit keys are derived (Ethereum m/44'/60'/0'/0/i), in the vault.
// stdin: the vault passphrase, then the mnemonic, one line each. Prints
// the address of account 0 so the operator can check it is the right one.

#include "command.h"

class VaultImportSeedCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("vault import-seed"); }
    QString summary() const override
    {
        return QStringLiteral("Store the deposit keys' BIP-39 seed in the vault (passphrase, mnemonic on stdin)");
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
