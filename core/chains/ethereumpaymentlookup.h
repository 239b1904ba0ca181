#pragma once
// PaymentLookup over Ethereum JSON-RPC (any node: geth, ganache):
// eth_getTransactionByHash for sender, recipient and value,
// eth_getTransactionReceipt for success, eth_blockNumber for the depth; a
// payment is confirmed once `minConfirmations` blocks include it. Native
// ether only (a token transfer has value 0 and funds nothing). Asynchronous
// on the thread that owns it; an unreachable or nonsensical node is
// Unavailable, never a refusal of the customer's order. Answers are read
// exactly (ethereum/rpcresponse.h, ethereum/quantity.h): a member given
// twice, a padded or unprefixed quantity, or a result of the wrong type
// funds nothing.

#include "core/chains/paymentlookup.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QJsonValue;

namespace exchange::chains {

class EthereumPaymentLookup final : public QObject, public PaymentLookup
{
    Q_OBJECT
public:
    EthereumPaymentLookup(QUrl rpcUrl, int minConfirmations, QObject *parent = nullptr);
    ~EthereumPaymentLookup() override;
    Q_DISABLE_COPY_MOVE(EthereumPaymentLookup)

    void lookup(const PaymentQuery &query, Callback done) override;

private:
    void call(const QString &method, const QJsonValue &params, std::function<void(Result<QJsonValue>)> done);

    QUrl m_url;
    int m_minConfirmations;
    QNetworkAccessManager *m_network;
    int m_nextId = 1;
};

} // namespace exchange::chains
