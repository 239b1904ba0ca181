#pragma once
// exctl api-client webhook list [--json]: every enabled webhook endpoint, by
// client and URL.

#include "command.h"

class WebhookListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("api-client webhook list"); }
    QString summary() const override { return QStringLiteral("List the back-office API clients' webhook endpoints"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
