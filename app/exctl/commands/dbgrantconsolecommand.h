#pragma once
// exctl db grant-console ROLE: on PostgreSQL, makes the existing login role
// ROLE a member of exchange_console (core/runtime/consolerole.h), creating
// the group and renewing its grants first. Run it as the tables' owner;
// ROLE's password is set in psql, never through exctl. Idempotent.

#include "command.h"

class DbGrantConsoleCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("db grant-console"); }
    QString summary() const override
    {
        return QStringLiteral("PostgreSQL: let a login role work as a console (no edits of the audit log, "
                              "signed statements or ledger transfers, no DDL)");
    }
    QString positionalSyntax() const override { return QStringLiteral("ROLE"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
