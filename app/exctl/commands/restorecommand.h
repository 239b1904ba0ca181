#pragma once
// exctl restore --from FILE [--db sqlite:///NEW.db]: checks the backup
// read-only first (pages and indexes, a schema this build knows), copies
// it beside the target, migrates an older one, records "database.restore"
// in its audit log, proves it (ledger check, audit chain) and renames it
// into place, 0600. The target must not exist or be a zero-byte file: an
// exchange is never overwritten. A damaged or foreign FILE creates nothing.

#include "command.h"

class RestoreCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override { return QStringLiteral("Restore a backup into a new SQLite database and verify it"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
