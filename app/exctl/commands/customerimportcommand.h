#pragma once
// exctl --operator NAME customer import FILE: CSV with a header
// (external_id,name,email) or JSON lines; all or nothing.

#include "command.h"

class CustomerImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer import"); }
    QString summary() const override
    {
        return QStringLiteral("Add or update customers by external id from a CSV or JSON-lines file, all or nothing (audited)");
    }
    QString positionalSyntax() const override { return QStringLiteral("FILE"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
