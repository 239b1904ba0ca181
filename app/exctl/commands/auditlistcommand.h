#pragma once
// exctl audit list [--since ISO-DATE] [--operator NAME] [--action PREFIX] [--json].

#include "command.h"

class AuditListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("audit list"); }
    QString summary() const override { return QStringLiteral("List audit records, newest first"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
