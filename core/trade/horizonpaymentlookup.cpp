#include "core/trade/horizonpaymentlookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace exchange::trade {

namespace {
constexpr int kTimeoutMs = 10000;
constexpr int kStellarDecimals = 7;
}

HorizonPaymentLookup::HorizonPaymentLookup(QUrl horizonUrl, QObject *parent)
    : QObject(parent), m_url(std::move(horizonUrl)), m_network(new QNetworkAccessManager(this))
{
}

HorizonPaymentLookup::~HorizonPaymentLookup() = default;

void HorizonPaymentLookup::lookup(const PaymentQuery &query, Callback done)
{
    QUrl url = m_url;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/transactions/")
                + QString::fromStdString(query.txId) + QStringLiteral("/operations"));
    // join=transactions: each operation carries its transaction (fee_charged).
    url.setQuery(QUrlQuery{{QStringLiteral("limit"), QStringLiteral("200")}, {QStringLiteral("join"), QStringLiteral("transactions")}});
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    const std::string to = query.expectedTo;
    connect(reply, &QNetworkReply::finished, this, [reply, to, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404)
            return done(Error{ErrorCode::NotFound, "no such transaction on the chain"});
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return done(Error{ErrorCode::Unavailable, "Horizon could not be reached"});
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        if (!page.contains(QStringLiteral("_embedded")))
            return done(Error{ErrorCode::Unavailable, "Horizon answered nonsense"});
        Payment payment;
        payment.confirmed = true; // Horizon shows closed ledgers only
        payment.to = to;
        for (const QJsonValue &v : page.value(QStringLiteral("_embedded")).toObject().value(QStringLiteral("records")).toArray()) {
            const QJsonObject op = v.toObject();
            if (!op.value(QStringLiteral("transaction_successful")).toBool(true)) {
                payment.succeeded = false;
                continue;
            }
            const QJsonObject tx = op.value(QStringLiteral("transaction")).toObject();
            if (bool ok = false; tx.contains(QStringLiteral("fee_charged"))) {
                const qint64 fee = tx.value(QStringLiteral("fee_charged")).toVariant().toString().toLongLong(&ok);
                if (ok && fee >= 0)
                    payment.fee = Amount::fromBaseUnits(fee);
            }
            const QString type = op.value(QStringLiteral("type")).toString();
            QString from, dest, amount;
            if (type == u"payment" && op.value(QStringLiteral("asset_type")).toString() != u"native") {
                if (op.value(QStringLiteral("to")).toString().toStdString() == to)
                    payment.otherAsset = (op.value(QStringLiteral("asset_code")).toString() + u':'
                                          + op.value(QStringLiteral("asset_issuer")).toString())
                                             .toStdString();
                continue;
            }
            if (type == u"payment") {
                from = op.value(QStringLiteral("from")).toString();
                dest = op.value(QStringLiteral("to")).toString();
                amount = op.value(QStringLiteral("amount")).toString();
            } else if (type == u"create_account") {
                from = op.value(QStringLiteral("funder")).toString();
                dest = op.value(QStringLiteral("account")).toString();
                amount = op.value(QStringLiteral("starting_balance")).toString();
            } else {
                continue;
            }
            if (dest.toStdString() != to)
                continue;
            auto parsed = Amount::parse(amount.toStdString(), kStellarDecimals);
            if (!parsed)
                return done(Error{ErrorCode::Unavailable, "Horizon answered nonsense"});
            // Payments from two different sources fund nobody's order.
            if (!payment.from.empty() && payment.from != from.toStdString())
                return done(Error{ErrorCode::NotFound, "the transaction pays the exchange from several accounts"});
            payment.from = from.toStdString();
            auto sum = payment.amount.plus(parsed.value());
            if (!sum)
                return done(sum.error());
            payment.amount = sum.value();
        }
        if (!payment.amount.isZero())
            payment.otherAsset.clear(); // it pays native lumens too: those count
        done(payment);
    });
}

} // namespace exchange::trade
