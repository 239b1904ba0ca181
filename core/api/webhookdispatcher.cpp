#include "core/api/webhookdispatcher.h"

#include "core/api/apiclientservice.h"
#include "core/api/backofficebalances.h"
#include "core/api/signedwebhookendpoints.h"
#include "core/api/webhookkey.h"
#include "core/api/webhookobject.h"
#include "core/api/webhookoutbox.h"
#include "core/api/webhookservice.h"
#include "core/base/clock.h"
#include "core/crypto/base64.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <vector>

namespace exchange::api {

Q_LOGGING_CATEGORY(lcWebhooks, "api.webhooks")

namespace {

const QString kCursorName = QStringLiteral("webhooks");
constexpr int kScheduleBatch = 1000;

Result<qint64> snapshotBound(const QSqlDatabase &db, const char *which)
{
    auto q = sql::run(db, QStringLiteral("SELECT pg_snapshot_%1(pg_current_snapshot())::text").arg(QLatin1String(which)));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, "no snapshot"};
    return q.value().value(0).toString().toLongLong();
}

} // namespace

struct WebhookDispatcher::Due {
    qint64 id = 0;
    qint64 eventSeq = 0;
    int attempts = 0;
    qint64 giveUpAtMs = 0;
    QString url;
    QString clientName;
};

// What admins signed, read once per pass, and the clients' rows it is
// checked against.
struct WebhookDispatcher::Trust {
    std::optional<SignedWebhookEndpoints> endpoints;
    std::map<QString, std::optional<ApiClient>> clients;
};

struct WebhookDispatcher::Answer {
    std::optional<int> status; // none when no answer came
    QString error;
};

WebhookDispatcher::WebhookDispatcher(Database &database, const Clock &clock, const security::KeyVault &vault, int timeoutMs)
    : m_database(database), m_clock(clock), m_vault(vault), m_timeoutMs(timeoutMs)
{
}

WebhookDispatcher::~WebhookDispatcher() = default;

qint64 WebhookDispatcher::retryDelayMs(int attempts)
{
    qint64 delay = kFirstRetryMs;
    for (int i = 1; i < attempts && delay < kLongestRetryMs; ++i)
        delay *= 2;
    return std::min(delay, kLongestRetryMs);
}

Result<int> WebhookDispatcher::schedule()
{
    int scheduled = 0;
    for (;;) {
        UnitOfWork work(m_database);
        if (auto began = work.began(); !began)
            return began.error();
        const QSqlDatabase &db = work.db();
        auto cursorRow = sql::run(db, QStringLiteral("SELECT cursor FROM watcher_cursors WHERE name = ?"), {kCursorName});
        if (!cursorRow)
            return cursorRow.error();
        const qint64 cursor = cursorRow.value().next() ? cursorRow.value().value(0).toString().toLongLong() : 0;
        // PostgreSQL: read before the events, so that a transaction that had
        // ended by then has its events among them.
        std::optional<qint64> xmin;
        if (!m_database.dialect().isSQLite()) {
            auto bound = snapshotBound(db, "xmin");
            if (!bound)
                return bound.error();
            xmin = bound.value();
        }
        auto rows = sql::run(db, QStringLiteral("SELECT seq FROM webhook_events WHERE seq > ? ORDER BY seq LIMIT ?"),
                             {cursor, kScheduleBatch});
        if (!rows)
            return rows.error();
        std::vector<qint64> seqs;
        while (rows.value().next())
            seqs.push_back(rows.value().value(0).toLongLong());
        qint64 upTo = cursor;
        for (const qint64 seq : seqs) {
            if (seq != upTo + 1 && xmin) {
                // A hole: a rolled-back event, or one of a transaction still
                // open (SQLite has one writer: its holes are all settled).
                const qint64 hole = upTo + 1;
                if (m_hole && m_hole->first == hole && *xmin >= m_hole->second) {
                    m_hole.reset();
                } else {
                    if (!m_hole || m_hole->first != hole) {
                        auto xmax = snapshotBound(db, "xmax");
                        if (!xmax)
                            return xmax.error();
                        m_hole = std::pair{hole, xmax.value()};
                    }
                    break;
                }
            }
            upTo = seq;
        }
        if (upTo == cursor)
            return scheduled;
        const qint64 now = m_clock.nowMs();
        auto inserted = sql::run(db,
                                 QStringLiteral("INSERT INTO webhook_deliveries (event_seq, endpoint_id, attempts, next_attempt_at,"
                                                " give_up_at, created_at)"
                                                " SELECT e.seq, p.id, 0, ?, e.created_at + ?, ? FROM webhook_events e"
                                                " CROSS JOIN webhook_endpoints p JOIN api_clients c ON c.id = p.client_id"
                                                " WHERE e.seq > ? AND e.seq <= ? AND p.enabled = 1 AND c.enabled = 1"
                                                // A client is told only what it may read: customers
                                                // with scope customers, the rest with scope read.
                                                " AND (',' || c.scopes || ',') LIKE CASE WHEN e.object_type = 'customer'"
                                                "   THEN '%,customers,%' ELSE '%,read,%' END"),
                                 {now, WebhookService::kGiveUpAfterMs, now, cursor, upTo});
        if (!inserted)
            return inserted.error();
        scheduled += inserted.value().numRowsAffected();
        auto moved = sql::run(db,
                              QStringLiteral("INSERT INTO watcher_cursors (name, cursor, updated_at) VALUES (?, ?, ?)"
                                             " ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"),
                              {kCursorName, QString::number(upTo), now});
        if (!moved)
            return moved.error();
        if (auto committed = work.commit(); !committed)
            return committed.error();
        if (static_cast<int>(seqs.size()) < kScheduleBatch || upTo != seqs.back())
            return scheduled;
    }
}

WebhookDispatcher::Answer WebhookDispatcher::post(const QString &url, const QByteArray &eventId, const QByteArray &timestamp,
                                                  const QByteArray &body, const QByteArray &signature)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ExchangeConsole-Webhooks/1"));
    request.setRawHeader("X-Webhook-Id", eventId);
    request.setRawHeader("X-Webhook-Timestamp", timestamp);
    request.setRawHeader("X-Webhook-Signature", signature);
    // A redirect is no delivery: the receiver answers at its URL.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    Answer answer;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid())
        answer.status = status.toInt();
    else
        answer.error = reply->error() == QNetworkReply::OperationCanceledError
                           ? QStringLiteral("no answer within %1 s").arg(m_timeoutMs / 1000)
                           : reply->errorString().left(200);
    return answer;
}

Result<WebhookPass> WebhookDispatcher::pass(int maxSends)
{
    WebhookPass result;
    auto scheduled = schedule();
    if (!scheduled)
        return scheduled.error();
    result.scheduled = scheduled.value();

    QSqlDatabase db = m_database.connection();
    std::optional<std::map<std::string, int>> decimals;
    Trust trust;
    int sent = 0;
    // Batch after batch: an object's next event is due as soon as the one
    // before it is delivered, in this pass.
    while (sent < maxSends) {
        auto batch = dueBatch(db, std::min(kBatch, maxSends - sent));
        if (!batch)
            return batch.error();
        if (batch.value().empty())
            return result;
        if (!decimals) {
            auto known = assetDecimals(m_database);
            if (!known)
                return known.error();
            decimals = std::move(known).value();
        }
        sent += static_cast<int>(batch.value().size());
        if (!trust.endpoints) {
            // Locked: nothing is signed either; the pass waits (below).
            auto pin = m_vault.pinnedAdminKey();
            if (!pin) {
                result.waiting = pin.error();
                return result;
            }
            auto signedEndpoints = SignedWebhookEndpoints::read(db, pin.value().value_or(QByteArray()));
            if (!signedEndpoints)
                return signedEndpoints.error();
            trust.endpoints.emplace(std::move(signedEndpoints).value());
        }
        if (auto sentBatch = send(db, batch.value(), *decimals, trust, result); !sentBatch)
            return sentBatch.error();
        if (result.waiting)
            return result;
    }
    return result;
}

Result<std::vector<WebhookDispatcher::Due>> WebhookDispatcher::dueBatch(const QSqlDatabase &db, int limit) const
{
    auto due = sql::run(
        db,
        QStringLiteral(
            "SELECT d.id, d.event_seq, d.attempts, d.give_up_at, p.url, c.name FROM webhook_deliveries d"
            " JOIN webhook_events e ON e.seq = d.event_seq JOIN webhook_endpoints p ON p.id = d.endpoint_id"
            " JOIN api_clients c ON c.id = p.client_id"
            " WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.next_attempt_at <= ? AND p.enabled = 1 AND c.enabled = 1"
            " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d2 JOIN webhook_events e2 ON e2.seq = d2.event_seq"
            "   WHERE d2.endpoint_id = d.endpoint_id AND d2.event_seq < d.event_seq"
            "   AND d2.delivered_at IS NULL AND d2.failed_at IS NULL"
            "   AND e2.object_type = e.object_type AND e2.object_id = e.object_id)"
            " ORDER BY d.event_seq, d.id LIMIT ?"),
        {m_clock.nowMs(), limit});
    if (!due)
        return due.error();
    std::vector<Due> list;
    while (due.value().next())
        list.push_back(Due{due.value().value(0).toLongLong(), due.value().value(1).toLongLong(), due.value().value(2).toInt(),
                           due.value().value(3).toLongLong(), due.value().value(4).toString(),
                           due.value().value(5).toString()});
    return list;
}

Result<QString> WebhookDispatcher::refusal(const QSqlDatabase &db, const Due &d, Trust &trust) const
{
    auto known = trust.clients.find(d.clientName);
    if (known == trust.clients.end()) {
        auto row = ApiClientService::findIn(db, d.clientName);
        if (!row)
            return row.error();
        known = trust.clients.emplace(d.clientName, row.value()).first;
    }
    if (!known->second)
        return QStringLiteral("not sent: no service client is named %1").arg(d.clientName);
    return trust.endpoints->refusal(*known->second, d.url);
}

Result<void> WebhookDispatcher::send(const QSqlDatabase &db, const std::vector<Due> &list,
                                     const std::map<std::string, int> &decimals, Trust &trust, WebhookPass &result)
{
    for (const Due &d : list) {
        auto event = WebhookOutbox(db).get(d.eventSeq);
        if (!event)
            return event.error();
        auto refused = refusal(db, d, trust);
        if (!refused)
            return refused.error();
        Answer answer;
        const qint64 sentAt = m_clock.nowMs();
        auto body = WebhookObject::bodyBytes(event.value(), decimals);
        if (!refused.value().isEmpty()) {
            answer.error = refused.value();
            qCWarning(lcWebhooks, "webhook delivery %lld to %s %s", static_cast<long long>(d.id), qUtf8Printable(d.url),
                      qUtf8Printable(refused.value()));
        } else if (!body) {
            answer.error = QString::fromStdString(body.error().message).left(200);
        } else {
            const QByteArray eventId = event.value().eventId.toUtf8();
            const QByteArray timestamp = QByteArray::number(sentAt / 1000);
            auto signature = WebhookKey::sign(m_vault, WebhookKey::signedText(eventId, timestamp, body.value()));
            if (!signature) {
                result.waiting = signature.error();
                return {};
            }
            answer = post(d.url, eventId, timestamp, body.value(), QByteArray::fromStdString(base64::encode(signature.value())));
        }
        const qint64 now = m_clock.nowMs();
        const int attempts = d.attempts + 1;
        const bool ok = answer.status && *answer.status >= 200 && *answer.status < 300;
        const QVariant status = answer.status ? QVariant(*answer.status) : QVariant();
        // Not NULL: the column keeps '' when the answer said it all.
        const QString error = answer.error.isEmpty() ? QStringLiteral("") : answer.error;
        Result<QSqlQuery> recorded = Error{ErrorCode::Internal, "not recorded"};
        if (ok) {
            recorded = sql::run(db,
                                QStringLiteral("UPDATE webhook_deliveries SET attempts = ?, last_status = ?, last_error = '',"
                                               " delivered_at = ? WHERE id = ?"),
                                {attempts, status, now, d.id});
            ++result.delivered;
        } else if (now >= d.giveUpAtMs) {
            recorded = sql::run(db,
                                QStringLiteral("UPDATE webhook_deliveries SET attempts = ?, last_status = ?, last_error = ?,"
                                               " failed_at = ? WHERE id = ?"),
                                {attempts, status, error, now, d.id});
            ++result.failed;
            qCWarning(lcWebhooks, "webhook delivery %lld to %s failed after %d attempts", static_cast<long long>(d.id),
                      qUtf8Printable(d.url), attempts);
        } else {
            recorded = sql::run(db,
                                QStringLiteral("UPDATE webhook_deliveries SET attempts = ?, last_status = ?, last_error = ?,"
                                               " next_attempt_at = ? WHERE id = ?"),
                                {attempts, status, error, std::min(now + retryDelayMs(attempts), d.giveUpAtMs), d.id});
            ++result.retrying;
        }
        if (!recorded)
            return recorded.error();
    }
    return {};
}

} // namespace exchange::api
