#include "core/deposits/horizonpayment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace exchange::deposits {

namespace {
Error malformed(const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "Horizon record " + why};
}
} // namespace

Result<HorizonRecord> parseHorizonPayment(const QByteArray &json, const std::string &baseAccount)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed("is not a JSON object");
    const QJsonObject o = doc.object();
    HorizonRecord record;
    record.pagingToken = o.value(QStringLiteral("paging_token")).toString().toStdString();
    const std::string id = o.value(QStringLiteral("id")).toString().toStdString();
    if (record.pagingToken.empty() || id.empty())
        return malformed("has no id or paging_token");
    // The operation id is a TOID: ledger << 32 | transaction << 12 | operation
    // (1-based): its low 12 bits give the operation's index in its transaction.
    bool ok = false;
    const qulonglong toid = QString::fromStdString(id).toULongLong(&ok);
    if (!ok)
        return malformed("has an id that is not an operation id");

    const QString type = o.value(QStringLiteral("type")).toString();
    if (type != u"payment")
        return record; // create_account, path payments, …: not a deposit here
    if (!o.value(QStringLiteral("transaction_successful")).toBool(false))
        return record; // failed transactions move nothing
    if (o.value(QStringLiteral("asset_type")).toString() != u"native")
        return record; // only lumens are configured
    if (o.value(QStringLiteral("to")).toString().toStdString() != baseAccount)
        return record; // an outgoing payment of the base account

    const std::string hash = o.value(QStringLiteral("transaction_hash")).toString().toStdString();
    const QString amountText = o.value(QStringLiteral("amount")).toString();
    auto amount = Amount::parse(amountText.toStdString(), 7);
    if (hash.size() != 64 || !amount || !amount.value().isPositive())
        return malformed("has a malformed transaction hash or amount");

    ObservedPayment p;
    p.chain = Chain::Stellar;
    p.txid = hash;
    p.index = static_cast<int>(toid & 0xfff) - 1;
    if (p.index < 0)
        return malformed("has an operation id without an operation index");
    p.asset = "XLM";
    p.to = baseAccount;
    p.from = o.value(QStringLiteral("from")).toString().toStdString();
    p.amount = amount.value();
    p.height = static_cast<std::int64_t>(toid >> 32);
    const QJsonObject tx = o.value(QStringLiteral("transaction")).toObject();
    const QString memoType = tx.value(QStringLiteral("memo_type")).toString();
    if (memoType == u"text" || memoType == u"id")
        p.memo = tx.value(QStringLiteral("memo")).toString().toStdString();
    p.confirmed = true; // Horizon streams closed ledgers only
    record.payment = p;
    return record;
}

} // namespace exchange::deposits
