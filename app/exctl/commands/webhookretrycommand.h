#pragma once
// exctl --operator ADMIN webhook retry ID|--all-failed: the delivery (or every
// failed one) is due now again, with another day to go. Audited.

#include "command.h"

class WebhookRetryCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("webhook retry"); }
    QString summary() const override { return QStringLiteral("Retry a webhook delivery, or every failed one (admin, audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
