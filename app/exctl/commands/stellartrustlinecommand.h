#pragma once
// exctl stellar trustline CODE --tier hot|warm|cold [--export FILE]: the
// trustline an exchange wallet needs before it can hold the Stellar token
// CODE (in force: its identity signed by an admin). hot: signed with the
// vault's hot:stellar key (the passphrase on stdin or
// --vault-passphrase-file) and submitted; warm and cold: the unsigned
// change_trust written to FILE, to sign offline with that wallet's key and
// submit. An admin in person with a confirmed code; audited.

#include "command.h"

class StellarTrustlineCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stellar trustline"); }
    QString summary() const override { return QStringLiteral("Make an exchange wallet's trustline to a Stellar token (hot: signed and sent; warm, cold: exported)"); }
    QString positionalSyntax() const override { return QStringLiteral("CODE"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
