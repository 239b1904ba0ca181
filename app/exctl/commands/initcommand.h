#pragma once
// exctl init [--demo]: create or migrate the schema; --demo adds the demo
// data set (once).

#include "command.h"

class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return QStringLiteral("Create or migrate the database schema; --demo adds the demo data set");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
