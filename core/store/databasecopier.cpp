#include "core/store/databasecopier.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <set>

namespace exchange {

namespace {

const QString kVersionTable = QStringLiteral("schema_version");

// Bound values per statement: under SQLite's limit (32766) and far under
// PostgreSQL's; 500 rows already amortise a round trip.
constexpr int kMaxBoundValues = 30000;
constexpr int kMaxBatchRows = 500;

std::string name(const QString &text)
{
    return text.toStdString();
}

// One value in a form both databases agree on: amounts are zero-padded
// text in SQLite and NUMERIC in PostgreSQL, so digits lose their leading
// zeros.
QString canonical(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    QString text = value.toString();
    const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    if (digits) {
        qsizetype zeros = 0;
        while (zeros < text.size() - 1 && text.at(zeros) == u'0')
            ++zeros;
        text.remove(0, zeros);
    }
    return text;
}

QString columnList(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << SchemaCatalog::quoted(column);
    return quoted.join(QStringLiteral(", "));
}

// Every row of a table as one canonical line, sorted.
Result<QStringList> canonicalRows(const QSqlDatabase &db, const TableSchema &table)
{
    auto rows = sql::run(db, QStringLiteral("SELECT %1 FROM %2").arg(columnList(table.columns), SchemaCatalog::quoted(table.name)));
    if (!rows)
        return rows.error();
    QStringList lines;
    while (rows.value().next()) {
        QStringList values;
        for (int i = 0; i < table.columns.size(); ++i)
            values << canonical(rows.value().value(i));
        lines << values.join(u'\x1f');
    }
    lines.sort();
    return lines;
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    auto count = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(SchemaCatalog::quoted(table)));
    if (!count)
        return count.error();
    if (!count.value().next())
        return Error{ErrorCode::Internal, "cannot count the rows of " + name(table)};
    return count.value().value(0).toLongLong();
}

bool hasTable(const std::vector<TableSchema> &tables, const QString &table)
{
    return std::any_of(tables.cbegin(), tables.cend(), [&](const TableSchema &t) { return t.name == table; });
}

const TableSchema *findTable(const std::vector<TableSchema> &tables, const QString &table)
{
    for (const TableSchema &t : tables) {
        if (t.name == table)
            return &t;
    }
    return nullptr;
}

// Both sides must have the same tables with the same columns (their types
// differ by dialect).
Result<void> requireSameSchema(const std::vector<TableSchema> &source, const std::vector<TableSchema> &target)
{
    for (const TableSchema &t : target) {
        const TableSchema *s = findTable(source, t.name);
        if (!s)
            return Error{ErrorCode::Corrupted, "the source has no table " + name(t.name) + "; the schemas differ"};
        QStringList a = s->columns;
        QStringList b = t.columns;
        a.sort();
        b.sort();
        if (a != b)
            return Error{ErrorCode::Corrupted, "the columns of " + name(t.name) + " differ between source and target"};
    }
    for (const TableSchema &s : source) {
        if (!hasTable(target, s.name))
            return Error{ErrorCode::Corrupted, "the target has no table " + name(s.name) + "; the schemas differ"};
    }
    return {};
}

} // namespace

Result<int> DatabaseCopier::checkSource()
{
    QSqlDatabase db = m_source.connection();
    if (!db.isOpen())
        return Error{ErrorCode::Unavailable, "cannot open the source database " + name(m_source.url().redacted())};
    auto tables = SchemaCatalog::read(db, m_source.dialect());
    if (!tables)
        return tables.error();
    if (!hasTable(tables.value(), kVersionTable))
        return Error{ErrorCode::InvalidInput, "the source is not an Exchange Console database (it has no schema version)"};
    auto version = m_source.schemaVersion();
    if (!version)
        return version.error();
    const int latest = m_migrations.latestVersion();
    if (version.value() == 0)
        return Error{ErrorCode::InvalidInput, "the source database is empty (schema version 0)"};
    if (version.value() > latest)
        return Error{ErrorCode::Conflict, "the source has schema version " + std::to_string(version.value())
                                              + ", newer than this build knows (" + std::to_string(latest)
                                              + "); use a newer build"};
    if (version.value() < latest) {
        if (!m_migrateSource)
            return Error{ErrorCode::WrongState,
                         "the source has schema version " + std::to_string(version.value()) + " and this build writes "
                             + std::to_string(latest) + "; bring the source up to date first (open it once with this"
                             " build, e.g. exctl --db SOURCE init) or ask for it to be migrated (--migrate-source)"};
        if (auto migrated = m_source.migrate(m_migrations); !migrated)
            return migrated.error();
        version = m_source.schemaVersion();
        if (!version)
            return version.error();
    }
    return version.value();
}

Result<void> DatabaseCopier::requireOnlySeeds(const std::vector<TableSchema> &tables)
{
    if (!m_seedsLoaded) {
        // A throwaway SQLite database at this build's schema says what a
        // fresh migration writes (the native assets, the chains' settings,
        // a few meta rows), whatever the target's dialect.
        QTemporaryDir dir;
        if (!dir.isValid())
            return Error{ErrorCode::Unavailable, "cannot create a temporary folder"};
        auto reference = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("reference.db")));
        if (!reference)
            return reference.error();
        if (auto migrated = reference.value()->migrate(m_migrations); !migrated)
            return migrated.error();
        auto referenceTables = SchemaCatalog::read(reference.value()->connection(), reference.value()->dialect());
        if (!referenceTables)
            return referenceTables.error();
        for (const TableSchema &table : referenceTables.value()) {
            if (table.name == kVersionTable)
                continue;
            auto rows = canonicalRows(reference.value()->connection(), table);
            if (!rows)
                return rows.error();
            m_seeds[table.name] = rows.value();
        }
        m_seedsLoaded = true;
    }
    QSqlDatabase db = m_target.connection();
    // Tables a new database leaves empty first: their row count is the
    // clearest reason to give.
    for (const bool seeded : {false, true}) {
        for (const TableSchema &table : tables) {
            if (table.name == kVersionTable || (m_seeds.count(table.name) > 0 && !m_seeds.at(table.name).isEmpty()) != seeded)
                continue;
            auto count = countRows(db, table.name);
            if (!count)
                return count.error();
            if (count.value() == 0)
                continue;
            const std::string refusal = "the target database is not empty (table " + name(table.name) + " has "
                                        + std::to_string(count.value())
                                        + (seeded ? " rows that a new database does not have" : " rows")
                                        + "); copy only into a new, empty database";
            if (!seeded)
                return Error{ErrorCode::Conflict, refusal};
            const QStringList &seeds = m_seeds.at(table.name);
            if (count.value() > seeds.size())
                return Error{ErrorCode::Conflict, refusal};
            auto rows = canonicalRows(db, table);
            if (!rows)
                return rows.error();
            std::multiset<QString> expected(seeds.cbegin(), seeds.cend());
            for (const QString &row : rows.value()) {
                auto found = expected.find(row);
                if (found == expected.end())
                    return Error{ErrorCode::Conflict, refusal};
                expected.erase(found);
            }
        }
    }
    return {};
}

Result<void> DatabaseCopier::prepareTarget()
{
    QSqlDatabase db = m_target.connection();
    if (!db.isOpen())
        return Error{ErrorCode::Unavailable, "cannot open the target database " + name(m_target.url().redacted())};
    auto tables = SchemaCatalog::read(db, m_target.dialect());
    if (!tables)
        return tables.error();
    if (!tables.value().empty()) {
        if (!hasTable(tables.value(), kVersionTable))
            return Error{ErrorCode::Conflict, "the target database has tables of another application; copy only into a"
                                              " new, empty database"};
        auto version = m_target.schemaVersion();
        if (!version)
            return version.error();
        if (version.value() > m_migrations.latestVersion())
            return Error{ErrorCode::Conflict, "the target has schema version " + std::to_string(version.value())
                                                  + ", newer than this build knows; use a newer build"};
    }
    // Refuse before migrating, so that a refused target is left as it was.
    if (auto empty = requireOnlySeeds(tables.value()); !empty)
        return empty;
    return m_target.migrate(m_migrations);
}

Result<qint64> DatabaseCopier::copyTable(const TableSchema &from, const TableSchema &to)
{
    QSqlDatabase source = m_source.connection();
    QSqlDatabase target = m_target.connection();
    const QStringList &columns = to.columns;
    const auto width = static_cast<int>(columns.size());
    // SQLite keeps amounts as 39 zero-padded digits; PostgreSQL's NUMERIC
    // comes back without them. (The other way, PostgreSQL reads the padded
    // text as the same number.)
    std::vector<bool> padAmount(columns.size(), false);
    if (m_target.dialect().isSQLite() && !m_source.dialect().isSQLite()) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            padAmount[static_cast<size_t>(i)] = from.columnTypes.value(from.columns.indexOf(columns.at(i))) == u"numeric";
    }

    QString select = QStringLiteral("SELECT %1 FROM %2").arg(columnList(columns), SchemaCatalog::quoted(from.name));
    // Key order: a row that references its own table (a derived order and
    // its creator) comes after the row it references.
    if (!from.primaryKey.isEmpty())
        select += QStringLiteral(" ORDER BY ") + columnList(from.primaryKey);
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(select))
        return sql::errorOf(read, select);

    const int perStatement = std::max(1, std::min(m_batchRows > 0 ? m_batchRows : kMaxBatchRows, kMaxBoundValues / width));
    const QString placeholders = u'(' + QStringList(width, QStringLiteral("?")).join(u',') + u')';
    auto insertOf = [&](int rows) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(SchemaCatalog::quoted(to.name), columnList(columns))
               + QStringList(rows, placeholders).join(u',');
    };
    const QString fullStatement = insertOf(perStatement);
    QSqlQuery full(target);
    bool fullPrepared = false;
    QVariantList pending;
    pending.reserve(perStatement * width);
    qint64 copied = 0;

    auto flush = [&](QSqlQuery &insert, const QString &statement) -> Result<void> {
        for (qsizetype i = 0; i < pending.size(); ++i)
            insert.bindValue(static_cast<int>(i), pending.at(i));
        if (!insert.exec())
            return sql::errorOf(insert, statement);
        copied += pending.size() / width;
        pending.clear();
        return {};
    };

    while (read.next()) {
        for (int i = 0; i < width; ++i) {
            QVariant value = read.value(i);
            if (padAmount[static_cast<size_t>(i)] && !value.isNull())
                value = value.toString().rightJustified(kStoredAmountDigits, u'0');
            pending << value;
        }
        if (pending.size() == perStatement * width) {
            if (!fullPrepared) {
                if (!full.prepare(fullStatement))
                    return sql::errorOf(full, fullStatement);
                fullPrepared = true;
            }
            if (auto done = flush(full, fullStatement); !done)
                return done.error();
        }
    }
    if (read.lastError().isValid())
        return sql::errorOf(read, select);
    if (!pending.isEmpty()) {
        const QString statement = insertOf(static_cast<int>(pending.size() / width));
        QSqlQuery rest(target);
        if (!rest.prepare(statement))
            return sql::errorOf(rest, statement);
        if (auto done = flush(rest, statement); !done)
            return done.error();
    }
    return copied;
}

Result<void> DatabaseCopier::continueSequences(const std::vector<TableSchema> &sourceTables,
                                               const std::vector<TableSchema> &targetTables)
{
    QSqlDatabase source = m_source.connection();
    QSqlDatabase target = m_target.connection();
    // The last id each source sequence handed out: it may be above the
    // largest id left (a row deleted), and an id is never handed out twice.
    std::map<QString, qint64> issued;
    if (m_source.dialect().isSQLite()) {
        // sqlite_sequence exists once a table has AUTOINCREMENT.
        if (std::any_of(sourceTables.cbegin(), sourceTables.cend(),
                        [](const TableSchema &t) { return !t.identityColumn.isEmpty(); })) {
            auto sequences = sql::run(source, QStringLiteral("SELECT name, seq FROM sqlite_sequence"));
            if (!sequences)
                return sequences.error();
            while (sequences.value().next())
                issued[sequences.value().value(0).toString()] = sequences.value().value(1).toLongLong();
        }
    } else {
        for (const TableSchema &table : sourceTables) {
            if (table.identityColumn.isEmpty())
                continue;
            auto last = sql::run(source, QStringLiteral("SELECT pg_sequence_last_value(pg_get_serial_sequence(?, ?)::regclass)"),
                                 {table.name, table.identityColumn});
            if (!last)
                return last.error();
            if (last.value().next() && !last.value().value(0).isNull())
                issued[table.name] = last.value().value(0).toLongLong();
        }
    }
    for (const TableSchema &table : targetTables) {
        if (table.identityColumn.isEmpty())
            continue;
        auto largest = sql::run(target, QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2")
                                            .arg(SchemaCatalog::quoted(table.identityColumn), SchemaCatalog::quoted(table.name)));
        if (!largest)
            return largest.error();
        qint64 last = largest.value().next() ? largest.value().value(0).toLongLong() : 0;
        if (issued.count(table.name))
            last = std::max(last, issued.at(table.name));
        if (!m_target.dialect().isSQLite()) {
            // setval(…, n, true): the next id is n + 1; an empty table starts at 1.
            auto set = sql::run(target, QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), ?, ?)"),
                                {table.name, table.identityColumn, std::max<qint64>(last, 1), last > 0});
            if (!set)
                return set.error();
        } else if (last > 0) {
            // SQLite raised it to the largest id inserted; a larger one that
            // the source had issued is written here.
            auto updated = sql::run(target, QStringLiteral("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?"),
                                    {last, table.name});
            if (!updated)
                return updated.error();
            if (updated.value().numRowsAffected() == 0) {
                auto inserted = sql::run(target, QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"),
                                         {table.name, last});
                if (!inserted)
                    return inserted.error();
            }
        }
    }
    return {};
}

Result<CopyReport> DatabaseCopier::copy()
{
    auto version = checkSource();
    if (!version)
        return version.error();
    if (auto prepared = prepareTarget(); !prepared)
        return prepared.error();

    QSqlDatabase source = m_source.connection();
    QSqlDatabase target = m_target.connection();
    auto targetCatalog = SchemaCatalog::read(target, m_target.dialect());
    if (!targetCatalog)
        return targetCatalog.error();
    auto sourceCatalog = SchemaCatalog::read(source, m_source.dialect());
    if (!sourceCatalog)
        return sourceCatalog.error();
    if (auto same = requireSameSchema(sourceCatalog.value(), targetCatalog.value()); !same)
        return same.error();
    auto ordered = SchemaCatalog::parentsFirst(targetCatalog.value());
    if (!ordered)
        return ordered.error();
    std::vector<TableSchema> tables;
    for (const TableSchema &table : ordered.value()) {
        if (table.name != kVersionTable)
            tables.push_back(table);
    }

    if (auto begun = sql::execute(target, m_target.dialect().beginWrite()); !begun)
        return begun.error();
    bool reading = false;
    auto fail = [&](const Error &error) -> Result<CopyReport> {
        (void)sql::execute(target, QStringLiteral("ROLLBACK"));
        if (reading)
            (void)sql::execute(source, QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!m_target.dialect().isSQLite()) {
        // No one else writes while the target is checked and filled.
        QStringList names;
        for (const TableSchema &table : tables)
            names << SchemaCatalog::quoted(table.name);
        if (auto locked = sql::execute(target, QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(QStringLiteral(", "))));
            !locked)
            return fail(locked.error());
        // User triggers (the change feed's, for one) would fire for every
        // copied row; the caller's afterCopy speaks once for the whole copy.
        // Foreign keys are system triggers and stay on.
        for (const QString &table : names) {
            if (auto off = sql::execute(target, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)); !off)
                return fail(off.error());
        }
    }
    // SQLite cannot disable a trigger: the ones that write an outbox of
    // their own (named *_outbox_*, e.g. the webhook events) are dropped for
    // the copy, which copies their rows, and made again before it commits
    // (in the same transaction: a failed copy keeps them).
    QStringList outboxTriggers;
    if (m_target.dialect().isSQLite()) {
        auto triggers = sql::run(target, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                                        " AND name LIKE '%\\_outbox\\_%' ESCAPE '\\' ORDER BY name"));
        if (!triggers)
            return fail(triggers.error());
        std::vector<QString> names;
        while (triggers.value().next()) {
            names.push_back(triggers.value().value(0).toString());
            outboxTriggers << triggers.value().value(1).toString();
        }
        for (const QString &trigger : names) {
            if (auto dropped = sql::execute(target, QStringLiteral("DROP TRIGGER %1").arg(SchemaCatalog::quoted(trigger))); !dropped)
                return fail(dropped.error());
        }
    }
    // Again inside the transaction: someone may have written since.
    if (auto empty = requireOnlySeeds(targetCatalog.value()); !empty)
        return fail(empty.error());
    if (auto begun = sql::execute(source, m_source.dialect().beginRead()); !begun)
        return fail(begun.error());
    reading = true;

    // The seeded rows (native assets, chain settings, meta) make way for
    // the source's own, children first.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        auto count = countRows(target, table->name);
        if (!count)
            return fail(count.error());
        if (count.value() == 0)
            continue;
        if (auto done = sql::execute(target, QStringLiteral("DELETE FROM %1").arg(SchemaCatalog::quoted(table->name))); !done)
            return fail(done.error());
    }

    CopyReport report;
    report.schemaVersion = version.value();
    for (const TableSchema &table : tables) {
        auto copied = copyTable(*findTable(sourceCatalog.value(), table.name), table);
        if (!copied)
            return fail(Error{copied.error().code, "copying " + name(table.name) + " failed: " + copied.error().message});
        auto sourceRows = countRows(source, table.name);
        if (!sourceRows)
            return fail(sourceRows.error());
        auto targetRows = countRows(target, table.name);
        if (!targetRows)
            return fail(targetRows.error());
        if (sourceRows.value() != targetRows.value() || copied.value() != sourceRows.value())
            return fail(Error{ErrorCode::Corrupted, "table " + name(table.name) + ": the source has "
                                                        + std::to_string(sourceRows.value()) + " rows, the target "
                                                        + std::to_string(targetRows.value()) + "; nothing was copied"});
        report.tables.push_back(TableCount{table.name, targetRows.value()});
        report.totalRows += targetRows.value();
    }
    if (auto continued = continueSequences(sourceCatalog.value(), targetCatalog.value()); !continued)
        return fail(continued.error());
    if (!m_target.dialect().isSQLite()) {
        for (const TableSchema &table : tables) {
            if (auto on = sql::execute(target, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(SchemaCatalog::quoted(table.name)));
                !on)
                return fail(on.error());
        }
    }
    for (const QString &trigger : outboxTriggers) {
        if (auto made = sql::execute(target, trigger); !made)
            return fail(made.error());
    }
    if (m_afterCopy) {
        if (auto told = m_afterCopy(target, m_target.dialect()); !told)
            return fail(told.error());
    }
    if (auto committed = sql::execute(target, QStringLiteral("COMMIT")); !committed)
        return fail(committed.error());
    (void)sql::execute(source, QStringLiteral("ROLLBACK"));
    return report;
}

} // namespace exchange
