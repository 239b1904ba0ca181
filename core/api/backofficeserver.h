#pragma once
// BackOfficeServer: the back-office API for the exchange's own web app, on a
// listener of its own (never the public trade API's), loopback unless the
// operator says otherwise. Every request is authenticated first
// (BackOfficeAuthenticator: signed by a registered, enabled service client
// whose registration an admin signed, fresh, never replayed); only then is its path looked at:
//   GET /v1/ping                      scope read: the client's name, the server's time
//   /v1/customers and everything under it: BackOfficeCustomerRoutes
//     (records, freeze, deposit addresses, their own addresses, balances,
//     deposits and withdrawals)
//   GET /v1/withdrawals/{id}, GET /v1/deposits/{id}            scope read: one of them
//   POST /v1/customers/{external_id}/withdrawals  scope withdrawals, with an
//                                     Idempotency-Key (BackOfficeWithdrawalRequests)
//   GET /v1/openapi.json              scope read: all of these as OpenAPI 3.1 (backofficeopenapi.h)
// Anything else is 404 (405 for a known path with another method), after
// authentication, so an unsigned caller learns nothing about the paths.
// Answers and refusals are JSON; a refusal is {"error", "code"} with a
// stable code, logged (category api.backoffice) without any header value
// but the client's name. Bodies over 64 KiB are refused (413) unread; the
// connection limits and timeouts are the public API's (HttpLimits).
// The requests that arrive together (up to kMaxBatch, read by the event
// loop while the last ones were being answered) are decided together: each
// signature as it arrives, on a thread of its own (BackOfficeVerifier),
// then their nonces in one transaction, then each request in turn, and
// their withdrawal requests in one transaction and one durable commit,
// each in a savepoint of its own.

#include "core/api/backofficeauthenticator.h"
#include "core/api/backofficewithdrawalrequests.h"
#include "core/api/http/httpresponder.h"
#include "core/api/http/httplimits.h"
#include "core/api/http/httprequest.h"
#include "core/api/http/httpresponse.h"
#include "core/base/result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <variant>
#include <vector>

namespace exchange {
class Clock;
class Database;
namespace customers { class CustomerAddressBook; class CustomerService; class DepositAddressService; }
namespace withdrawals { class WithdrawalService; }
}

namespace exchange::api {

class ApiClientService;
class BackOfficeCustomerRoutes;
class BackOfficeVerifier;
class HttpServer;

class BackOfficeServer final : public QObject
{
    Q_OBJECT
public:
    // pinnedAdminKey: the key vault's pin, which every client must be
    // signed under (BackOfficeAuthenticator); none trusts no client.
    BackOfficeServer(Database &database, ApiClientService &clients, customers::CustomerService &customers, const Clock &clock,
                     BackOfficeAuthenticator::PinnedKey pinnedAdminKey, const HttpLimits &limits = {},
                     QObject *parent = nullptr);
    ~BackOfficeServer() override;
    Q_DISABLE_COPY_MOVE(BackOfficeServer)

    // Port 0 picks a free one; returns the port listened on.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    void stopListening();
    // Withdrawals on customers' behalf go this service's way; without one,
    // POST …/withdrawals is 503 (nothing is requested).
    void setWithdrawals(withdrawals::WithdrawalService *withdrawals);

    // Where GET …/deposit-address issues and …/addresses keeps the
    // customers' own addresses; unset, those endpoints answer 503.
    void setDepositAddresses(customers::DepositAddressService *service);
    void setAddressBook(customers::CustomerAddressBook *book);

    static constexpr std::size_t kMaxBatch = 64;

    // Authenticates one request and answers it at once, a withdrawal request
    // in a transaction of its own (tests call it directly).
    HttpResponse answer(const HttpRequest &request);
    // What the listener does with each request: answer(), with the
    // requests that arrive together.
    void handle(const HttpRequest &request, const HttpResponder &responder);

    int served() const { return m_served; }
    // Transactions the listener's withdrawal requests took so far.
    int withdrawalBatches() const { return m_withdrawalBatches; }
    int refused() const { return m_refused; }

private:
    using Decided = std::variant<HttpResponse, BackOfficeWithdrawalRequests::Prepared>;
    struct Queued {
        HttpRequest request;
        HttpResponder responder;
        BackOfficeAuthenticator::Verified verified;
    };

    // Authenticates and routes one request: its answer, or a withdrawal
    // request to ask for.
    Decided decide(const HttpRequest &request);
    // The same for a request whose client is authenticated.
    Decided route(const HttpRequest &request, const ApiClient &client);
    // A withdrawal request's answer, counted and logged like every other.
    HttpResponse conclude(const HttpRequest &request, const BackOfficeWithdrawalRequests::Answer &answer);
    // A verified request, for the next flush.
    void enqueue(Queued queued);
    // The requests queued so far.
    void flush();
    HttpResponse refuse(const HttpRequest &request, const BackOfficeRefusal &refusal);
    HttpResponse ping(const ApiClient &client);
    HttpResponse webhookKey(const HttpRequest &request);
    // One deposit or withdrawal by its id.
    HttpResponse oneOf(const HttpRequest &request, const QByteArray &id, bool deposit);

    Database &m_database;
    customers::CustomerService &m_customers;
    const Clock &m_clock;
    std::unique_ptr<BackOfficeCustomerRoutes> m_customerRoutes;
    BackOfficeAuthenticator m_authenticator;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<BackOfficeWithdrawalRequests> m_withdrawalRequests;
    std::unique_ptr<BackOfficeVerifier> m_verifier; // made with the first request the listener reads
    std::vector<Queued> m_queued;
    bool m_flushScheduled = false;
    int m_withdrawalBatches = 0;
    int m_served = 0;
    int m_refused = 0;
};

} // namespace exchange::api
