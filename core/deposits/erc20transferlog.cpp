#include "core/deposits/erc20transferlog.h"

#include "core/chains/ethereum/quantity.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>

namespace exchange::deposits {

namespace {

bool isHash(const QString &s)
{
    return s.size() == 66 && s.startsWith(QStringLiteral("0x"))
        && std::all_of(s.begin() + 2, s.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

Error malformed(const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "the node's Transfer log " + why};
}

} // namespace

Result<std::optional<ObservedPayment>> parseErc20TransferLog(const QJsonObject &log, const Erc20LogWatch &watch)
{
    if (log.value(QStringLiteral("removed")).toBool(false))
        return malformed("was removed by a reorganisation of blocks the watcher counts as confirmed");
    const QString contract = log.value(QStringLiteral("address")).toString().toLower();
    const auto token = watch.tokens.find(contract.toStdString());
    if (token == watch.tokens.end())
        return malformed("is from " + contract.toStdString() + ", a contract that was not asked for");
    const auto number = ethereum::parseQuantity(log.value(QStringLiteral("blockNumber")));
    const QString blockHash = log.value(QStringLiteral("blockHash")).toString();
    if (!number)
        return malformed("has no block number");
    const auto checked = watch.blockHashes.find(static_cast<qint64>(*number));
    if (checked == watch.blockHashes.end() || checked->second != blockHash)
        return malformed("is of block " + ethereum::quantity(static_cast<uint128>(*number)).toStdString()
                         + " with another hash than the block read (the node is reorganising it)");
    const QString txid = log.value(QStringLiteral("transactionHash")).toString();
    const auto logIndex = ethereum::parseQuantity(log.value(QStringLiteral("logIndex")));
    if (!isHash(txid) || !logIndex || *logIndex > INT_MAX)
        return malformed("has a malformed transaction hash or log index");
    auto transfer = ethereum::readErc20Transfer(log);
    if (!transfer)
        return transfer.error();
    const QJsonArray topics = log.value(QStringLiteral("topics")).toArray();
    if (topics.isEmpty() || topics.at(0).toString() != QLatin1String(ethereum::kErc20TransferTopic))
        return malformed("is not a Transfer event"); // only Transfers were asked for
    if (!transfer.value() || !watch.receivers.count(transfer.value()->to) || transfer.value()->value == 0)
        return std::optional<ObservedPayment>{}; // ERC-721's Transfer, to someone else, or nothing moved
    ObservedPayment p;
    p.chain = Chain::Ethereum;
    p.txid = txid.toStdString();
    p.index = static_cast<int>(*logIndex);
    p.asset = token->second.asset;
    p.token = token->second.identity;
    p.to = transfer.value()->to;
    p.from = transfer.value()->from;
    p.amount = Amount::fromBaseUnits(transfer.value()->value);
    p.confirmed = true;
    p.height = static_cast<std::int64_t>(*number);
    return std::optional<ObservedPayment>{std::move(p)};
}

} // namespace exchange::deposits
