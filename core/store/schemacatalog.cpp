#include "core/store/schemacatalog.h"

#include "core/store/sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>

namespace exchange {

namespace {

Result<std::vector<TableSchema>> readSqlite(const QSqlDatabase &db)
{
    // Ordinary tables only: not a virtual table (the Customers screen's FTS5
    // search index) nor its shadow tables, which SQLite keeps by itself
    // (the search's triggers fill it as customers are written).
    auto tables = sql::run(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                                              " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                              " AND name IN (SELECT name FROM pragma_table_list WHERE schema = 'main'"
                                              " AND type = 'table') ORDER BY name"));
    if (!tables)
        return tables.error();
    std::vector<TableSchema> result;
    std::vector<bool> autoIncrement;
    while (tables.value().next()) {
        TableSchema table;
        table.name = tables.value().value(0).toString();
        result.push_back(table);
        autoIncrement.push_back(tables.value().value(1).toString().contains(u"AUTOINCREMENT", Qt::CaseInsensitive));
    }
    for (size_t i = 0; i < result.size(); ++i) {
        TableSchema &table = result[i];
        auto columns = sql::run(db, QStringLiteral("PRAGMA table_info(%1)").arg(SchemaCatalog::quoted(table.name)));
        if (!columns)
            return columns.error();
        std::map<int, QString> keyColumns;
        while (columns.value().next()) {
            const QString name = columns.value().value(1).toString();
            table.columns << name;
            table.columnTypes << columns.value().value(2).toString().toLower();
            if (const int keyPosition = columns.value().value(5).toInt(); keyPosition > 0)
                keyColumns[keyPosition] = name;
        }
        for (const auto &[position, name] : keyColumns)
            table.primaryKey << name;
        // Only an INTEGER PRIMARY KEY declared AUTOINCREMENT has a sequence
        // (sqlite_sequence) that must never hand out an id again.
        if (autoIncrement[i] && table.primaryKey.size() == 1
            && table.columnTypes.at(table.columns.indexOf(table.primaryKey.front())) == u"integer")
            table.identityColumn = table.primaryKey.front();
        auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(SchemaCatalog::quoted(table.name)));
        if (!keys)
            return keys.error();
        while (keys.value().next()) {
            const QString parent = keys.value().value(2).toString();
            if (parent != table.name && !table.parents.contains(parent))
                table.parents << parent;
        }
    }
    return result;
}

Result<std::vector<TableSchema>> readPostgres(const QSqlDatabase &db)
{
    std::map<QString, TableSchema> byName;
    auto tables = sql::run(db, QStringLiteral("SELECT table_name FROM information_schema.tables"
                                              " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"));
    if (!tables)
        return tables.error();
    while (tables.value().next()) {
        const QString name = tables.value().value(0).toString();
        byName[name].name = name;
    }
    auto columns = sql::run(db, QStringLiteral("SELECT table_name, column_name, data_type, is_identity, column_default"
                                               " FROM information_schema.columns WHERE table_schema = current_schema()"
                                               " ORDER BY table_name, ordinal_position"));
    if (!columns)
        return columns.error();
    while (columns.value().next()) {
        auto found = byName.find(columns.value().value(0).toString());
        if (found == byName.end())
            continue; // a view
        TableSchema &table = found->second;
        const QString column = columns.value().value(1).toString();
        table.columns << column;
        table.columnTypes << columns.value().value(2).toString().toLower();
        if (columns.value().value(3).toString() == u"YES"
            || columns.value().value(4).toString().startsWith(u"nextval("))
            table.identityColumn = column;
    }
    auto keys = sql::run(db, QStringLiteral("SELECT tc.table_name, kcu.column_name"
                                            " FROM information_schema.table_constraints tc"
                                            " JOIN information_schema.key_column_usage kcu"
                                            "   ON kcu.constraint_name = tc.constraint_name"
                                            "  AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name"
                                            " WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()"
                                            " ORDER BY tc.table_name, kcu.ordinal_position"));
    if (!keys)
        return keys.error();
    while (keys.value().next()) {
        if (auto found = byName.find(keys.value().value(0).toString()); found != byName.end())
            found->second.primaryKey << keys.value().value(1).toString();
    }
    auto references = sql::run(db, QStringLiteral("SELECT child.relname, parent.relname FROM pg_constraint c"
                                                  " JOIN pg_class child ON child.oid = c.conrelid"
                                                  " JOIN pg_class parent ON parent.oid = c.confrelid"
                                                  " JOIN pg_namespace n ON n.oid = child.relnamespace"
                                                  " WHERE c.contype = 'f' AND n.nspname = current_schema()"));
    if (!references)
        return references.error();
    while (references.value().next()) {
        const QString child = references.value().value(0).toString();
        const QString parent = references.value().value(1).toString();
        if (auto found = byName.find(child); found != byName.end() && parent != child
            && !found->second.parents.contains(parent))
            found->second.parents << parent;
    }
    std::vector<TableSchema> result;
    for (auto &[name, table] : byName)
        result.push_back(std::move(table));
    return result;
}

} // namespace

QString SchemaCatalog::quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

Result<std::vector<TableSchema>> SchemaCatalog::read(const QSqlDatabase &db, const Dialect &dialect)
{
    auto tables = dialect.isSQLite() ? readSqlite(db) : readPostgres(db);
    if (!tables)
        return tables;
    for (TableSchema &table : tables.value())
        table.parents.sort();
    return tables;
}

Result<std::vector<TableSchema>> SchemaCatalog::parentsFirst(std::vector<TableSchema> tables)
{
    std::sort(tables.begin(), tables.end(), [](const TableSchema &a, const TableSchema &b) { return a.name < b.name; });
    std::set<QString> known;
    for (const TableSchema &table : tables)
        known.insert(table.name);
    std::vector<TableSchema> ordered;
    std::set<QString> placed;
    std::vector<bool> done(tables.size(), false);
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (size_t i = 0; i < tables.size(); ++i) {
            if (done[i])
                continue;
            const bool ready = std::all_of(tables[i].parents.cbegin(), tables[i].parents.cend(), [&](const QString &parent) {
                return placed.count(parent) > 0 || known.count(parent) == 0;
            });
            if (!ready)
                continue;
            done[i] = true;
            placed.insert(tables[i].name);
            ordered.push_back(tables[i]);
            progressed = true;
            break; // restart from the first name, so ties go by name
        }
        if (!progressed)
            return Error{ErrorCode::Corrupted, "the tables' foreign keys form a cycle; they cannot be copied parents first"};
    }
    return ordered;
}

} // namespace exchange
