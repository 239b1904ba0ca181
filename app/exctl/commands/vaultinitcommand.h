#pragma once
// exctl vault init [--vault-passphrase-file FILE]: creates the key vault
// with a passphrase read from stdin, or from the file's first line. As an
// admin (--operator) it pins their signing key; without, the vault pins
// none and nothing is signed until an admin runs exctl vault pin.

#include "command.h"

class VaultInitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("vault init"); }
    QString summary() const override { return QStringLiteral("Create the key vault (passphrase on stdin)"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
