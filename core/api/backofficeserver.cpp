#include "core/api/backofficeserver.h"

#include "core/api/apiclientservice.h"
#include "core/api/backofficebalances.h"
#include "core/api/backofficedeposits.h"
#include "core/api/backofficeopenapi.h"
#include "core/api/backofficepage.h"
#include "core/api/backofficewithdrawals.h"
#include "core/api/backofficesigning.h"
#include "core/api/http/httpserver.h"
#include "core/base/clock.h"
#include "core/customers/customerservice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

namespace exchange::api {

Q_LOGGING_CATEGORY(lcBackOffice, "api.backoffice")

using Status = HttpResponse::StatusCode;

namespace {

const QByteArray kCustomersPrefix = QByteArrayLiteral("/v1/customers/");
const QByteArray kWithdrawalsPrefix = QByteArrayLiteral("/v1/withdrawals/");
const QByteArray kDepositsPrefix = QByteArrayLiteral("/v1/deposits/");

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

BackOfficeRefusal notFound()
{
    return BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("not_found"), QStringLiteral("no such endpoint")};
}

BackOfficeRefusal methodNotAllowed(const char *allowed)
{
    return BackOfficeRefusal{Status::MethodNotAllowed, QByteArrayLiteral("method_not_allowed"),
                             QStringLiteral("use %1").arg(QLatin1String(allowed))};
}

// A failure of the exchange itself says only that (its detail goes to the log).
BackOfficeRefusal failed(const Error &error)
{
    qCWarning(lcBackOffice, "request failed: %s", error.message.c_str());
    if (error.code == ErrorCode::Unavailable)
        return BackOfficeRefusal{Status::ServiceUnavailable, QByteArrayLiteral("unavailable"),
                                 QStringLiteral("the exchange cannot answer now; try again later")};
    return BackOfficeRefusal{Status::InternalServerError, QByteArrayLiteral("internal"),
                             QStringLiteral("internal error; try again later")};
}

} // namespace

BackOfficeServer::BackOfficeServer(Database &database, ApiClientService &clients, customers::CustomerService &customers, const Clock &clock,
                                   BackOfficeAuthenticator::PinnedKey pinnedAdminKey, const HttpLimits &limits,
                                   QObject *parent)
    : QObject(parent),
      m_database(database),
      m_customers(customers),
      m_clock(clock),
      m_authenticator(clients, clock, std::move(pinnedAdminKey)),
      m_server(std::make_unique<HttpServer>(limits))
{
    // No routes of its own: every request is authenticated before its path
    // decides anything.
    m_server->router().setFallback(
        [this](const HttpRequest &request, HttpResponder responder) { responder.respond(answer(request)); },
        backoffice::kMaxBodyBytes);
}

BackOfficeServer::~BackOfficeServer() = default;

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
    auto authenticated = m_authenticator.authenticate(request);
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&authenticated))
        return refuse(request, *refusal);
    const ApiClient &client = std::get<ApiClient>(authenticated);

    if (request.path == "/v1/ping") {
        if (request.method != "GET")
            return refuse(request, methodNotAllowed("GET"));
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
            return refuse(request, *missing);
        return ping(client);
    }
    if (request.path == "/v1/openapi.json") {
        if (request.method != "GET")
            return refuse(request, methodNotAllowed("GET"));
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
            return refuse(request, *missing);
        ++m_served;
        return HttpResponse(QByteArrayLiteral("application/json"), backOfficeOpenApi());
    }
    if (request.path.startsWith(kCustomersPrefix)) {
        const QByteArray rest = request.path.mid(kCustomersPrefix.size());
        const qsizetype slash = rest.indexOf('/');
        const QByteArray id = slash < 0 ? rest : rest.left(slash);
        const QByteArray what = slash < 0 ? QByteArray() : rest.mid(slash + 1);
        if (id.isEmpty() || (slash >= 0 && what != "balances" && what != "withdrawals" && what != "deposits"))
            return refuse(request, notFound());
        if (request.method != "GET")
            return refuse(request, methodNotAllowed("GET"));
        if (!what.isEmpty()) {
            if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
                return refuse(request, *missing);
            if (what == "balances")
                return balances(request, QByteArray::fromPercentEncoding(id));
            return customerHistory(request, QByteArray::fromPercentEncoding(id), what == "deposits");
        }
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Customers))
            return refuse(request, *missing);
        return customer(request, QByteArray::fromPercentEncoding(id));
    }
    const bool deposit = request.path.startsWith(kDepositsPrefix);
    if (deposit || request.path.startsWith(kWithdrawalsPrefix)) {
        const QByteArray id = request.path.mid(deposit ? kDepositsPrefix.size() : kWithdrawalsPrefix.size());
        if (id.isEmpty() || id.contains('/'))
            return refuse(request, notFound());
        if (request.method != "GET")
            return refuse(request, methodNotAllowed("GET"));
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
            return refuse(request, *missing);
        return oneOf(request, id, deposit);
    }
    return refuse(request, notFound());
}

HttpResponse BackOfficeServer::customerHistory(const HttpRequest &request, const QByteArray &externalId, bool deposits)
{
    auto page = BackOfficePage::fromTarget(request.target);
    if (!page)
        return refuse(request, BackOfficeRefusal{Status::BadRequest, QByteArrayLiteral("invalid_query"),
                                                 QString::fromStdString(page.error().message)});
    auto found = findCustomer(externalId);
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&found))
        return refuse(request, *refusal);
    const Customer &customer = std::get<Customer>(found);
    auto answer = deposits ? BackOfficeDeposits(m_database, m_customers).ofCustomer(customer, page.value())
                           : BackOfficeWithdrawals(m_database, m_customers).ofCustomer(customer, page.value());
    if (!answer)
        return refuse(request, failed(answer.error()));
    ++m_served;
    return HttpResponse(answer.value());
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
        return refuse(request, answer.error().code == ErrorCode::NotFound ? unknown : failed(answer.error()));
    ++m_served;
    return HttpResponse(answer.value());
}

HttpResponse BackOfficeServer::ping(const ApiClient &client)
{
    ++m_served;
    const qint64 now = m_clock.nowMs();
    return HttpResponse(QJsonObject{{QStringLiteral("client"), client.name},
                                    {QStringLiteral("server_time"), isoTime(now)},
                                    {QStringLiteral("server_time_unix"), now / 1000}});
}

std::variant<Customer, BackOfficeRefusal> BackOfficeServer::findCustomer(const QByteArray &externalId)
{
    auto found = m_customers.findByExternalId(QString::fromUtf8(externalId));
    if (found)
        return found.value();
    switch (found.error().code) {
    case ErrorCode::NotFound:
    case ErrorCode::InvalidInput: // no customer can have such an id
        return BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("unknown_customer"),
                                 QStringLiteral("no customer has this external id")};
    default: return failed(found.error());
    }
}

HttpResponse BackOfficeServer::balances(const HttpRequest &request, const QByteArray &externalId)
{
    auto found = findCustomer(externalId);
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&found))
        return refuse(request, *refusal);
    auto answer = backOfficeBalances(m_database, std::get<Customer>(found));
    if (!answer)
        return refuse(request, failed(answer.error()));
    ++m_served;
    return HttpResponse(answer.value());
}

HttpResponse BackOfficeServer::customer(const HttpRequest &request, const QByteArray &externalId)
{
    auto found = findCustomer(externalId);
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&found))
        return refuse(request, *refusal);
    ++m_served;
    const Customer &c = std::get<Customer>(found);
    return HttpResponse(QJsonObject{{QStringLiteral("external_id"), c.externalId},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("email"), c.email.isEmpty() ? QJsonValue() : QJsonValue(c.email)},
                                    {QStringLiteral("state"), QString::fromLatin1(customerStateName(c.state).data())},
                                    {QStringLiteral("created_at"), isoTime(c.createdAtMs)},
                                    {QStringLiteral("updated_at"), isoTime(c.updatedAtMs)}});
}

} // namespace exchange::api
