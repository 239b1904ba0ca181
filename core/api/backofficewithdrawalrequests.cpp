#include "core/api/backofficewithdrawalrequests.h"

#include "core/api/apiidempotencyrepository.h"
#include "core/api/backofficesigning.h"
#include "core/api/backofficewithdrawals.h"
#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/crypto/hashes.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/encoding/exactjson.h"
#include "core/security/actor.h"
#include "core/store/assetrepository.h"
#include "core/store/customer.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/withdrawals/apiwithdrawalrequestrepository.h"
#include "core/withdrawals/withdrawallimits.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "core/withdrawals/withdrawalstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

namespace exchange::api {

Q_LOGGING_CATEGORY(lcBackOfficeWithdrawals, "api.backoffice")

using Status = HttpResponse::StatusCode;

namespace {

// Prune the kept answers at most this often.
constexpr qint64 kPruneEveryMs = 10LL * 60 * 1000;
// What `also` says when another request took the key first (not Conflict:
// that one the transaction retries).
constexpr char kKeyTaken[] = "the idempotency key was taken meanwhile";

BackOfficeRefusal refusal(Status status, const char *code, const QString &message)
{
    return BackOfficeRefusal{status, QByteArray(code), message};
}

BackOfficeRefusal invalidBody(const QString &message)
{
    return refusal(Status::BadRequest, "invalid_body", message);
}

BackOfficeRefusal failed(const Error &error)
{
    qCWarning(lcBackOfficeWithdrawals, "withdrawal request failed: %s", error.message.c_str());
    if (error.code == ErrorCode::Unavailable)
        return refusal(Status::ServiceUnavailable, "unavailable", QStringLiteral("the exchange cannot answer now; try again later"));
    return refusal(Status::InternalServerError, "internal", QStringLiteral("internal error; try again later"));
}

struct Body {
    std::string asset;
    std::string amount;
    std::string destination;
};

// {asset, amount, destination, memo?}: strings, nothing else.
std::variant<Body, BackOfficeRefusal> parseBody(const QByteArray &bytes)
{
    auto doc = encoding::parseJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (!doc || doc.value().kind != encoding::JsonValue::Kind::Object)
        return invalidBody(QStringLiteral("the body is a JSON object: {\"asset\", \"amount\", \"destination\"}"));
    Body body;
    bool memo = false;
    for (const auto &[name, value] : doc.value().members) {
        const QString field = QString::fromStdString(name);
        if (name == "memo") {
            if (value.kind != encoding::JsonValue::Kind::Null)
                memo = true;
            continue;
        }
        std::string *into = name == "asset" ? &body.asset
                            : name == "amount" ? &body.amount
                            : name == "destination" ? &body.destination
                                                    : nullptr;
        if (!into)
            return invalidBody(QStringLiteral("unknown field %1").arg(field.left(64)));
        if (value.kind != encoding::JsonValue::Kind::String)
            return invalidBody(QStringLiteral("%1 is a string%2")
                                   .arg(field, name == "amount" ? QStringLiteral(" (an exact decimal, never a JSON number)")
                                                                : QString()));
        *into = value.text;
    }
    for (const auto &[name, value] : {std::pair<const char *, const std::string *>{"asset", &body.asset},
                                      {"amount", &body.amount},
                                      {"destination", &body.destination}})
        if (value->empty())
            return invalidBody(QStringLiteral("%1 is required").arg(QLatin1String(name)));
    // The payers send no memo: one dropped on the way would lose the
    // customer's money at an exchange that needs it, so none is taken.
    if (memo)
        return invalidBody(QStringLiteral("memo: withdrawals with a memo are not supported; give the destination as an M-address"));
    return body;
}

// The numbers behind a review: each limit breached, as the limits decide
// it in the withdrawal's transaction (the new one is in the history then:
// it is taken out once, as the service decided without it).
Result<QJsonArray> breachesOf(UnitOfWork &work, const Database &database, const AssetRecord &asset,
                              const withdrawals::WithdrawalRecord &w)
{
    auto history = withdrawals::WithdrawalRepository(work.db(), database.dialect())
                       .history(w.customerId, w.asset, w.requestedAtMs - withdrawals::kLimitWindow72hMs);
    if (!history)
        return history.error();
    auto &earlier = history.value();
    const auto self = std::find_if(earlier.begin(), earlier.end(), [&w](const withdrawals::PastWithdrawal &p) {
        return p.amount == w.amount && p.requestedAtMs == w.requestedAtMs;
    });
    if (self != earlier.end())
        earlier.erase(self);
    auto decided = withdrawals::WithdrawalLimits::check(
        {asset.asset, asset.settings.limit24h, asset.settings.limit72h, earlier, w.amount, w.requestedAtMs});
    if (!decided)
        return decided.error();
    QJsonArray breaches;
    for (const withdrawals::LimitBreach &b : decided.value().breaches)
        breaches.append(QJsonObject{{QStringLiteral("window"), QStringLiteral("%1h").arg(b.windowHours)},
                                    {QStringLiteral("total"), QString::fromStdString(b.total.format(asset.asset.decimals))},
                                    {QStringLiteral("limit"), QString::fromStdString(b.limit.format(asset.asset.decimals))}});
    return breaches;
}

} // namespace

BackOfficeWithdrawalRequests::BackOfficeWithdrawalRequests(Database &database, customers::CustomerService &customers,
                                                           withdrawals::WithdrawalService &withdrawals, const Clock &clock)
    : m_database(database), m_customers(customers), m_withdrawals(withdrawals), m_clock(clock)
{
}

bool BackOfficeWithdrawalRequests::isIdempotencyKey(const QByteArray &key)
{
    return !key.isEmpty() && key.size() <= 64 && std::all_of(key.begin(), key.end(), [](char c) { return c > ' ' && c <= '~'; });
}

BackOfficeWithdrawalRequests::Answer BackOfficeWithdrawalRequests::replay(const IdempotentAnswer &kept, const QByteArray &bodySha256)
{
    if (kept.bodySha256 != bodySha256)
        return refusal(Status::Conflict, "idempotency_key_reused",
                       QStringLiteral("this Idempotency-Key was used with another body; use a new key for a new withdrawal"));
    HttpResponse again(QByteArrayLiteral("application/json"), kept.answer, static_cast<Status>(kept.status));
    again.addHeader(QByteArray(kReplayedHeader), QByteArrayLiteral("true"));
    return again;
}

std::variant<HttpResponse, BackOfficeRefusal, BackOfficeWithdrawalRequests::Prepared>
BackOfficeWithdrawalRequests::prepare(const HttpRequest &request, const ApiClient &client, const QByteArray &externalId)
{
    const QByteArray key = request.header(kIdempotencyKeyHeader);
    if (!isIdempotencyKey(key))
        return refusal(Status::BadRequest, "invalid_idempotency_key",
                       QStringLiteral("the Idempotency-Key header is required: 1 to 64 printable ASCII characters, no space"));
    const QString keyText = QString::fromLatin1(key);
    const QByteArray bodySha256 = QByteArray::fromStdString(hex::encode(crypto::sha256(request.body)));
    ApiIdempotencyRepository kept(m_database.connection());
    if (auto found = kept.find(client.id, keyText); !found)
        return failed(found.error());
    else if (found.value() && found.value()->createdAtMs >= m_clock.nowMs() - kIdempotencyKeptMs) {
        auto again = replay(*found.value(), bodySha256);
        if (auto *response = std::get_if<HttpResponse>(&again))
            return std::move(*response);
        return std::get<BackOfficeRefusal>(std::move(again));
    }

    auto parsed = parseBody(request.body);
    if (const auto *refused = std::get_if<BackOfficeRefusal>(&parsed))
        return *refused;
    const Body &body = std::get<Body>(parsed);

    auto customer = m_customers.findByExternalId(QString::fromUtf8(externalId));
    if (!customer) {
        if (customer.error().code == ErrorCode::NotFound || customer.error().code == ErrorCode::InvalidInput)
            return refusal(Status::NotFound, "unknown_customer", QStringLiteral("no customer has this external id"));
        return failed(customer.error());
    }
    const Customer who = customer.value();
    auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(body.asset);
    if (!asset) {
        if (asset.error().code == ErrorCode::NotFound || asset.error().code == ErrorCode::InvalidInput)
            return refusal(Status::BadRequest, "unknown_asset", QStringLiteral("the exchange has no such asset"));
        return failed(asset.error());
    }
    const AssetRecord assetRecord = asset.value();
    const int decimals = assetRecord.asset.decimals;
    auto amount = Amount::tryParse(body.amount, decimals);
    if (const auto *error = std::get_if<Amount::ParseError>(&amount))
        return invalidBody(QStringLiteral("amount: %1").arg(QString::fromStdString(Amount::describe(*error, decimals))));
    if (!std::get<Amount>(amount).isPositive())
        return invalidBody(QStringLiteral("amount: more than zero"));
    if (auto address = chains::validateAddress(assetRecord.asset.chain, body.destination); !address)
        return refusal(Status::BadRequest, "invalid_destination",
                       QStringLiteral("destination is not a valid %1 address").arg(QLatin1String(chainName(assetRecord.asset.chain).data())));
    if (!who.mayMoveMoney())
        return who.state == CustomerState::Closed
                   ? refusal(Status::Forbidden, "customer_closed", QStringLiteral("the customer's account is closed"))
                   : refusal(Status::Forbidden, "customer_frozen", QStringLiteral("the customer is frozen: no withdrawals"));
    return Prepared{request, client, keyText, bodySha256, who, assetRecord, body.destination, std::get<Amount>(amount)};
}

std::vector<BackOfficeWithdrawalRequests::Answer> BackOfficeWithdrawalRequests::answerAll(const std::vector<Prepared> &requests)
{
    const qint64 now = m_clock.nowMs();
    // Keys older than their 24 h are free again: all of them once in a
    // while, in a transaction of their own; a request's own key always.
    if (now - m_lastPruneMs >= kPruneEveryMs) {
        UnitOfWork work(m_database);
        if (auto pruned = ApiIdempotencyRepository(work.db()).prune(now - kIdempotencyKeptMs); pruned && work.commit())
            m_lastPruneMs = now;
    }
    // Per request, as its transaction left them (set again if it is retried).
    std::vector<char> keyTaken(requests.size(), 0);
    std::vector<QByteArray> answers(requests.size());
    std::vector<withdrawals::WithdrawalService::NewRequest> batch;
    batch.reserve(requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const Prepared &one = requests[i];
        const security::Actor actor = security::Actor::api(one.client.name.toStdString(), {});
        batch.push_back({actor, one.customer.id, one.asset.asset.code, one.destination, one.amount,
                         [&, i](UnitOfWork &work, const withdrawals::WithdrawalRecord &w) -> Result<void> {
                             const Prepared &p = requests[i];
                             keyTaken[i] = 0;
                             ApiIdempotencyRepository keys(work.db());
                             if (auto pruned = keys.prune(p.client.id, p.key, now - kIdempotencyKeptMs); !pruned)
                                 return pruned.error();
                             auto again = keys.find(p.client.id, p.key);
                             if (!again)
                                 return again.error();
                             if (again.value()) {
                                 keyTaken[i] = 1;
                                 return Error{ErrorCode::WrongState, kKeyTaken};
                             }
                             QJsonObject answer = BackOfficeWithdrawals::toJson(w, p.customer.externalId, p.asset.asset.decimals);
                             QJsonValue review;
                             if (w.state == withdrawals::WithdrawalState::UnderReview) {
                                 auto breaches = breachesOf(work, m_database, p.asset, w);
                                 if (!breaches)
                                     return breaches.error();
                                 review = QJsonObject{{QStringLiteral("reason"), QString::fromStdString(w.reviewReason)},
                                                      {QStringLiteral("new_destination"), w.newDestination},
                                                      {QStringLiteral("breaches"), breaches.value()}};
                             }
                             answer.insert(QStringLiteral("review"), review);
                             IdempotentAnswer stored;
                             stored.clientId = p.client.id;
                             stored.key = p.key;
                             stored.bodySha256 = p.bodySha256;
                             stored.status = static_cast<int>(Status::Created);
                             stored.answer = QJsonDocument(answer).toJson(QJsonDocument::Compact);
                             stored.withdrawalId = w.id;
                             stored.createdAtMs = now;
                             if (auto added = keys.add(stored); !added)
                                 return added.error();
                             answers[i] = stored.answer;
                             const HttpRequest &r = p.request;
                             const withdrawals::ApiWithdrawalRequest signedRequest{
                                 w.id, p.client.name, r.method, r.target, r.header(backoffice::kTimestampHeader),
                                 r.header(backoffice::kNonceHeader), r.body, r.header(backoffice::kSignatureHeader)};
                             return withdrawals::ApiWithdrawalRequestRepository(work.db()).add(signedRequest);
                         }});
    }
    auto requested = m_withdrawals.requestAll(batch);
    std::vector<Answer> out;
    out.reserve(requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (requested[i]) {
            out.emplace_back(HttpResponse(QByteArrayLiteral("application/json"), answers[i], Status::Created));
        } else {
            out.push_back(refused(requests[i], requested[i].error(), keyTaken[i] != 0));
        }
    }
    return out;
}

BackOfficeWithdrawalRequests::Answer BackOfficeWithdrawalRequests::refused(const Prepared &p, const Error &error, bool keyTaken)
{
    // Another request with this key won: its answer is this one's.
    if (keyTaken || error.code == ErrorCode::Conflict) {
        auto winner = ApiIdempotencyRepository(m_database.connection()).find(p.client.id, p.key);
        if (winner && winner.value())
            return replay(*winner.value(), p.bodySha256);
    }
    switch (error.code) {
    case ErrorCode::NotFound:
        return refusal(Status::NotFound, "unknown_customer", QStringLiteral("no customer has this external id"));
    case ErrorCode::InsufficientFunds:
        return refusal(Status::UnprocessableEntity, "insufficient_funds",
                       QStringLiteral("the customer's available balance does not cover the amount and the fee"));
    case ErrorCode::WrongState:
        return refusal(Status::Forbidden, "customer_frozen", QStringLiteral("the customer may not withdraw now"));
    case ErrorCode::InvalidInput:
        return invalidBody(QString::fromStdString(error.message));
    default: return failed(error);
    }
}

} // namespace exchange::api
