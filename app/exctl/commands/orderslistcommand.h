#pragma once
// exctl orders list [--limit N] [--json]: the orders of the trade API, newest
// first, with the seven fields of 001, the derived-order link and status.

#include "command.h"

class OrdersListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("orders list"); }
    QString summary() const override { return QStringLiteral("List trade orders, newest first"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
