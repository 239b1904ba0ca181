#include "core/chains/stellar/horizonledger.h"

#include "core/chains/stellar/horizonclient.h"
#include "core/encoding/exactjson.h"

#include <QDateTime>
#include <QUrlQuery>

namespace exchange::stellar {

Result<std::int64_t> latestLedgerCloseTime(HorizonClient &horizon)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("desc"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    auto answer = horizon.get(QStringLiteral("/ledgers"), query);
    if (!answer)
        return answer.error();
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *embedded = json ? json.value().member("_embedded") : nullptr;
    const encoding::JsonValue *records = embedded ? embedded->member("records") : nullptr;
    const encoding::JsonValue *closed = records && !records->items.empty() ? records->items.front().member("closed_at") : nullptr;
    const QDateTime at = closed ? QDateTime::fromString(QString::fromStdString(closed->text), Qt::ISODate) : QDateTime();
    if (answer.value().status != 200 || !at.isValid())
        return Error{ErrorCode::Unavailable, "Horizon's latest ledger has no closed_at"};
    return at.toSecsSinceEpoch();
}

} // namespace exchange::stellar
