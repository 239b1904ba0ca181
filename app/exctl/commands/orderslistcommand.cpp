#include "orderslistcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/trade/tradeservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

namespace {

QString amountText(const std::string &code, Amount amount)
{
    const auto asset = nativeAsset(code);
    return QString::fromStdString(asset ? amount.format(asset->decimals) : amount.toBaseUnitString());
}

} // namespace

void OrdersListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most N orders (default 100)."),
                                        QStringLiteral("N"), QStringLiteral("100")));
}

int OrdersListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("orders list takes no arguments"));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return context.usageError(QStringLiteral("--limit takes a positive number"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    ledger::LedgerService ledger(*db, clock);
    security::AuditLog audit(*db, clock);
    trade::TradeService trades(*db, ledger, clock, audit);
    auto orders = trades.orders(limit);
    if (!orders)
        return context.refuse(orders.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const trade::Order &o : orders.value()) {
            out.append(QJsonObject{
                {QStringLiteral("id"), static_cast<qint64>(o.id)},
                {QStringLiteral("sender_pk"), QString::fromStdString(o.senderPk)},
                {QStringLiteral("receiver_pk"), QString::fromStdString(o.receiverPk)},
                {QStringLiteral("buy_currency"), QString::fromStdString(o.buyCurrency)},
                {QStringLiteral("sell_currency"), QString::fromStdString(o.sellCurrency)},
                {QStringLiteral("buy_amount"), amountText(o.buyCurrency, o.buyAmount)},
                {QStringLiteral("sell_amount"), amountText(o.sellCurrency, o.sellAmount)},
                {QStringLiteral("tx_id"), o.txId.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(o.txId))},
                {QStringLiteral("status"), QString::fromLatin1(trade::orderStatusName(o.status).data())},
                {QStringLiteral("creator_id"), o.creatorId ? QJsonValue(static_cast<qint64>(o.creatorId)) : QJsonValue()},
                {QStringLiteral("counterparty_id"),
                 o.counterpartyId ? QJsonValue(static_cast<qint64>(o.counterpartyId)) : QJsonValue()},
                {QStringLiteral("created_at_ms"), static_cast<qint64>(o.createdAtMs)}});
        }
        context.printJson(QJsonDocument(out));
        return Success;
    }
    for (const trade::Order &o : orders.value()) {
        context.out() << o.id << "  " << QString::fromLatin1(trade::orderStatusName(o.status).data()).leftJustified(9)
                      << " sells " << amountText(o.sellCurrency, o.sellAmount) << ' '
                      << QString::fromStdString(o.sellCurrency) << " for " << amountText(o.buyCurrency, o.buyAmount)
                      << ' ' << QString::fromStdString(o.buyCurrency);
        if (o.creatorId)
            context.out() << "  (derived from " << o.creatorId << ')';
        context.out() << '\n';
    }
    context.out().flush();
    return Success;
}
