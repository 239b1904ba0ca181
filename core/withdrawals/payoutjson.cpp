#include "core/withdrawals/payoutjson.h"

#include "core/money/asset.h"

namespace exchange::withdrawals {

// Fees are in the chain's coin, whatever the payout moves.
QJsonObject describePayout(const PayoutRecord &p)
{
    const Asset &coin = nativeAssetOf(p.chain);
    QJsonObject o{{QStringLiteral("txid"), QString::fromStdString(p.txid)},
                  {QStringLiteral("source"), QString::fromStdString(p.source)},
                  {QStringLiteral("sequence"), static_cast<qint64>(p.sequence)},
                  {QStringLiteral("max_fee"), QString::fromStdString(coin.format(p.maxFee))},
                  {QStringLiteral("payout_state"), QString::fromLatin1(payoutStateName(p.state))}};
    if (p.fee)
        o.insert(QStringLiteral("network_fee"), QString::fromStdString(coin.format(*p.fee)));
    return o;
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace exchange::withdrawals
