#pragma once
// exctl api-client list [--json]: the back-office API's service clients,
// enabled and disabled, by name (reading needs no operator).

#include "command.h"

class ApiClientListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("api-client list"); }
    QString summary() const override { return QStringLiteral("List the back-office API clients, their scopes and keys"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
