#pragma once
// exctl migrate --from URL --to URL [--migrate-source]: copies a whole
// database (a desktop's SQLite) into a new, empty one (PostgreSQL), then
// proves both: ledger check clean, audit chain intact and equal. Refuses a
// non-empty target, a source at another schema version and an unreachable
// database, with nothing written. Passwords are never printed.

#include "command.h"

class MigrateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override { return QStringLiteral("Copy a database into a new, empty one (SQLite to PostgreSQL) and verify both"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
