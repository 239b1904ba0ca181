#include "core/api/webhookobject.h"

#include "core/api/backofficecustomers.h"
#include "core/api/backofficedeposits.h"
#include "core/api/backofficewithdrawals.h"
#include "core/base/chain.h"
#include "core/deposits/depositrecord.h"
#include "core/deposits/depositstate.h"
#include "core/store/customer.h"
#include "core/store/dialect.h"
#include "core/withdrawals/withdrawalrecord.h"
#include "core/withdrawals/withdrawalstate.h"

#include <QDateTime>
#include <QJsonDocument>

namespace exchange::api {

namespace {

// Reads the snapshot's fields; the first one missing or malformed is kept
// and reported once.
class Snapshot final
{
public:
    Snapshot(const WebhookEvent &event) : m_event(event), m_json(event.snapshot) {}

    qint64 integer(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isDouble())
            return bad(key), 0;
        return v.toInteger();
    }
    std::optional<qint64> optionalInteger(const char *key)
    {
        if (m_json.value(QLatin1String(key)).isNull())
            return std::nullopt;
        return integer(key);
    }
    QString text(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (!v.isString())
            return bad(key), QString();
        return v.toString();
    }
    std::optional<QString> optionalText(const char *key)
    {
        if (m_json.value(QLatin1String(key)).isNull())
            return std::nullopt;
        return text(key);
    }
    std::string string(const char *key) { return text(key).toStdString(); }
    Amount amount(const char *key)
    {
        auto a = Dialect::amountFromSql(QVariant(text(key)));
        if (!a)
            return bad(key), Amount();
        return a.value();
    }
    Chain chain()
    {
        const auto c = chainFromName(string("chain"));
        if (!c)
            return bad("chain"), Chain::Stellar;
        return *c;
    }
    int decimalsOf(const std::map<std::string, int> &decimals)
    {
        const auto found = decimals.find(string("asset"));
        if (found == decimals.end())
            return bad("asset"), 0;
        return found->second;
    }
    void bad(const char *key)
    {
        if (m_bad.empty())
            m_bad = key;
    }
    Result<void> checked() const
    {
        if (m_bad.empty())
            return {};
        return Error{ErrorCode::Corrupted, "webhook event " + std::to_string(m_event.seq) + ": the snapshot's " + m_bad
                                               + " does not read back"};
    }

private:
    const WebhookEvent &m_event;
    QJsonObject m_json;
    std::string m_bad;
};

Result<QJsonObject> withdrawal(const WebhookEvent &event, const std::map<std::string, int> &decimals)
{
    Snapshot s(event);
    withdrawals::WithdrawalRecord w;
    w.id = s.integer("id");
    w.customerId = s.integer("customer_id");
    w.asset = s.string("asset");
    w.chain = s.chain();
    w.destination = s.string("destination");
    w.amount = s.amount("amount");
    w.fee = s.amount("fee");
    if (const auto state = withdrawals::withdrawalStateFromName(s.string("state")))
        w.state = *state;
    else
        s.bad("state");
    w.reviewReason = s.string("review_reason");
    w.internalTo = s.optionalInteger("internal_to"); // absent before migration 33: not internal
    if (const auto txid = s.optionalText("txid"))
        w.txid = txid->toStdString();
    w.requestedAtMs = s.integer("requested_at");
    w.updatedAtMs = s.integer("updated_at");
    const QString externalId = s.text("external_id");
    const int places = s.decimalsOf(decimals);
    if (auto ok = s.checked(); !ok)
        return ok.error();
    return BackOfficeWithdrawals::toJson(w, externalId, places);
}

Result<QJsonObject> deposit(const WebhookEvent &event, const std::map<std::string, int> &decimals)
{
    Snapshot s(event);
    deposits::DepositRecord d;
    d.id = s.integer("id");
    d.customerId = s.optionalInteger("customer_id");
    d.asset = s.string("asset");
    d.chain = s.chain();
    d.txid = s.string("txid");
    d.index = static_cast<int>(s.integer("op_index"));
    d.from = s.string("from_address");
    d.to = s.string("to_address");
    d.memo = s.string("memo");
    d.amount = s.amount("amount");
    if (const auto state = deposits::depositStateFromName(s.string("state")))
        d.state = *state;
    else
        s.bad("state");
    d.height = s.optionalInteger("height").value_or(0);
    d.seenAtMs = s.integer("seen_at");
    d.updatedAtMs = s.integer("updated_at");
    const std::optional<QString> externalId = s.optionalText("external_id");
    const int places = s.decimalsOf(decimals);
    if (auto ok = s.checked(); !ok)
        return ok.error();
    QJsonObject json = BackOfficeDeposits::toJson(d, externalId.value_or(QString()), places);
    if (!externalId)
        json.insert(QStringLiteral("external_id"), QJsonValue());
    return json;
}

Result<QJsonObject> customer(const WebhookEvent &event)
{
    Snapshot s(event);
    Customer c;
    c.id = s.integer("id");
    c.externalId = s.text("external_id");
    c.name = s.text("name");
    c.email = s.optionalText("email").value_or(QString());
    if (const auto state = customerStateFromName(s.string("state")))
        c.state = *state;
    else
        s.bad("state");
    c.createdAtMs = s.integer("created_at");
    c.updatedAtMs = s.integer("updated_at");
    if (auto ok = s.checked(); !ok)
        return ok.error();
    return BackOfficeCustomers::toJson(c);
}

} // namespace

Result<QJsonObject> WebhookObject::object(const WebhookEvent &event, const std::map<std::string, int> &decimals)
{
    if (event.objectType == QLatin1String("withdrawal"))
        return withdrawal(event, decimals);
    if (event.objectType == QLatin1String("deposit"))
        return deposit(event, decimals);
    if (event.objectType == QLatin1String("customer"))
        return customer(event);
    return Error{ErrorCode::Corrupted, "webhook event " + std::to_string(event.seq) + " of unknown object type "
                                           + event.objectType.toStdString()};
}

Result<QJsonObject> WebhookObject::body(const WebhookEvent &event, const std::map<std::string, int> &decimals)
{
    auto rendered = object(event, decimals);
    if (!rendered)
        return rendered.error();
    return QJsonObject{
        {QStringLiteral("id"), event.eventId},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("created_at"),
         QDateTime::fromMSecsSinceEpoch(event.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("object"), rendered.value()},
    };
}

Result<QByteArray> WebhookObject::bodyBytes(const WebhookEvent &event, const std::map<std::string, int> &decimals)
{
    auto json = body(event, decimals);
    if (!json)
        return json.error();
    return QJsonDocument(json.value()).toJson(QJsonDocument::Compact);
}

} // namespace exchange::api
