#pragma once
// exctl backup --to FILE: a consistent copy of the SQLite database while
// the console or `exctl serve` keeps writing (SQLite's online backup API),
// written 0600 beside FILE, proved (pages and indexes, ledger check, audit
// chain) and renamed into place; recorded in the database's audit log as
// "database.backup" by cli:<OS user> (a read-only action: no code asked).
// Never replaces a file; never migrates the database. On PostgreSQL it
// explains pg_dump and PITR instead, without connecting.

#include "command.h"

class BackupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return QStringLiteral("Write a verified backup of the SQLite database to a new file"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
