#include "ledgerstatementcommand.h"

#include "commandcontext.h"
#include "core/store/database.h"
#include "core/ledger/ledgerqueries.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

void LedgerStatementCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("offset"), QStringLiteral("Skip this many lines (default 0)."), QStringLiteral("N"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most this many lines (default 100)."), QStringLiteral("N"), QStringLiteral("100")));
}

int LedgerStatementCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(QStringLiteral("ledger statement needs CUSTOMER and ASSET"));
    bool ok = false;
    const std::int64_t customer = args.at(0).toLongLong(&ok);
    if (!ok || customer <= 0)
        return context.notAn(args.at(0), QStringLiteral("a customer id"));
    bool offsetOk = false, limitOk = false;
    const int offset = parser.value(QStringLiteral("offset")).toInt(&offsetOk);
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!offsetOk || !limitOk)
        return context.usageError(QStringLiteral("--offset and --limit take whole numbers"));

    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    const std::string code = args.at(1).toStdString();
    auto assetIt = assets.value().find(code);
    if (assetIt == assets.value().end())
        return context.refuse(QStringLiteral("unknown asset '%1'").arg(args.at(1)));
    const Asset &asset = assetIt->second;
    auto statement = ledger::LedgerQueries(*db).statement(customer, code, offset, limit);
    if (!statement)
        return context.refuse(statement.error());
    const auto fmt = [&](Amount a) { return QString::fromStdString(asset.format(a)); };

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray lines;
        for (const auto &l : statement.value().lines) {
            lines.append(QJsonObject{
                {QStringLiteral("seq"), static_cast<qint64>(l.transfer.seq)},
                {QStringLiteral("id"), QString::fromStdString(l.transfer.id)},
                {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(l.transfer.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("kind"), QString::fromLatin1(ledger::transferKindName(l.transfer.kind))},
                {QStringLiteral("code"), QString::fromLatin1(ledger::transferCodeName(l.transfer.code))},
                {QStringLiteral("counterparty"), QString::fromStdString(l.counterparty.toString())},
                {QStringLiteral("change"), fmt(l.change)},
                {QStringLiteral("reserved_change"), fmt(l.pendingChange)},
                {QStringLiteral("balance"), fmt(l.balanceAfter)},
                {QStringLiteral("reference"), QString::fromStdString(l.transfer.reference)},
                {QStringLiteral("memo"), QString::fromStdString(l.transfer.memo)}});
        }
        const auto &a = statement.value().account;
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("customer"), static_cast<qint64>(customer)},
            {QStringLiteral("asset"), QString::fromStdString(code)},
            {QStringLiteral("balance"), fmt(a.balance())},
            {QStringLiteral("available"), fmt(a.available())},
            {QStringLiteral("reserved"), fmt(a.reserved())},
            {QStringLiteral("total_lines"), statement.value().totalLines},
            {QStringLiteral("offset"), offset},
            {QStringLiteral("lines"), lines}}));
        return Success;
    }
    QTextStream &out = context.out();
    for (const auto &l : statement.value().lines) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QDateTime::fromMSecsSinceEpoch(l.transfer.timestampMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(QString::fromLatin1(ledger::transferCodeName(l.transfer.code)), -14)
                   .arg(QString::fromLatin1(ledger::transferKindName(l.transfer.kind)), -8)
                   .arg(fmt(l.change), 24)
                   .arg(fmt(l.balanceAfter), 24)
                   .arg(QString::fromStdString(l.transfer.memo.empty() ? l.transfer.reference : l.transfer.memo));
    }
    out << statement.value().lines.size() << " of " << statement.value().totalLines << " lines; available "
        << fmt(statement.value().account.available()) << ' ' << args.at(1) << '\n';
    return Success;
}
