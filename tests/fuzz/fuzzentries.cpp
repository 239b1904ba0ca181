#include "fuzzentries.h"

#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/chains/ethereum/rlp.h"
#include "core/chains/ethereum/transaction.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/base32.h"
#include "core/crypto/hex.h"
#include "core/encoding/exactjson.h"
#include "core/money/amount.h"

#include <QByteArray>

#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

namespace fuzzentries {

namespace {

std::string_view text(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

void require(bool condition)
{
    if (!condition)
        std::abort();
}

QByteArray reencode(const exchange::ethereum::rlp::Item &item)
{
    if (!item.isList)
        return exchange::ethereum::rlp::encodeBytes(item.bytes);
    std::vector<QByteArray> children;
    for (const auto &child : item.items)
        children.push_back(reencode(child));
    return exchange::ethereum::rlp::encodeList(children);
}

} // namespace

int strKey(const std::uint8_t *data, std::size_t size)
{
    using namespace exchange::stellar;
    const std::string_view input = text(data, size);
    if (auto key = strkey::decodeAccountId(input))
        require(strkey::encodeAccountId(key.value()) == input);
    if (auto seed = strkey::decodeSeed(input))
        require(strkey::encodeSeed(seed.value()) == input);
    if (auto muxed = strkey::decodeMuxedAccount(input))
        require(strkey::encodeMuxedAccount(muxed.value()) == input);
    return 0;
}

int base32(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = text(data, size);
    if (auto decoded = exchange::base32::decode(input))
        require(exchange::base32::encode(decoded.value()) == input);
    return 0;
}

int hex(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = text(data, size);
    if (auto decoded = exchange::hex::decode(input)) {
        std::string lower(input);
        for (char &c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        require(exchange::hex::encode(decoded.value()) == lower);
    }
    return 0;
}

int rlp(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytes(data, size);
    if (auto item = exchange::ethereum::rlp::decode(input))
        require(reencode(item.value()) == input);
    if (auto tx = exchange::ethereum::Transaction::parse(input)) {
        require(tx.value().serialise() == input);
        require(tx.value().sender().ok());
    }
    return 0;
}

int msgpack(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytes(data, size);
    if (auto tx = exchange::algorand::PaymentTransaction::decodeSigned(input))
        require(tx.value().encodeSigned() == input);
    if (auto tx = exchange::algorand::PaymentTransaction::decodeTransaction(input))
        require(tx.value().encodeTransaction() == input);
    if (auto tx = exchange::algorand::AssetTransferTransaction::decodeSigned(input))
        require(tx.value().encodeSigned() == input);
    if (auto tx = exchange::algorand::AssetTransferTransaction::decodeTransaction(input))
        require(tx.value().encodeTransaction() == input);
    return 0;
}

int xdr(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytes(data, size);
    if (auto tx = exchange::stellar::PaymentTransaction::fromEnvelopeXdr(input))
        require(tx.value().envelopeXdr() == input);
    return 0;
}

int amount(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // First byte: the asset's decimals (0..39); the rest: the text.
    const int decimals = data[0] % 40;
    const std::string_view input = text(data + 1, size - 1);
    for (auto sign : {exchange::Amount::Sign::NonNegative, exchange::Amount::Sign::AllowNegative}) {
        if (auto parsed = exchange::Amount::parse(input, decimals, sign)) {
            const std::string formatted = parsed.value().format(decimals);
            auto again = exchange::Amount::parse(formatted, decimals, exchange::Amount::Sign::AllowNegative);
            require(again.ok() && again.value() == parsed.value());
        }
    }
    return 0;
}

namespace {

using exchange::encoding::JsonValue;

bool sameTree(const JsonValue &a, const JsonValue &b)
{
    if (a.kind != b.kind || a.text != b.text || a.raw.data() != b.raw.data() || a.raw.size() != b.raw.size()
        || a.members.size() != b.members.size() || a.items.size() != b.items.size())
        return false;
    for (std::size_t i = 0; i < a.members.size(); ++i) {
        if (a.members[i].first != b.members[i].first || !sameTree(a.members[i].second, b.members[i].second))
            return false;
    }
    for (std::size_t i = 0; i < a.items.size(); ++i) {
        if (!sameTree(a.items[i], b.items[i]))
            return false;
    }
    return true;
}

} // namespace

// The exact JSON reader: what the strict reader accepts, the records reader
// reads as the same tree; a record the records reader keeps is a document
// the strict reader accepts on its own, and one it refuses is refused on its
// own too (unless it was only too deep where it stood).
int json(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = text(data, size);
    auto strict = exchange::encoding::parseJson(input);
    if (strict)
        require(strict->kind != JsonValue::Kind::Invalid && strict->raw.size() <= input.size());
    for (const std::vector<std::string_view> &path : {std::vector<std::string_view>{}, std::vector<std::string_view>{"records"}}) {
        auto records = exchange::encoding::parseJsonRecords(input, path);
        if (strict)
            require(records.ok() && sameTree(strict.value(), records.value()));
        if (!records)
            continue;
        const JsonValue *list = path.empty() ? &records.value() : records->member("records");
        if (!list || list->kind != JsonValue::Kind::Array)
            continue;
        for (const JsonValue &item : list->items) {
            require(!item.raw.empty());
            auto alone = exchange::encoding::parseJson(item.raw);
            if (item.kind == JsonValue::Kind::Invalid)
                require(!alone || item.text.find("too deep") != std::string::npos);
            else
                require(alone.ok() && alone->raw.size() == item.raw.size());
        }
    }
    return 0;
}

Entry byName(std::string_view name)
{
    if (name == "strkey") return &strKey;
    if (name == "base32") return &base32;
    if (name == "hex") return &hex;
    if (name == "rlp") return &rlp;
    if (name == "msgpack") return &msgpack;
    if (name == "xdr") return &xdr;
    if (name == "amount") return &amount;
    if (name == "json") return &json;
    return nullptr;
}

} // namespace fuzzentries
