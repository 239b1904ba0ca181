#pragma once
// exctl --operator ADMIN api-client add NAME --public-key HEX|BASE64 --scopes
// read,customers,withdrawals: registers a back-office API service client by
// its Ed25519 public key (it keeps the private key; the exchange stores no
// secret of its). An admin in person with a code; audited.

#include "command.h"

class ApiClientAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("api-client add"); }
    QString summary() const override
    {
        return QStringLiteral("Register a back-office API client by its Ed25519 public key, with scopes (admin, audited)");
    }
    QString positionalSyntax() const override { return QStringLiteral("NAME"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
