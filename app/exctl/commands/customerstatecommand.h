#pragma once
// exctl --operator NAME customer freeze|unfreeze|close EXT: one class for the
// three changes of a customer's state, which differ only in the service call.

#include "command.h"

class CustomerStateCommand final : public Command
{
public:
    enum class Change { Freeze, Unfreeze, Close };
    explicit CustomerStateCommand(Change change) : m_change(change) {}

    QString name() const override;
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;

private:
    Change m_change;
};
