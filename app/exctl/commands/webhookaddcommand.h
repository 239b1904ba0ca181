#pragma once
// exctl --operator ADMIN api-client webhook add NAME URL: the client receives its webhooks
// at URL (http or https; https expected outside loopback). An admin in
// person with a code; audited.

#include "command.h"

class WebhookAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("api-client webhook add"); }
    QString summary() const override { return QStringLiteral("Add a webhook endpoint URL to a back-office API client (admin, audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("NAME URL"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
