#pragma once
// exctl algorand opt-in CODE --tier hot|warm|cold [--export FILE]: an
// exchange wallet on Algorand accepts the ASA CODE (one in force: its
// identity an admin signed). Hot's opt-in is signed with the vault's
// hot:algorand key (the passphrase from stdin) and sent; warm's and cold's
// keys are never here, so theirs is written unsigned to FILE for offline
// signing. An admin with a confirmed code (--operator), audited.

#include "command.h"

class AlgorandOptInCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("algorand opt-in"); }
    QString summary() const override
    {
        return QStringLiteral("Opt an exchange wallet in to an ASA: hot's signed and sent, warm's or cold's exported unsigned");
    }
    QString positionalSyntax() const override { return QStringLiteral("CODE"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
