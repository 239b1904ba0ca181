#pragma once
// exctl audit verify [--json]: walks the hash chain; exit 0 and the head
// hash when intact, exit 1 naming the first bad record otherwise.

#include "command.h"

class AuditVerifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("audit verify"); }
    QString summary() const override { return QStringLiteral("Check the audit log's hash chain; names the first bad record"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
