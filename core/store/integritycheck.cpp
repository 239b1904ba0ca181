#include "core/store/integritycheck.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace exchange {

namespace {

// SQLite's own messages name an index ("row 121 missing from index
// trade_orders_tx") but a damaged page only by its number ("On tree page 37
// cell 2: …", "Tree 37 page 37 …"); where that is a table's or index's root
// page, its name goes in front.
QString named(const QString &problem, const std::map<int, QString> &byRootPage)
{
    static const QRegularExpression page(QStringLiteral("^(?:Tree (\\d+) |On tree page (\\d+) )"));
    const auto match = page.match(problem);
    if (!match.hasMatch())
        return problem;
    const QString number = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    const auto found = byRootPage.find(number.toInt());
    return found == byRootPage.end() ? problem : found->second + QStringLiteral(": ") + problem;
}

} // namespace

Result<IntegrityReport> IntegrityCheck::run(Depth depth)
{
    return m_database.dialect().isSQLite() ? runSqlite(depth) : runPostgres();
}

Result<IntegrityReport> IntegrityCheck::runSqlite(Depth depth)
{
    const QSqlDatabase db = m_database.connection();
    IntegrityReport report;
    report.checked = true;
    std::map<int, QString> byRootPage;
    // The schema itself may be what is damaged: then the pragma alone speaks.
    if (auto schema = sql::run(db, QStringLiteral("SELECT rootpage, type, name FROM sqlite_master WHERE rootpage > 0"))) {
        while (schema.value().next())
            byRootPage[schema.value().value(0).toInt()] =
                schema.value().value(1).toString() + u' ' + schema.value().value(2).toString();
    }
    // At most 100 findings: enough to name what is damaged.
    QSqlQuery pragma(db);
    if (!pragma.exec(depth == Depth::Full ? QStringLiteral("PRAGMA integrity_check(100)")
                                          : QStringLiteral("PRAGMA quick_check(100)"))) {
        // A file too damaged to read even this far is damage too.
        report.problems.push_back("the database cannot be read: " + pragma.lastError().text().toStdString());
        return report;
    }
    while (pragma.next()) {
        // A row may hold several lines, under a "*** in database main ***" heading.
        for (const QString &line : pragma.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line != u"ok" && !line.startsWith(QStringLiteral("*** ")))
                report.problems.push_back(named(line, byRootPage).toStdString());
        }
    }
    return report;
}

Result<std::string> IntegrityCheck::unavailable()
{
    if (m_database.dialect().isSQLite())
        return std::string();
    auto installed = sql::run(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM pg_extension WHERE extname = 'amcheck'"));
    if (!installed)
        return installed.error();
    if (installed.value().next() && installed.value().value(0).toInt() > 0)
        return std::string();
    return std::string("the amcheck extension is not installed (CREATE EXTENSION amcheck), so the indexes were not checked");
}

Result<IntegrityReport> IntegrityCheck::runPostgres()
{
    const QSqlDatabase db = m_database.connection();
    IntegrityReport report;
    auto why = unavailable();
    if (!why)
        return why.error();
    if (!why.value().empty()) {
        report.why = why.value();
        return report;
    }
    auto indexes = sql::run(db, QStringLiteral("SELECT c.relname FROM pg_index i"
                                               " JOIN pg_class c ON c.oid = i.indexrelid"
                                               " JOIN pg_am a ON a.oid = c.relam"
                                               " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                               " WHERE a.amname = 'btree' AND n.nspname = current_schema()"
                                               " ORDER BY c.relname"));
    if (!indexes)
        return indexes.error();
    QStringList names;
    while (indexes.value().next())
        names << indexes.value().value(0).toString();
    report.checked = true;
    for (const QString &name : names) {
        // Each on its own, so that one damaged index does not hide the next.
        QSqlQuery check(db);
        check.prepare(QStringLiteral("SELECT bt_index_check(CAST(? AS regclass))"));
        check.addBindValue(name);
        if (!check.exec())
            report.problems.push_back("index " + name.toStdString() + ": " + check.lastError().databaseText().toStdString());
    }
    return report;
}

} // namespace exchange
