#pragma once
// exctl customer list [--state S] [--find TEXT] [--limit N] [--offset N]

#include "command.h"

class CustomerListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer list"); }
    QString summary() const override { return QStringLiteral("List customers, by state or a fragment of their id, name or email"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
