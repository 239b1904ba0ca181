#pragma once
// SchemaCatalog: what a live database says about its own tables (columns
// and their declared types, primary key, the tables its foreign keys point
// to, the auto-increment id column), read from SQLite's pragmas or
// PostgreSQL's catalog, for code that must handle every table alike
// (DatabaseCopier). It reads only; internal tables (sqlite_sequence) are
// left out.

#include "core/base/result.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace exchange {

struct TableSchema {
    QString name;
    QStringList columns;     // in declaration order
    QStringList columnTypes; // lower case, as declared (SQLite) or data_type (PostgreSQL)
    QStringList primaryKey;  // in key order; empty when the table has none
    QStringList parents;     // tables its foreign keys reference, itself excluded
    QString identityColumn;  // the auto-increment id, empty when none
};

class SchemaCatalog final
{
public:
    // Every table, by name.
    static Result<std::vector<TableSchema>> read(const QSqlDatabase &db, const Dialect &dialect);
    // The same tables ordered so that each comes after the tables it
    // references (ties by name); refuses a cycle.
    static Result<std::vector<TableSchema>> parentsFirst(std::vector<TableSchema> tables);
    // A quoted identifier, the same on both databases.
    static QString quoted(const QString &identifier);
};

} // namespace exchange
