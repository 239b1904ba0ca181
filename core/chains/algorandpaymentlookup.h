#pragma once
// PaymentLookup over an Algorand indexer: GET /v2/transactions/{txid}. The
// indexer only knows confirmed transactions, so a transaction it returns
// with a confirmed round is final (Algorand has instant finality). Only
// plain ALGO payments count ("pay"; an asset transfer funds nothing).
// Amounts are read as exact integers, never through a double.

#include "core/chains/paymentlookup.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace exchange::chains {

class AlgorandPaymentLookup final : public QObject, public PaymentLookup
{
    Q_OBJECT
public:
    explicit AlgorandPaymentLookup(QUrl indexerUrl, QObject *parent = nullptr);
    ~AlgorandPaymentLookup() override;
    Q_DISABLE_COPY_MOVE(AlgorandPaymentLookup)

    void lookup(const PaymentQuery &query, Callback done) override;

private:
    QUrl m_url;
    QNetworkAccessManager *m_network;
};

} // namespace exchange::chains
