#include "core/chains/ethereum/erc20event.h"

#include "core/chains/ethereum/quantity.h"

#include <QJsonArray>

#include <algorithm>

namespace exchange::ethereum {

namespace {

// "0x" and exactly 64 lower-case hex digits.
bool isWord(const QString &s)
{
    return s.size() == 66 && s.startsWith(QStringLiteral("0x"))
        && std::all_of(s.begin() + 2, s.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

std::optional<std::string> topicAddress(const QString &topic)
{
    if (!isWord(topic) || topic.mid(2, 24) != QString(24, QLatin1Char('0')))
        return std::nullopt;
    return (QStringLiteral("0x") + topic.mid(26)).toStdString();
}

Error malformed(const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "the node's Transfer log " + why};
}

} // namespace

QString addressTopic(const std::string &address)
{
    return QStringLiteral("0x") + QString(24, QLatin1Char('0')) + QString::fromStdString(address).mid(2).toLower();
}

Result<int128> readUintWord(const QString &word)
{
    if (!isWord(word))
        return Error{ErrorCode::InvalidInput, "not a 32-byte word of lower-case hex"};
    // Without its leading zeros, read as a quantity (which refuses one the
    // console cannot count rather than truncate it).
    QString digits = word.mid(2);
    while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        digits.remove(0, 1);
    return parseQuantityText((QStringLiteral("0x") + digits).toStdString());
}

QString balanceOfCall(const std::string &address)
{
    return QStringLiteral("0x70a08231") + addressTopic(address).mid(2);
}

QString transferCall(const std::string &to, int128 value)
{
    QString hex; // the value in hex, padded to 64 digits
    for (uint128 v = static_cast<uint128>(value); v != 0; v >>= 4)
        hex.prepend(QLatin1Char("0123456789abcdef"[static_cast<int>(v & 0xf)]));
    return QLatin1String(kErc20TransferSelector) + addressTopic(to).mid(2) + hex.rightJustified(64, u'0');
}

Result<std::optional<Erc20Transfer>> readErc20Transfer(const QJsonObject &log)
{
    const QJsonArray topics = log.value(QStringLiteral("topics")).toArray();
    if (topics.isEmpty() || topics.at(0).toString() != QLatin1String(kErc20TransferTopic))
        return std::optional<Erc20Transfer>{};
    if (topics.size() != 3)
        return std::optional<Erc20Transfer>{}; // ERC-721: the id indexed too
    const auto from = topicAddress(topics.at(1).toString());
    const auto to = topicAddress(topics.at(2).toString());
    const QString data = log.value(QStringLiteral("data")).toString();
    const QString contract = log.value(QStringLiteral("address")).toString().toLower();
    if (!from || !to || !isWord(data))
        return malformed("has a malformed address topic or value");
    if (contract.size() != 42 || !contract.startsWith(QStringLiteral("0x")))
        return malformed("has no contract address");
    auto value = readUintWord(data);
    if (!value)
        return malformed("has a value beyond what the console counts: " + value.error().message);
    return std::optional<Erc20Transfer>{Erc20Transfer{contract.toStdString(), *from, *to, value.value()}};
}

bool receiptHasTransfer(const QJsonObject &receipt, const std::string &contract, const std::string &from,
                        const std::string &to, int128 value)
{
    const auto lower = [](const std::string &text) { return QString::fromStdString(text).toLower().toStdString(); };
    for (const QJsonValue &entry : receipt.value(QStringLiteral("logs")).toArray()) {
        auto transfer = readErc20Transfer(entry.toObject());
        if (!transfer || !transfer.value())
            continue;
        const Erc20Transfer &t = *transfer.value();
        if (t.contract == lower(contract) && t.from == lower(from) && t.to == lower(to) && t.value == value)
            return true;
    }
    return false;
}

} // namespace exchange::ethereum
