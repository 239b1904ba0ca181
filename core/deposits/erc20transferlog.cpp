#include "core/deposits/erc20transferlog.h"

#include "core/chains/ethereum/quantity.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>

namespace exchange::deposits {

namespace {

bool isLowerHex(const QString &s, qsizetype from)
{
    return std::all_of(s.begin() + from, s.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

// "0x" and exactly 64 lower-case hex digits (nodes write hashes, topics
// and data words so).
bool isWord(const QString &s)
{
    return s.size() == 66 && s.startsWith(QStringLiteral("0x")) && isLowerHex(s, 2);
}

Error malformed(const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "the node's Transfer log " + why};
}

// The address a topic carries: twelve zero bytes, then 20 bytes.
std::optional<std::string> topicAddress(const QString &topic)
{
    if (!isWord(topic) || topic.mid(2, 24) != QString(24, QLatin1Char('0')))
        return std::nullopt;
    return (QStringLiteral("0x") + topic.mid(26)).toStdString();
}

} // namespace

QString addressTopic(const std::string &lowerAddress)
{
    return QStringLiteral("0x") + QString(24, QLatin1Char('0')) + QString::fromStdString(lowerAddress).mid(2).toLower();
}

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
    if (!isWord(txid) || !logIndex || *logIndex > INT_MAX)
        return malformed("has a malformed transaction hash or log index");
    const QJsonArray topics = log.value(QStringLiteral("topics")).toArray();
    if (topics.isEmpty() || topics.at(0).toString() != QLatin1String(kErc20TransferTopic))
        return malformed("is not a Transfer event");
    if (topics.size() != 3)
        return std::optional<ObservedPayment>{}; // ERC-721's Transfer (the id indexed too): no amount of money
    const auto from = topicAddress(topics.at(1).toString());
    const auto to = topicAddress(topics.at(2).toString());
    const QString data = log.value(QStringLiteral("data")).toString();
    if (!from || !to || !isWord(data))
        return malformed("has a malformed address topic or value");
    if (!watch.receivers.count(*to))
        return std::optional<ObservedPayment>{};
    // The value word without its leading zeros, read as a quantity (which
    // refuses one the console cannot count rather than truncate it).
    QString digits = data.mid(2);
    while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        digits.remove(0, 1);
    auto value = ethereum::parseQuantityText((QStringLiteral("0x") + digits).toStdString());
    if (!value)
        return malformed("has a value beyond what the console counts: " + value.error().message);
    if (value.value() == 0)
        return std::optional<ObservedPayment>{};
    ObservedPayment p;
    p.chain = Chain::Ethereum;
    p.txid = txid.toStdString();
    p.index = static_cast<int>(*logIndex);
    p.asset = token->second.asset;
    p.token = token->second.identity;
    p.to = *to;
    p.from = *from;
    p.amount = Amount::fromBaseUnits(value.value());
    p.confirmed = true;
    p.height = static_cast<std::int64_t>(*number);
    return std::optional<ObservedPayment>{std::move(p)};
}

} // namespace exchange::deposits
