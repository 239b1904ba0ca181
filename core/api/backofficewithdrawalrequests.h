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

#include <QByteArray>

#include <variant>

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

    // request: authenticated as client (whose scope the caller checked);
    // externalId: the path's, percent-decoded.
    std::variant<HttpResponse, BackOfficeRefusal> answer(const HttpRequest &request, const ApiClient &client,
                                                         const QByteArray &externalId);

    // 1 to 64 printable ASCII characters, no space.
    static bool isIdempotencyKey(const QByteArray &key);

private:
    // The kept answer again for the same body, 409 for another.
    static std::variant<HttpResponse, BackOfficeRefusal> replay(const IdempotentAnswer &kept, const QByteArray &bodySha256);

    Database &m_database;
    customers::CustomerService &m_customers;
    withdrawals::WithdrawalService &m_withdrawals;
    const Clock &m_clock;
    qint64 m_lastPruneMs = 0;
};

} // namespace exchange::api
