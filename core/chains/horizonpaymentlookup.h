#pragma once
// PaymentLookup over Stellar Horizon: GET /transactions/{hash}/operations.
// Horizon serves only transactions in closed ledgers, which are final. The
// payment is the sum of the successful native (XLM) payments and account
// creations to the exchange's address in that transaction, from one source;
// amounts are parsed exactly from Horizon's decimal strings.

#include "core/chains/paymentlookup.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace exchange::chains {

class HorizonPaymentLookup final : public QObject, public PaymentLookup
{
    Q_OBJECT
public:
    explicit HorizonPaymentLookup(QUrl horizonUrl, QObject *parent = nullptr);
    ~HorizonPaymentLookup() override;
    Q_DISABLE_COPY_MOVE(HorizonPaymentLookup)

    void lookup(const PaymentQuery &query, Callback done) override;

private:
    QUrl m_url;
    QNetworkAccessManager *m_network;
};

} // namespace exchange::chains
