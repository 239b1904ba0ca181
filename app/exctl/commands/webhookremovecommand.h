#pragma once
// exctl --operator ADMIN api-client webhook remove NAME URL: no more deliveries
// to URL (it stays, disabled, with its deliveries). Audited.

#include "command.h"

class WebhookRemoveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("api-client webhook remove"); }
    QString summary() const override { return QStringLiteral("Remove a webhook endpoint of a back-office API client (admin, audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("NAME URL"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
