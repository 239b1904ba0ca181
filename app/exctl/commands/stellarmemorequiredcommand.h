#pragma once
// exctl stellar memo-required [on|off] [--export FILE] [--json]: SEP-29's
// config.memo_required on the Stellar base account (hot's account), which
// tells wallets to refuse a payment to it without a memo. No argument: shows
// whether it is set. on / off: sets or deletes the entry, signed with the
// vault's hot:stellar key (the passphrase on stdin or
// --vault-passphrase-file) and submitted; with --export FILE (hot's key is
// not in the vault) the unsigned manage_data is written to FILE, to sign
// offline and submit. Nothing is made when it is already as asked. An
// admin in person with a confirmed code; audited.

#include "command.h"

class StellarMemoRequiredCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stellar memo-required"); }
    QString summary() const override
    {
        return QStringLiteral("Show or set SEP-29's memo requirement on the Stellar base account (signed and sent, or exported)");
    }
    QString positionalSyntax() const override { return QStringLiteral("[on|off]"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
