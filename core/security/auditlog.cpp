#include "core/security/auditlog.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/crypto/hashes.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace exchange::security {

namespace {

const QString kHeadKey = QStringLiteral("audit_head");

std::string compact(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actorKind = q.value(2).toString().toStdString();
    e.actorId = q.value(3).toLongLong();
    e.actorName = q.value(4).toString().toStdString();
    e.action = q.value(5).toString().toStdString();
    e.objectType = q.value(6).toString().toStdString();
    e.objectId = q.value(7).toString().toStdString();
    e.before = q.value(8).toString().toStdString();
    e.after = q.value(9).toString().toStdString();
    e.prevHash = q.value(10).toString().toStdString();
    e.hash = q.value(11).toString().toStdString();
    return e;
}

const QString kColumns = QStringLiteral("seq, at, actor_kind, actor_id, actor_name, action, object_type, object_id,"
                                        " before_value, after_value, prev_hash, hash");

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_notifier(notifier)
{
}

std::string AuditLog::computeHash(const AuditEntry &e)
{
    // A JSON array keeps its order, so the same content always gives the
    // same bytes; the seq in it makes a moved record fail.
    const QJsonArray content{QString::number(e.seq), QString::number(e.atMs), text(e.actorKind),
                             QString::number(e.actorId), text(e.actorName), text(e.action),
                             text(e.objectType), text(e.objectId), text(e.before), text(e.after),
                             text(e.prevHash)};
    return crypto::sha256(QJsonDocument(content).toJson(QJsonDocument::Compact)).toHex().toStdString();
}

Result<AuditEntry> AuditLog::append(const QSqlDatabase &db, const Actor &actor, const std::string &action,
                                    const std::string &objectType, const std::string &objectId,
                                    const QJsonObject &before, const QJsonObject &after)
{
    // Locking the head row serialises appends between processes on
    // PostgreSQL; SQLite's write transaction already holds the only lock.
    const QString lock = m_database.dialect().isSQLite() ? QString() : QStringLiteral(" FOR UPDATE");
    auto head = sql::run(db, QStringLiteral("SELECT value FROM meta WHERE key = ?") + lock, {kHeadKey});
    if (!head)
        return head.error();
    if (!head.value().next())
        return Error{ErrorCode::Corrupted, "the audit log has no head record"};
    const QString headText = head.value().value(0).toString();
    const qsizetype colon = headText.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 headSeq = headText.left(colon).toLongLong(&ok);
    if (colon < 0 || !ok)
        return Error{ErrorCode::Corrupted, "the audit log's head record is damaged"};

    AuditEntry e;
    e.seq = headSeq + 1;
    e.atMs = m_clock.nowMs();
    e.actorKind = std::string(actor.kindName());
    e.actorId = actor.operatorId;
    e.actorName = actor.displayName();
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.before = compact(before);
    e.after = compact(after);
    e.prevHash = headText.mid(colon + 1).toStdString();
    e.hash = computeHash(e);

    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(kColumns),
                             {e.seq, e.atMs, text(e.actorKind), QVariant::fromValue<qint64>(e.actorId),
                              text(e.actorName), text(e.action), text(e.objectType), text(e.objectId),
                              text(e.before), text(e.after), text(e.prevHash), text(e.hash)});
    if (!inserted)
        return inserted.error();
    auto moved = sql::run(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                          {QStringLiteral("%1:%2").arg(e.seq).arg(text(e.hash)), kHeadKey});
    if (!moved)
        return moved.error();
    return e;
}

Result<AuditEntry> AuditLog::record(const Actor &actor, const std::string &action, const std::string &objectType,
                                    const std::string &objectId, const QJsonObject &before, const QJsonObject &after)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    auto appended = append(work.db(), actor, action, objectType, objectId, before, after);
    if (!appended)
        return appended.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    announce();
    return appended;
}

void AuditLog::announce()
{
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Audit, QString());
}

Result<std::vector<AuditEntry>> AuditLog::list(const AuditFilter &filter) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList values;
    if (filter.sinceMs) {
        where += QStringLiteral(" AND at >= ?");
        values << QVariant::fromValue<qint64>(*filter.sinceMs);
    }
    if (filter.actorName) {
        where += QStringLiteral(" AND actor_name = ?");
        values << text(*filter.actorName);
    }
    if (filter.action) {
        where += QStringLiteral(" AND substr(action, 1, ?) = ?");
        values << static_cast<int>(QString::fromStdString(*filter.action).size()) << text(*filter.action);
    }
    values << filter.limit;
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY %3 LIMIT ?")
                          .arg(kColumns, where, filter.byTime ? QStringLiteral("at DESC, seq DESC") : QStringLiteral("seq DESC")),
                      values);
    if (!q)
        return q.error();
    std::vector<AuditEntry> entries;
    while (q.value().next())
        entries.push_back(entryFrom(q.value()));
    return entries;
}

Result<AuditVerification> AuditLog::verify() const
{
    UnitOfWork work(m_database, UnitOfWork::Access::Read);
    if (auto began = work.began(); !began)
        return began.error();
    auto q = sql::run(work.db(), QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    if (!q)
        return q.error();
    AuditVerification v;
    auto bad = [&v](qint64 seq, std::string problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = std::move(problem);
        return v;
    };
    qint64 expectedSeq = 1;
    std::string previous;
    while (q.value().next()) {
        const AuditEntry e = entryFrom(q.value());
        ++v.records;
        const std::string at = "record " + std::to_string(e.seq);
        if (e.seq > expectedSeq)
            return bad(expectedSeq, "record " + std::to_string(expectedSeq) + " is missing (the log jumps from "
                                        + std::to_string(expectedSeq - 1) + " to " + std::to_string(e.seq) + ")");
        if (e.seq < expectedSeq)
            return bad(e.seq, at + " is out of order");
        if (e.prevHash != previous)
            return bad(e.seq, at + " does not follow the record before it (records removed, inserted or reordered)");
        if (computeHash(e) != e.hash)
            return bad(e.seq, at + " was changed after it was written");
        previous = e.hash;
        ++expectedSeq;
    }
    v.headHash = previous;
    auto head = sql::run(work.db(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kHeadKey});
    if (!head)
        return head.error();
    const QString expectedHead = QStringLiteral("%1:%2").arg(expectedSeq - 1).arg(text(previous));
    if (!head.value().next() || head.value().value(0).toString() != expectedHead) {
        // The newest records are gone, or records were added without the
        // log's own append.
        const QString headText = head.value().isValid() ? head.value().value(0).toString() : QString();
        bool ok = false;
        const qint64 headSeq = headText.left(headText.indexOf(QLatin1Char(':'))).toLongLong(&ok);
        if (ok && headSeq >= expectedSeq)
            return bad(expectedSeq, "record " + std::to_string(expectedSeq) + " and later ones are missing (the log"
                                        " ended at " + std::to_string(headSeq) + ")");
        return bad(expectedSeq - 1, "record " + std::to_string(expectedSeq - 1)
                                        + " was not written by the audit log (the chain's head does not match)");
    }
    return v;
}

Result<AuditLog::Head> AuditLog::head() const
{
    auto q = sql::run(m_database.connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kHeadKey});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Corrupted, "the audit log has no head record"};
    const QString headText = q.value().value(0).toString();
    const qsizetype colon = headText.indexOf(QLatin1Char(':'));
    bool ok = false;
    Head h;
    h.seq = headText.left(colon).toLongLong(&ok);
    if (colon < 0 || !ok)
        return Error{ErrorCode::Corrupted, "the audit log's head record is damaged"};
    h.hash = headText.mid(colon + 1).toStdString();
    return h;
}

Result<std::optional<std::string>> AuditLog::hashOf(std::int64_t seq) const
{
    auto q = sql::run(m_database.connection(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"),
                      {QVariant::fromValue<qint64>(seq)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<std::string>();
    return std::optional<std::string>(q.value().value(0).toString().toStdString());
}

} // namespace exchange::security
