#include "core/api/backofficecustomerroutes.h"

#include "core/api/apiclient.h"
#include "core/api/backofficeactor.h"
#include "core/api/backofficeauthenticator.h"
#include "core/api/backofficebalances.h"
#include "core/api/backofficebody.h"
#include "core/api/backofficecustomers.h"
#include "core/api/backofficedeposits.h"
#include "core/api/backofficepage.h"
#include "core/api/backofficewithdrawalrequests.h"
#include "core/api/backofficewithdrawals.h"
#include "core/base/message.h"
#include "core/customers/customeraddressbook.h"
#include "core/customers/customerservice.h"
#include "core/customers/depositaddressservice.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace exchange::api {

using Status = HttpResponse::StatusCode;
using Answer = BackOfficeCustomerRoutes::Answer;

namespace {

const QByteArray kCustomers = QByteArrayLiteral("/v1/customers");

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject addressJson(const CustomerAddress &a)
{
    return QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(chainName(a.chain).data())},
                       {QStringLiteral("address"), QString::fromStdString(a.address)},
                       {QStringLiteral("label"), a.label.isEmpty() ? QJsonValue() : QJsonValue(a.label)},
                       {QStringLiteral("added_by"), QString::fromStdString(a.addedBy)},
                       {QStringLiteral("added_at"), isoTime(a.addedAtMs)}};
}

BackOfficeRefusal refusal(Status status, const char *code, const Error &error)
{
    return BackOfficeRefusal{status, QByteArray(code), QString::fromStdString(error.message)};
}

// What the customers' services refuse, as a stable code; wrongState is the
// code for a change the customer's state does not allow.
BackOfficeRefusal refusalOf(const Error &error, const char *wrongState = "wrong_state")
{
    switch (error.id) {
    case MessageId::CustomerUnknown:
        return BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("unknown_customer"),
                                 QStringLiteral("no customer has this external id")};
    case MessageId::CustomerExternalIdTaken: return refusal(Status::Conflict, "external_id_taken", error);
    case MessageId::DepositAddressClosedCustomer: return refusal(Status::Conflict, "customer_closed", error);
    case MessageId::DepositAddressNoHotWallet: return refusal(Status::Conflict, "chain_not_configured", error);
    case MessageId::DepositAddressNoXpub: return refusal(Status::ServiceUnavailable, "deposit_key_not_set_up", error);
    case MessageId::DepositXpubMismatch: return refusal(Status::ServiceUnavailable, "deposit_key_mismatch", error);
    case MessageId::DepositAddressPoolEmpty: return refusal(Status::ServiceUnavailable, "deposit_pool_empty", error);
    case MessageId::CustomerAddressInvalid: return refusal(Status::BadRequest, "invalid_address", error);
    case MessageId::CustomerAddressIsExchangeWallet:
    case MessageId::CustomerAddressIsOthersDeposit: return refusal(Status::Conflict, "address_refused", error);
    case MessageId::CustomerAddressListedAlready: return refusal(Status::Conflict, "address_listed", error);
    case MessageId::CustomerAddressNotListed: return refusal(Status::NotFound, "address_not_listed", error);
    default: break;
    }
    switch (error.code) {
    case ErrorCode::InvalidInput: return refusal(Status::BadRequest, "invalid_body", error);
    case ErrorCode::WrongState: return refusal(Status::Conflict, wrongState, error);
    case ErrorCode::Conflict: return refusal(Status::Conflict, "conflict", error);
    case ErrorCode::Unauthorized:
        return BackOfficeRefusal{Status::Forbidden, QByteArrayLiteral("forbidden"),
                                 QStringLiteral("this client may not do this")};
    default: return BackOfficeRefusal::failed(error);
    }
}

std::variant<Customer, BackOfficeRefusal> findCustomer(customers::CustomerService &service, const QByteArray &externalId)
{
    auto found = service.findByExternalId(QString::fromUtf8(externalId));
    if (found)
        return found.value();
    switch (found.error().code) {
    case ErrorCode::NotFound:
    case ErrorCode::InvalidInput: // no customer can have such an id
        return BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("unknown_customer"),
                                 QStringLiteral("no customer has this external id")};
    default: return BackOfficeRefusal::failed(found.error());
    }
}

BackOfficeRefusal notServedHere()
{
    return BackOfficeRefusal{Status::ServiceUnavailable, QByteArrayLiteral("unavailable"),
                             QStringLiteral("this server does not answer this endpoint now; try again later")};
}

} // namespace

BackOfficeCustomerRoutes::BackOfficeCustomerRoutes(Database &database, customers::CustomerService &customers)
    : m_database(database), m_customers(customers)
{
}

bool BackOfficeCustomerRoutes::handles(const QByteArray &path)
{
    return path == kCustomers || path.startsWith(kCustomers + '/');
}

Answer BackOfficeCustomerRoutes::answer(const HttpRequest &request, const ApiClient &client)
{
    if (request.path == kCustomers) {
        if (request.method != "POST")
            return BackOfficeRefusal::methodNotAllowed("POST");
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Customers))
            return *missing;
        return upsert(request, client);
    }
    const QList<QByteArray> segments = request.path.mid(kCustomers.size() + 1).split('/');
    for (const QByteArray &segment : segments)
        if (segment.isEmpty())
            return BackOfficeRefusal::notFound();
    const QByteArray id = QByteArray::fromPercentEncoding(segments.at(0));
    const QByteArray what = segments.size() > 1 ? segments.at(1) : QByteArray();
    const QList<QByteArray> rest = segments.mid(2);
    if (what == "addresses")
        return addresses(request, client, id, rest);
    if (!rest.isEmpty())
        return BackOfficeRefusal::notFound();
    if (what == "withdrawals")
        return withdrawals(request, client, id);
    if (what == "freeze" || what == "unfreeze")
        return freeze(request, client, id, what == "freeze");
    if (what.isEmpty() || what == "balances" || what == "deposits" || what == "deposit-address") {
        if (request.method != "GET")
            return BackOfficeRefusal::methodNotAllowed("GET");
        const ApiScope scope = what.isEmpty() || what == "deposit-address" ? ApiScope::Customers : ApiScope::Read;
        if (auto missing = BackOfficeAuthenticator::requireScope(client, scope))
            return *missing;
        if (what.isEmpty())
            return record(id);
        if (what == "balances")
            return balances(id);
        if (what == "deposits")
            return history(request, id, true);
        return depositAddress(request, client, id);
    }
    return BackOfficeRefusal::notFound();
}

Answer BackOfficeCustomerRoutes::withdrawals(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId)
{
    if (request.method == "POST") {
        if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Withdrawals))
            return *missing;
        if (!m_withdrawalRequests)
            return BackOfficeRefusal{Status::ServiceUnavailable, QByteArrayLiteral("unavailable"),
                                     QStringLiteral("this server takes no withdrawals")};
        return m_withdrawalRequests->prepare(request, client, externalId);
    }
    if (request.method != "GET")
        return BackOfficeRefusal::methodNotAllowed("GET or POST");
    if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Read))
        return *missing;
    return history(request, externalId, false);
}

Answer BackOfficeCustomerRoutes::record(const QByteArray &externalId)
{
    auto found = findCustomer(m_customers, externalId);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&found))
        return *refused;
    return HttpResponse(BackOfficeCustomers::toJson(std::get<Customer>(found)));
}

Answer BackOfficeCustomerRoutes::balances(const QByteArray &externalId)
{
    auto found = findCustomer(m_customers, externalId);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&found))
        return *refused;
    auto answer = backOfficeBalances(m_database, std::get<Customer>(found));
    if (!answer)
        return BackOfficeRefusal::failed(answer.error());
    return HttpResponse(answer.value());
}

Answer BackOfficeCustomerRoutes::history(const HttpRequest &request, const QByteArray &externalId, bool deposits)
{
    auto page = BackOfficePage::fromTarget(request.target);
    if (!page)
        return BackOfficeRefusal{Status::BadRequest, QByteArrayLiteral("invalid_query"),
                                 QString::fromStdString(page.error().message)};
    auto found = findCustomer(m_customers, externalId);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&found))
        return *refused;
    const Customer &customer = std::get<Customer>(found);
    auto answer = deposits ? BackOfficeDeposits(m_database, m_customers).ofCustomer(customer, page.value())
                           : BackOfficeWithdrawals(m_database, m_customers).ofCustomer(customer, page.value());
    if (!answer)
        return BackOfficeRefusal::failed(answer.error());
    return HttpResponse(answer.value());
}

Answer BackOfficeCustomerRoutes::upsert(const HttpRequest &request, const ApiClient &client)
{
    auto body = backoffice::jsonObjectBody(request.body, {"external_id", "name", "email"});
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&body))
        return *refused;
    const QJsonObject &object = std::get<QJsonObject>(body);
    auto externalIdField = backoffice::stringField(object, "external_id", true);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&externalIdField))
        return *refused;
    auto nameField = backoffice::stringField(object, "name", true);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&nameField))
        return *refused;
    auto emailField = backoffice::stringField(object, "email", false);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&emailField))
        return *refused;
    const QString externalId = *std::get<std::optional<QString>>(externalIdField);
    const QString name = *std::get<std::optional<QString>>(nameField);
    const std::optional<QString> email = std::get<std::optional<QString>>(emailField);
    if (auto valid = CustomerRepository::checkExternalId(externalId); !valid)
        return backoffice::invalidBody(QStringLiteral("external_id: %1").arg(QString::fromStdString(valid.error().message)));
    if (name.trimmed().isEmpty())
        return backoffice::invalidBody(QStringLiteral("name must not be empty"));

    const security::Actor actor = backOfficeActor(client);
    auto existing = m_customers.findByExternalId(externalId);
    if (!existing && existing.error().code == ErrorCode::NotFound) {
        auto added = m_customers.add(actor, externalId, name, email.value_or(QString()));
        if (added)
            return HttpResponse(BackOfficeCustomers::toJson(added.value()), Status::Created);
        if (added.error().id != MessageId::CustomerExternalIdTaken)
            return refusalOf(added.error());
        // Added by another request a moment ago: this one updates it.
        existing = m_customers.findByExternalId(externalId);
    }
    if (!existing)
        return refusalOf(existing.error());
    const Customer &before = existing.value();
    const bool same = before.name == name.trimmed() && (!email || before.email == email->trimmed());
    if (same)
        return HttpResponse(BackOfficeCustomers::toJson(before));
    auto updated = m_customers.update(actor, externalId, name, email);
    if (!updated)
        return refusalOf(updated.error(), "customer_closed");
    return HttpResponse(BackOfficeCustomers::toJson(updated.value()));
}

Answer BackOfficeCustomerRoutes::freeze(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId,
                                        bool frozen)
{
    if (request.method != "POST")
        return BackOfficeRefusal::methodNotAllowed("POST");
    if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Customers))
        return *missing;
    // Nothing to say: an empty body or {}.
    auto body = backoffice::jsonObjectBody(request.body, {}, true);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&body))
        return *refused;
    auto found = findCustomer(m_customers, externalId);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&found))
        return *refused;
    const security::Actor actor = backOfficeActor(client);
    const QString id = std::get<Customer>(found).externalId;
    auto changed = frozen ? m_customers.freeze(actor, id) : m_customers.unfreeze(actor, id);
    if (!changed)
        return refusalOf(changed.error());
    return HttpResponse(BackOfficeCustomers::toJson(changed.value()));
}

Answer BackOfficeCustomerRoutes::depositAddress(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId)
{
    const QUrlQuery query(request.url());
    QString code;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("asset") || !code.isEmpty())
            return BackOfficeRefusal{Status::BadRequest, QByteArrayLiteral("invalid_query"),
                                     QStringLiteral("the query is ?asset=CODE and nothing else")};
        code = value.trimmed().toUpper();
    }
    if (code.isEmpty())
        return BackOfficeRefusal{Status::BadRequest, QByteArrayLiteral("invalid_query"),
                                 QStringLiteral("name the asset: ?asset=CODE")};
    auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(code.toStdString());
    if (!asset) {
        if (asset.error().code != ErrorCode::NotFound)
            return BackOfficeRefusal::failed(asset.error());
        return BackOfficeRefusal{Status::BadRequest, QByteArrayLiteral("unknown_asset"),
                                 QStringLiteral("no asset %1 is configured").arg(code.left(16))};
    }
    auto found = findCustomer(m_customers, externalId);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&found))
        return *refused;
    if (!m_depositAddresses)
        return notServedHere();
    auto issued = m_depositAddresses->issue(backOfficeActor(client), std::get<Customer>(found).externalId,
                                            asset.value().asset.chain);
    if (!issued)
        return refusalOf(issued.error(), "customer_closed");
    const customers::DepositInstructions &d = issued.value();
    QJsonObject o{{QStringLiteral("external_id"), std::get<Customer>(found).externalId},
                  {QStringLiteral("asset"), code},
                  {QStringLiteral("chain"), QString::fromLatin1(chainName(d.chain).data())},
                  {QStringLiteral("address"), QString::fromStdString(d.address)},
                  {QStringLiteral("issued_now"), d.issuedNow}};
    if (d.derivationIndex)
        o.insert(QStringLiteral("derivation_index"), static_cast<qint64>(*d.derivationIndex));
    if (!d.memo.empty()) {
        o.insert(QStringLiteral("memo_id"), QString::fromStdString(d.memo));
        o.insert(QStringLiteral("muxed_address"), QString::fromStdString(d.muxedAddress));
    }
    return HttpResponse(o);
}

Answer BackOfficeCustomerRoutes::addresses(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId,
                                           const QList<QByteArray> &rest)
{
    if (!rest.isEmpty() && rest.size() != 2)
        return BackOfficeRefusal::notFound();
    if (rest.isEmpty() && request.method != "GET" && request.method != "POST")
        return BackOfficeRefusal::methodNotAllowed("GET or POST");
    if (!rest.isEmpty() && request.method != "DELETE")
        return BackOfficeRefusal::methodNotAllowed("DELETE");
    if (auto missing = BackOfficeAuthenticator::requireScope(client, ApiScope::Customers))
        return *missing;
    auto found = findCustomer(m_customers, externalId);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&found))
        return *refused;
    const QString id = std::get<Customer>(found).externalId;
    if (!m_addressBook)
        return notServedHere();

    if (request.method == "GET") {
        auto listed = m_addressBook->list(id);
        if (!listed)
            return refusalOf(listed.error());
        QJsonArray items;
        for (const CustomerAddress &a : listed.value())
            items.append(addressJson(a));
        return HttpResponse(QJsonObject{{QStringLiteral("external_id"), id}, {QStringLiteral("addresses"), items}});
    }

    const security::Actor actor = backOfficeActor(client);
    if (request.method == "DELETE") {
        const auto chain = chainFromName(QByteArray::fromPercentEncoding(rest.at(0)).toStdString());
        if (!chain)
            return BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("address_not_listed"),
                                     QStringLiteral("no such chain: stellar, ethereum or algorand")};
        auto removed = m_addressBook->remove(actor, id, *chain, QByteArray::fromPercentEncoding(rest.at(1)).toStdString());
        if (!removed) {
            // An address that is not even valid is not on the list either.
            if (removed.error().id == MessageId::CustomerAddressInvalid)
                return BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("address_not_listed"),
                                         QString::fromStdString(removed.error().message)};
            return refusalOf(removed.error(), "customer_closed");
        }
        return HttpResponse(QByteArrayLiteral("application/json"), QByteArray(), Status::NoContent);
    }

    auto body = backoffice::jsonObjectBody(request.body, {"chain", "address", "label"});
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&body))
        return *refused;
    const QJsonObject &object = std::get<QJsonObject>(body);
    auto chainField = backoffice::stringField(object, "chain", true);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&chainField))
        return *refused;
    auto addressField = backoffice::stringField(object, "address", true);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&addressField))
        return *refused;
    auto labelField = backoffice::stringField(object, "label", false);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&labelField))
        return *refused;
    const auto chain = chainFromName(std::get<std::optional<QString>>(chainField)->toStdString());
    if (!chain)
        return backoffice::invalidBody(QStringLiteral("chain must be stellar, ethereum or algorand"));
    auto added = m_addressBook->add(actor, id, *chain, std::get<std::optional<QString>>(addressField)->trimmed().toStdString(),
                                    std::get<std::optional<QString>>(labelField).value_or(QString()));
    if (!added)
        return refusalOf(added.error(), "customer_closed");
    return HttpResponse(addressJson(added.value()), Status::Created);
}

} // namespace exchange::api
