#include "core/trade/algorandpaymentlookup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace exchange::trade {

namespace {
constexpr int kTimeoutMs = 10000;
}

AlgorandPaymentLookup::AlgorandPaymentLookup(QUrl indexerUrl, QObject *parent)
    : QObject(parent), m_url(std::move(indexerUrl)), m_network(new QNetworkAccessManager(this))
{
}

AlgorandPaymentLookup::~AlgorandPaymentLookup() = default;

void AlgorandPaymentLookup::lookup(const PaymentQuery &query, Callback done)
{
    QUrl url = m_url;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/v2/transactions/")
                + QString::fromStdString(query.txId));
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404)
            return done(Error{ErrorCode::NotFound, "no such transaction on the chain"});
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return done(Error{ErrorCode::Unavailable, "the Algorand indexer could not be reached"});
        const QJsonObject tx = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("transaction")).toObject();
        if (tx.isEmpty())
            return done(Error{ErrorCode::Unavailable, "the Algorand indexer answered nonsense"});
        Payment payment;
        payment.from = tx.value(QStringLiteral("sender")).toString().toStdString();
        payment.confirmed = tx.value(QStringLiteral("confirmed-round")).toInteger() > 0;
        // The indexer holds only transactions a block accepted: none failed.
        if (const qint64 fee = tx.value(QStringLiteral("fee")).toInteger(-1); fee >= 0)
            payment.fee = Amount::fromBaseUnits(fee);
        if (tx.value(QStringLiteral("tx-type")).toString() == u"axfer")
            payment.otherAsset = "ASA " + std::to_string(tx.value(QStringLiteral("asset-transfer-transaction"))
                                                             .toObject()
                                                             .value(QStringLiteral("asset-id"))
                                                             .toInteger());
        if (tx.value(QStringLiteral("tx-type")).toString() == u"pay") {
            const QJsonObject pay = tx.value(QStringLiteral("payment-transaction")).toObject();
            payment.to = pay.value(QStringLiteral("receiver")).toString().toStdString();
            // Qt keeps JSON integers that fit 64 bits exact (toInteger); the
            // ALGO supply (10^16 microalgos) fits with room to spare.
            const QJsonValue amount = pay.value(QStringLiteral("amount"));
            const qint64 micro = amount.toInteger(-1);
            if (micro < 0)
                return done(Error{ErrorCode::Unavailable, "the Algorand indexer answered nonsense"});
            payment.amount = Amount::fromBaseUnits(micro);
        }
        done(payment);
    });
}

} // namespace exchange::trade
