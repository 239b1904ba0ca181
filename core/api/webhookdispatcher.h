#pragma once
// WebhookDispatcher: one pass of webhook delivery, for the leader's duty
// (WebhookWorker) and the tests.
//
// A pass first schedules: every event past the cursor (watcher_cursors
// "webhooks") gets a delivery to each enabled endpoint of each enabled
// client that may read its object (scope customers for customer.updated,
// read for the others), and the cursor moves, in one transaction. The cursor never passes
// a hole in the events' sequence that a transaction still open may fill
// (PostgreSQL: until every transaction that was running when the hole was
// seen has ended), so no committed event is skipped.
//
// Then it sends what is due, oldest event first, batch after batch, at most
// one open delivery per object and endpoint at a time: a later event of an
// object waits until the earlier one is delivered (then it follows in the
// same pass) or has failed. Each is a POST of the event's
// body (WebhookObject) with X-Webhook-Id, X-Webhook-Timestamp (Unix seconds)
// and X-Webhook-Signature (base64 Ed25519, WebhookKey). A 2xx answer
// delivers it; anything else, or no answer within the timeout, is tried
// again after 10 s, 20 s, 40 s … at most an hour apart, until its give-up
// time (a day after the event), when it fails. An event goes only to a URL
// an admin signed for a client whose row is as an admin signed it
// (SignedWebhookEndpoints, read once per pass from the vault's pinned admin
// key); any other endpoint is sent nothing, and its delivery fails and is
// retried like one that got no answer, its last error saying why. While the
// key vault is locked nothing is signed or sent: the pass says why.
//
// Sends synchronously on the calling thread (the chain clients' way): use it
// on a worker thread.

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QNetworkAccessManager;

namespace exchange {
class Clock;
class Database;
namespace security { class KeyVault; }
}

namespace exchange::api {

struct WebhookPass {
    int scheduled = 0; // deliveries made for new events
    int delivered = 0;
    int retrying = 0;  // failed this time, tried again later
    int failed = 0;    // failed this time, given up
    std::optional<Error> waiting; // why nothing was sent (the vault locked, no key)
};

class WebhookDispatcher final
{
public:
    static constexpr int kDefaultTimeoutMs = 10'000;
    static constexpr qint64 kFirstRetryMs = 10'000;
    static constexpr qint64 kLongestRetryMs = 60LL * 60 * 1000;

    WebhookDispatcher(Database &database, const Clock &clock, const security::KeyVault &vault,
                      int timeoutMs = kDefaultTimeoutMs);
    ~WebhookDispatcher();
    Q_DISABLE_COPY_MOVE(WebhookDispatcher)

    // At most maxSends POSTs.
    Result<WebhookPass> pass(int maxSends = 1000);

    // The wait after the attempts-th failed attempt: 10 s, 20 s, … 1 h.
    static qint64 retryDelayMs(int attempts);

private:
    struct Due;
    struct Answer;
    struct Trust;
    static constexpr int kBatch = 100;
    Result<int> schedule();
    Result<std::vector<Due>> dueBatch(const QSqlDatabase &db, int limit) const;
    Result<void> send(const QSqlDatabase &db, const std::vector<Due> &list, const std::map<std::string, int> &decimals,
                      Trust &trust, WebhookPass &result);
    // Empty when d may be sent to; otherwise why not.
    Result<QString> refusal(const QSqlDatabase &db, const Due &d, Trust &trust) const;
    Answer post(const QString &url, const QByteArray &eventId, const QByteArray &timestamp, const QByteArray &body,
                const QByteArray &signature);

    Database &m_database;
    const Clock &m_clock;
    const security::KeyVault &m_vault;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
    // A hole in the events' sequence at this seq, and PostgreSQL's next
    // transaction id when it was first seen: settled once every transaction
    // before that one has ended.
    std::optional<std::pair<qint64, qint64>> m_hole;
};

} // namespace exchange::api
