#include "core/withdrawals/withdrawaljson.h"

namespace exchange::withdrawals {

QJsonObject describeWithdrawal(const WithdrawalRecord &w, const Asset &asset)
{
    QJsonObject o{{QStringLiteral("customer"), static_cast<qint64>(w.customerId)},
                  {QStringLiteral("asset"), QString::fromStdString(w.asset)},
                  {QStringLiteral("chain"), QString::fromLatin1(chainName(w.chain))},
                  {QStringLiteral("destination"), QString::fromStdString(w.destination)},
                  {QStringLiteral("amount"), QString::fromStdString(asset.format(w.amount))},
                  {QStringLiteral("fee"), QString::fromStdString(asset.format(w.fee))},
                  {QStringLiteral("state"), QString::fromLatin1(withdrawalStateName(w.state))},
                  {QStringLiteral("requested_by"), QString::fromStdString(w.requestedBy)}};
    if (!w.reviewReason.empty())
        o.insert(QStringLiteral("review_reason"), QString::fromStdString(w.reviewReason));
    if (w.newDestination)
        o.insert(QStringLiteral("new_destination"), true);
    if (w.internalTo) {
        o.insert(QStringLiteral("internal"), true);
        o.insert(QStringLiteral("internal_to"), static_cast<qint64>(*w.internalTo));
    }
    if (w.txid)
        o.insert(QStringLiteral("txid"), QString::fromStdString(*w.txid));
    if (!w.note.empty())
        o.insert(QStringLiteral("note"), QString::fromStdString(w.note));
    return o;
}

} // namespace exchange::withdrawals
