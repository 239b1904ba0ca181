#pragma once
// exctl customer keys require --customer ID M

#include "command.h"

class CustomerKeysRequireCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer keys require"); }
    QString summary() const override { return QStringLiteral("How many of the customer's keys must sign a withdrawal request (M of N; audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("M"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
