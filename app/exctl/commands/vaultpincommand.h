#pragma once
// exctl --operator ADMIN vault pin [--vault-passphrase-file FILE]: pins the
// signing key of the admin who signed in as the vault's root of trust, on an
// exchange whose vault pins none yet (made before signing keys existed, or
// by `vault init` without --operator), and registers it. Until a key is
// pinned nothing is signed: no payout, sweep or replenishment. Unlocks with
// the passphrase (stdin, or the file's first line), as the console does
// when an admin unlocks it. Pinned already: the same admin's key is a
// no-op, another admin's is refused (a pin never changes).

#include "command.h"

class VaultPinCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("vault pin"); }
    QString summary() const override
    {
        return QStringLiteral("Pin the signing key of the admin of --operator in the key vault (passphrase on stdin)");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
