#pragma once
// exctl webhook deliveries [--failed] [--json]: webhook deliveries, newest
// first: pending, failing (retried with backoff), delivered or failed.

#include "command.h"

class WebhookDeliveriesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("webhook deliveries"); }
    QString summary() const override { return QStringLiteral("List webhook deliveries, or only the failed ones"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
