#include "core/api/backofficeserver.h"

#include "core/api/apiclientservice.h"
#include "core/api/backofficecustomerroutes.h"
#include "core/api/backofficedeposits.h"
#include "core/api/backofficeopenapi.h"
#include "core/api/backofficepage.h"
#include "core/api/backofficewithdrawals.h"
#include "core/api/backofficesigning.h"
#include "core/api/backofficeverifier.h"
#include "core/api/http/httpserver.h"
#include "core/api/webhookkey.h"
#include "core/base/clock.h"
#include "core/crypto/base64.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

namespace exchange::api {

using Status = HttpResponse::StatusCode;

namespace {

const QByteArray kWithdrawalsPrefix = QByteArrayLiteral("/v1/withdrawals/");
const QByteArray kDepositsPrefix = QByteArrayLiteral("/v1/deposits/");

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

BackOfficeServer::BackOfficeServer(Database &database, ApiClientService &clients, customers::CustomerService &customers, const Clock &clock,
                                   BackOfficeAuthenticator::PinnedKey pinnedAdminKey, const HttpLimits &limits,
                                   QObject *parent)
    : QObject(parent),
      m_database(database),
      m_customers(customers),
      m_clock(clock),
      m_customerRoutes(std::make_unique<BackOfficeCustomerRoutes>(database, customers)),
      m_authenticator(clients, clock, std::move(pinnedAdminKey)),
      m_server(std::make_unique<HttpServer>(limits))
{
    // No routes of its own: every request is authenticated before its path
    // decides anything.
    m_server->router().setFallback(
        [this](const HttpRequest &request, const HttpResponder &responder) { handle(request, responder); },
        backoffice::kMaxBodyBytes);
}

BackOfficeServer::~BackOfficeServer()
{
    // Its thread posts to this object: stopped while this is whole.
    m_verifier.reset();
}

Result<quint16> BackOfficeServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Error{ErrorCode::Unavailable, "cannot listen on " + address.toString().toStdString() + ":"
                                                 + std::to_string(port) + ": " + m_server->errorString().toStdString()};
    return m_server->serverPort();
}

void BackOfficeServer::stopListening()
{
    m_server->close();
}

void BackOfficeServer::setDepositAddresses(customers::DepositAddressService *service)
{
    m_customerRoutes->setDepositAddresses(service);
}

void BackOfficeServer::setAddressBook(customers::CustomerAddressBook *book)
{
    m_customerRoutes->setAddressBook(book);
}

void BackOfficeServer::setWithdrawals(withdrawals::WithdrawalService *withdrawals)
{
    m_withdrawalRequests = withdrawals ? std::make_unique<BackOfficeWithdrawalRequests>(m_database, m_customers, *withdrawals, m_clock)
                                       : nullptr;
    m_customerRoutes->setWithdrawalRequests(m_withdrawalRequests.get());
}

HttpResponse BackOfficeServer::refuse(const HttpRequest &request, const BackOfficeRefusal &refusal)
{
    ++m_refused;
    // The client's name only when it is one a client may have: a header's
    // value is never logged as it was sent.
    const QString client = QString::fromUtf8(request.header(backoffice::kClientHeader));
    qCInfo(lcBackOffice, "refused %s %s from %s (client %s): %d %s", request.method.left(16).constData(),
           request.path.left(200).toPercentEncoding("/").constData(), qUtf8Printable(request.source.toString()),
           ApiClientService::isValidName(client) ? qUtf8Printable(client) : "-", static_cast<int>(refusal.status),
           refusal.code.constData());
    return refusal.response();
}

HttpResponse BackOfficeServer::answer(const HttpRequest &request)
{
    Decided decided = decide(request);
    if (auto *ready = std::get_if<BackOfficeWithdrawalRequests::Prepared>(&decided))
        return conclude(ready->request, m_withdrawalRequests->answerAll({std::move(*ready)}).front());
    return std::get<HttpResponse>(std::move(decided));
}

void BackOfficeServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    // The signature on the verifier's thread, the rest on this one.
    if (!m_verifier)
        m_verifier = std::make_unique<BackOfficeVerifier>(m_database, m_authenticator);
    m_verifier->verify(request, m_authenticator.pinnedKey(), this,
                       [this, request, responder](const BackOfficeVerifier::Outcome &outcome) {
                           if (const auto *refusal = std::get_if<BackOfficeRefusal>(&outcome)) {
                               responder.respond(refuse(request, *refusal));
                               return;
                           }
                           enqueue(Queued{request, responder, std::get<BackOfficeAuthenticator::Verified>(outcome)});
                       });
}

void BackOfficeServer::enqueue(Queued queued)
{
    m_queued.push_back(std::move(queued));
    if (m_queued.size() >= kMaxBatch) {
        flush();
        return;
    }
    // After the requests the event loop has waiting: those that arrived
    // during the last commit go into the next one together.
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &BackOfficeServer::flush);
    }
}

void BackOfficeServer::flush()
{
    m_flushScheduled = false;
    if (m_queued.empty())
        return;
    std::vector<Queued> batch;
    batch.swap(m_queued);
    std::vector<const BackOfficeAuthenticator::Verified *> verified;
    verified.reserve(batch.size());
    for (const Queued &q : batch)
        verified.push_back(&q.verified);
    // Every nonce in one transaction, then each request as it came.
    auto fresh = m_authenticator.useNonces(verified);
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&fresh)) {
        for (const Queued &q : batch)
            q.responder.respond(refuse(q.request, *refusal));
        return;
    }
    std::vector<BackOfficeWithdrawalRequests::Prepared> withdrawals;
    std::vector<HttpResponder> waiting;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const Queued &q = batch[i];
        if (!std::get<std::vector<bool>>(fresh)[i]) {
            q.responder.respond(refuse(q.request, BackOfficeAuthenticator::replayed()));
            continue;
        }
        Decided decided = route(q.request, q.verified.client);
        if (auto *response = std::get_if<HttpResponse>(&decided)) {
            q.responder.respond(*response);
            continue;
        }
        withdrawals.push_back(std::get<BackOfficeWithdrawalRequests::Prepared>(std::move(decided)));
        waiting.push_back(q.responder);
    }
    if (withdrawals.empty())
        return;
    const auto answers = m_withdrawalRequests->answerAll(withdrawals);
    ++m_withdrawalBatches;
    for (std::size_t i = 0; i < withdrawals.size(); ++i)
        waiting[i].respond(conclude(withdrawals[i].request, answers[i]));
}

HttpResponse BackOfficeServer::conclude(const HttpRequest &request, const BackOfficeWithdrawalRequests::Answer &answer)
{
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&answer))
        return refuse(request, *refusal);
    ++m_served;
    return std::get<HttpResponse>(answer);
}

BackOfficeServer::Decided BackOfficeServer::decide(const HttpRequest &request)
{
    auto authenticated = m_authenticator.authenticate(request);
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&authenticated))
        return refuse(request, *refusal);
    return route(request, std::get<ApiClient>(authenticated));
}

BackOfficeServer::Decided BackOfficeServer::route(const HttpRequest &request, const ApiClient &client)
{
    if (request.path == "/v1/ping") {
        if (request.method != "GET")
            return refuse(request, BackOfficeRefusal::methodNotAllowed("GET"));
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
            return refuse(request, *missing);
        return ping(client);
    }
    if (request.path == "/v1/openapi.json") {
        if (request.method != "GET")
            return refuse(request, BackOfficeRefusal::methodNotAllowed("GET"));
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
            return refuse(request, *missing);
        ++m_served;
        return HttpResponse(QByteArrayLiteral("application/json"), backOfficeOpenApi());
    }
    if (request.path == "/v1/webhook-key") {
        if (request.method != "GET")
            return refuse(request, BackOfficeRefusal::methodNotAllowed("GET"));
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
            return refuse(request, *missing);
        return webhookKey(request);
    }
    if (BackOfficeCustomerRoutes::handles(request.path)) {
        auto answered = m_customerRoutes->answer(request, client);
        if (const auto *refusal = std::get_if<BackOfficeRefusal>(&answered))
            return refuse(request, *refusal);
        if (auto *withdrawal = std::get_if<BackOfficeWithdrawalRequests::Prepared>(&answered))
            return std::move(*withdrawal);
        ++m_served;
        return std::get<HttpResponse>(std::move(answered));
    }
    const bool deposit = request.path.startsWith(kDepositsPrefix);
    if (deposit || request.path.startsWith(kWithdrawalsPrefix)) {
        const QByteArray id = request.path.mid(deposit ? kDepositsPrefix.size() : kWithdrawalsPrefix.size());
        if (id.isEmpty() || id.contains('/'))
            return refuse(request, BackOfficeRefusal::notFound());
        if (request.method != "GET")
            return refuse(request, BackOfficeRefusal::methodNotAllowed("GET"));
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
            return refuse(request, *missing);
        return oneOf(request, id, deposit);
    }
    return refuse(request, BackOfficeRefusal::notFound());
}

HttpResponse BackOfficeServer::oneOf(const HttpRequest &request, const QByteArray &id, bool deposit)
{
    const BackOfficeRefusal unknown = deposit
                                          ? BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("unknown_deposit"),
                                                              QStringLiteral("no customer's deposit has this id")}
                                          : BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("unknown_withdrawal"),
                                                              QStringLiteral("no withdrawal has this id")};
    bool digits = !id.isEmpty() && id.size() <= 18;
    for (char c : id)
        digits = digits && c >= '0' && c <= '9';
    if (!digits)
        return refuse(request, unknown);
    auto answer = deposit ? BackOfficeDeposits(m_database, m_customers).one(id.toLongLong())
                          : BackOfficeWithdrawals(m_database, m_customers).one(id.toLongLong());
    if (!answer)
        return refuse(request, answer.error().code == ErrorCode::NotFound ? unknown : BackOfficeRefusal::failed(answer.error()));
    ++m_served;
    return HttpResponse(answer.value());
}

HttpResponse BackOfficeServer::webhookKey(const HttpRequest &request)
{
    auto key = WebhookKey::publicKey(m_database.connection());
    if (!key)
        return refuse(request, BackOfficeRefusal::failed(key.error()));
    if (!key.value())
        return refuse(request, BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("no_webhook_key"),
                                                 QStringLiteral("no webhook signing key yet: it is made when the key vault is "
                                                                "next unlocked where the background duties run")});
    ++m_served;
    QJsonObject body;
    body.insert(QStringLiteral("algorithm"), QStringLiteral("Ed25519"));
    body.insert(QStringLiteral("public_key"), QString::fromStdString(base64::encode(*key.value())));
    body.insert(QStringLiteral("public_key_hex"), QString::fromStdString(hex::encode(*key.value())));
    return HttpResponse(body);
}

HttpResponse BackOfficeServer::ping(const ApiClient &client)
{
    ++m_served;
    const qint64 now = m_clock.nowMs();
    return HttpResponse(QJsonObject{{QStringLiteral("client"), client.name},
                                    {QStringLiteral("server_time"), isoTime(now)},
                                    {QStringLiteral("server_time_unix"), now / 1000}});
}
} // namespace exchange::api
