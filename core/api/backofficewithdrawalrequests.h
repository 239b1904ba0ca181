#pragma once
// BackOfficeWithdrawalRequests: POST /v1/customers/{external_id}/withdrawals
// (scope withdrawals), a withdrawal on a customer's behalf by the
// exchange's web app:
//
//   Idempotency-Key: order-7781        (required: 1 to 64 of ASCII '!' to '~')
//   {"asset": "XLM", "amount": "25.5", "destination": "G…"}
//
// It takes the path every withdrawal takes (WithdrawalService::request:
// the ledger's holds, the 24h/72h limits, review, new destinations, frozen
// customers refused), requested by "api:<client>", and answers 201 with
// the withdrawal as GET /v1/withdrawals/{id} renders it plus "review":
// null, or under review the reason in numbers:
//   {"reason": "24h: 1025 of 1000 XLM", "new_destination": false,
//    "breaches": [{"window": "24h", "total": "1025", "limit": "1000"}]}
// In the withdrawal's own transaction it keeps that answer by the client's
// key (api_idempotency) and the client's signed request as received
// (backoffice_withdrawal_requests, which the payout signer verifies again). The
// same key with the same body (SHA-256) answers the first answer again,
// with Idempotent-Replayed: true; with another body 409
// idempotency_key_reused; of two at once the primary key lets one win and
// the other answers the winner's answer. Keys are kept 24 h.
// The requests that arrive together are asked for together (prepare(),
// then answerAll()): one transaction and one durable commit for all of
// them, each in a savepoint of its own, so that a refused one leaves
// nothing and the rest stand (WithdrawalService::requestAll). A second
// request with a key the batch already used answers the first's answer.
// Refusals write nothing: 400 invalid_idempotency_key, invalid_body (the
// field named: unknown fields, amounts that are not exact decimal strings),
// unknown_asset, invalid_destination; 404 unknown_customer; 409
// customer_frozen (or customer_closed); 422 insufficient_funds.
//
// One thread at a time (the back-office server's).

#include "core/api/apiclient.h"
#include "core/api/backofficerefusal.h"
#include "core/api/http/httprequest.h"
#include "core/api/http/httpresponse.h"
#include "core/money/amount.h"
#include "core/store/assetsettings.h"
#include "core/store/customer.h"

#include <QByteArray>

#include <string>
#include <variant>
#include <vector>

namespace exchange {
class Clock;
class Database;
namespace customers { class CustomerService; }
namespace withdrawals { class WithdrawalService; }
}

namespace exchange::api {

struct IdempotentAnswer;

class BackOfficeWithdrawalRequests final
{
public:
    static constexpr char kIdempotencyKeyHeader[] = "idempotency-key";
    static constexpr char kReplayedHeader[] = "Idempotent-Replayed";

    BackOfficeWithdrawalRequests(Database &database, customers::CustomerService &customers,
                                 withdrawals::WithdrawalService &withdrawals, const Clock &clock);

    using Answer = std::variant<HttpResponse, BackOfficeRefusal>;

    // A request checked as far as it can be before its transaction.
    struct Prepared {
        HttpRequest request; // as signed: kept with the withdrawal
        ApiClient client;
        QString key;
        QByteArray bodySha256;
        Customer customer;
        AssetRecord asset;
        std::string destination;
        Amount amount;
    };

    // request: authenticated as client (whose scope the caller checked);
    // externalId: the path's, percent-decoded. The answer when it is
    // decided without a transaction (a key replayed, input refused, an
    // unknown customer), else the request for answerAll().
    std::variant<HttpResponse, BackOfficeRefusal, Prepared> prepare(const HttpRequest &request, const ApiClient &client,
                                                                    const QByteArray &externalId);
    // Prepared requests in one transaction: their answers, in order.
    std::vector<Answer> answerAll(const std::vector<Prepared> &requests);

    // 1 to 64 printable ASCII characters, no space.
    static bool isIdempotencyKey(const QByteArray &key);

private:
    // The kept answer again for the same body, 409 for another.
    static Answer replay(const IdempotentAnswer &kept, const QByteArray &bodySha256);
    // What a request the service refused answers (after the commit).
    Answer refused(const Prepared &p, const Error &error, bool keyTaken);

    Database &m_database;
    customers::CustomerService &m_customers;
    withdrawals::WithdrawalService &m_withdrawals;
    const Clock &m_clock;
    qint64 m_lastPruneMs = 0;
};

} // namespace exchange::api
