#include "core/deposits/indexertransaction.h"

#include "core/chains/algorand/address.h"

#include <limits>
#include <string_view>
#include <utility>

namespace exchange::deposits {

namespace {

// A JSON value that keeps numbers as their literal text. QJsonDocument
// turns integers above 2^63 and every fraction or exponent into a double,
// which can neither hold 2^64 - 1 microalgos nor tell "5" from "5.0".
struct JsonValue {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    std::string text; // a number's literal, or a string's decoded UTF-8
    std::vector<JsonValue> items;
    std::vector<std::pair<std::string, JsonValue>> members;
};

class JsonReader final
{
public:
    explicit JsonReader(std::string_view text) : m_text(text) {}

    // The whole text must be one value, with nothing but white space around it.
    std::optional<JsonValue> document()
    {
        JsonValue value;
        if (!parseValue(value, 0))
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return value;
    }

private:
    static constexpr int kMaxDepth = 64; // the protocol nests inner transactions 8 deep at most

    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }
    bool parseValue(JsonValue &out, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text[m_pos];
        if (c == '{')
            return parseObject(out, depth);
        if (c == '[')
            return parseArray(out, depth);
        if (c == '"') {
            out.kind = JsonValue::Kind::String;
            return parseString(out.text);
        }
        if (c == 't' || c == 'f') {
            out.kind = JsonValue::Kind::Bool;
            out.boolean = c == 't';
            return literal(c == 't' ? "true" : "false");
        }
        if (c == 'n') {
            out.kind = JsonValue::Kind::Null;
            return literal("null");
        }
        out.kind = JsonValue::Kind::Number;
        return parseNumber(out.text);
    }
    bool parseObject(JsonValue &out, int depth)
    {
        out.kind = JsonValue::Kind::Object;
        ++m_pos; // '{'
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            std::string key;
            if (m_pos >= m_text.size() || m_text[m_pos] != '"' || !parseString(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return false;
            ++m_pos;
            JsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            out.members.emplace_back(std::move(key), std::move(value));
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != ',')
                return false;
            ++m_pos;
        }
    }
    bool parseArray(JsonValue &out, int depth)
    {
        out.kind = JsonValue::Kind::Array;
        ++m_pos; // '['
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            JsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            out.items.push_back(std::move(value));
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            if (m_text[m_pos] != ',')
                return false;
            ++m_pos;
        }
    }
    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(std::uint32_t &unit)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_text[m_pos++]);
            if (d < 0)
                return false;
            unit = unit * 16 + static_cast<std::uint32_t>(d);
        }
        return true;
    }
    static void appendUtf8(std::string &out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xc0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xe0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            out += static_cast<char>(0xf0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            out += static_cast<char>(0x80 | (cp & 0x3f));
        }
    }
    bool parseString(std::string &out)
    {
        ++m_pos; // '"'
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            switch (m_text[m_pos++]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t unit = 0;
                if (!hex4(unit))
                    return false;
                if (unit >= 0xdc00 && unit <= 0xdfff)
                    return false; // a low surrogate without its high one
                if (unit >= 0xd800 && unit <= 0xdbff) {
                    std::uint32_t low = 0;
                    if (!literal("\\u") || !hex4(low) || low < 0xdc00 || low > 0xdfff)
                        return false;
                    unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                }
                appendUtf8(out, unit);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }
    // JSON's number grammar, kept as text: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool parseNumber(std::string &out)
    {
        const size_t start = m_pos;
        const auto digits = [this] {
            const size_t from = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0')
            ++m_pos;
        else if (digits() == 0)
            return false;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (digits() == 0)
                return false;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return false;
        }
        out.assign(m_text.substr(start, m_pos - start));
        return true;
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

// Plain decimal digits only: the indexer writes uint64 fields as integers,
// so a sign, a fraction or an exponent means the record is not what the
// documentation promises.
std::optional<std::uint64_t> toUint64(const JsonValue &v)
{
    if (v.kind != JsonValue::Kind::Number || v.text.empty())
        return std::nullopt;
    std::uint64_t n = 0;
    for (char c : v.text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (n > (std::numeric_limits<std::uint64_t>::max() - d) / 10)
            return std::nullopt;
        n = n * 10 + d;
    }
    return n;
}

// A member of an object, refusing a key given twice: which of two amounts
// would be the real one?
Result<const JsonValue *> member(const JsonValue &object, std::string_view key)
{
    const JsonValue *found = nullptr;
    for (const auto &[name, value] : object.members) {
        if (name != key)
            continue;
        if (found)
            return Error{ErrorCode::InvalidInput, "has \"" + std::string(key) + "\" twice"};
        found = &value;
    }
    return found;
}

Error refuse(const std::string &where, const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "indexer transaction " + where + " " + why};
}

// Reads a uint64 member; absent is nullopt when optional, an error otherwise.
Result<std::optional<std::uint64_t>> uintMember(const JsonValue &object, std::string_view key, bool required,
                                                const std::string &where)
{
    auto v = member(object, key);
    if (!v)
        return refuse(where, v.error().message);
    if (!v.value()) {
        if (required)
            return refuse(where, "has no \"" + std::string(key) + "\"");
        return std::optional<std::uint64_t>();
    }
    auto n = toUint64(*v.value());
    if (!n)
        return refuse(where, "has a \"" + std::string(key) + "\" that is not an integer from 0 to 2^64-1");
    return std::optional<std::uint64_t>(*n);
}

// A string member naming an address, checked (alphabet, length, checksum).
Result<std::optional<std::string>> addressMember(const JsonValue &object, std::string_view key, bool required,
                                                 const std::string &where)
{
    auto v = member(object, key);
    if (!v)
        return refuse(where, v.error().message);
    if (!v.value()) {
        if (required)
            return refuse(where, "has no \"" + std::string(key) + "\"");
        return std::optional<std::string>();
    }
    if (v.value()->kind != JsonValue::Kind::String || !algorand::decodeAddress(v.value()->text))
        return refuse(where, "has a \"" + std::string(key) + "\" that is not an Algorand address");
    return std::optional<std::string>(v.value()->text);
}

struct RecordContext {
    const IndexerWatch &watch;
    std::string txid;
    std::int64_t round = 0;
    bool confirmed = false;
    int nextInner = 0; // k of the next inner transaction, depth-first
    std::vector<ObservedPayment> payments;
};

// One transaction of the tree: its payment and close (if it is a "pay"),
// then its inner transactions. `index` is where its two slots start.
Result<void> readTransaction(const JsonValue &tx, int index, const std::string &where, RecordContext &ctx)
{
    if (tx.kind != JsonValue::Kind::Object)
        return refuse(where, "is not an object");
    auto type = member(tx, "tx-type");
    if (!type)
        return refuse(where, type.error().message);
    if (!type.value() || type.value()->kind != JsonValue::Kind::String)
        return refuse(where, "has no \"tx-type\"");
    auto sender = addressMember(tx, "sender", true, where);
    if (!sender)
        return sender.error();

    if (type.value()->text == "pay") {
        auto payField = member(tx, "payment-transaction");
        if (!payField)
            return refuse(where, payField.error().message);
        if (!payField.value() || payField.value()->kind != JsonValue::Kind::Object)
            return refuse(where, "is a payment without \"payment-transaction\"");
        const JsonValue &pay = *payField.value();
        auto receiver = addressMember(pay, "receiver", true, where);
        if (!receiver)
            return receiver.error();
        auto amount = uintMember(pay, "amount", true, where);
        if (!amount)
            return amount.error();
        auto closeTo = addressMember(pay, "close-remainder-to", false, where);
        if (!closeTo)
            return closeTo.error();
        auto closeAmount = uintMember(pay, "close-amount", false, where);
        if (!closeAmount)
            return closeAmount.error();
        if (closeAmount.value().value_or(0) > 0 && !closeTo.value())
            return refuse(where, "has a \"close-amount\" without \"close-remainder-to\"");

        const bool internal = ctx.watch.ignoredSenders.count(*sender.value()) > 0;
        const auto report = [&](const std::string &to, std::uint64_t micro, int slot) {
            if (internal || micro == 0 || ctx.watch.receivers.count(to) == 0)
                return;
            ObservedPayment p;
            p.chain = Chain::Algorand;
            p.txid = ctx.txid;
            p.index = slot;
            p.asset = "ALGO";
            p.to = to;
            p.from = *sender.value();
            p.amount = Amount::fromBaseUnits(static_cast<int128>(micro));
            p.confirmed = ctx.confirmed;
            p.height = ctx.round;
            ctx.payments.push_back(std::move(p));
        };
        report(*receiver.value(), *amount.value(), index);
        if (closeTo.value())
            report(*closeTo.value(), closeAmount.value().value_or(0), index + 1);
    }

    auto inner = member(tx, "inner-txns");
    if (!inner)
        return refuse(where, inner.error().message);
    if (!inner.value())
        return {};
    if (inner.value()->kind != JsonValue::Kind::Array)
        return refuse(where, "has \"inner-txns\" that is not an array");
    for (const JsonValue &child : inner.value()->items) {
        const int k = ctx.nextInner++;
        if (k > (std::numeric_limits<int>::max() - 3) / 2)
            return refuse(where, "has too many inner transactions");
        if (auto done = readTransaction(child, 2 + 2 * k, where + " (inner " + std::to_string(k) + ")", ctx); !done)
            return done;
    }
    return {};
}

Result<std::vector<ObservedPayment>> readRecord(const JsonValue &tx, int position, std::int64_t currentRound,
                                                const IndexerWatch &watch)
{
    std::string where = "#" + std::to_string(position);
    if (tx.kind != JsonValue::Kind::Object)
        return refuse(where, "is not an object");
    auto id = member(tx, "id");
    if (!id)
        return refuse(where, id.error().message);
    if (!id.value() || id.value()->kind != JsonValue::Kind::String || !algorand::decodeTxId(id.value()->text))
        return refuse(where, "has no transaction id (52 base32 characters)");
    where = id.value()->text;
    // The indexer serves only transactions in a block; one without its
    // round cannot be placed before or after a cursor.
    auto round = uintMember(tx, "confirmed-round", true, where);
    if (!round)
        return round.error();
    if (*round.value() == 0 || *round.value() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return refuse(where, "has a \"confirmed-round\" out of range");

    RecordContext ctx{watch, id.value()->text, static_cast<std::int64_t>(*round.value()), false, 0, {}};
    const int confirmations = std::max(1, watch.confirmations);
    ctx.confirmed = ctx.round <= currentRound - (confirmations - 1);
    if (auto done = readTransaction(tx, 0, where, ctx); !done)
        return done.error();
    return std::move(ctx.payments);
}

Error malformedPage(const std::string &why)
{
    return Error{ErrorCode::Unavailable, "the indexer's transactions page " + why};
}

} // namespace

Result<IndexerPage> parseIndexerTransactions(const QByteArray &json, const IndexerWatch &watch)
{
    auto doc = JsonReader(std::string_view(json.constData(), static_cast<size_t>(json.size()))).document();
    if (!doc || doc->kind != JsonValue::Kind::Object)
        return malformedPage("is not a JSON object");
    IndexerPage page;

    auto current = member(*doc, "current-round");
    if (!current || !current.value())
        return malformedPage("has no single \"current-round\"");
    auto currentRound = toUint64(*current.value());
    if (!currentRound || *currentRound > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return malformedPage("has a \"current-round\" that is not a round number");
    page.currentRound = static_cast<std::int64_t>(*currentRound);

    auto next = member(*doc, "next-token");
    if (!next)
        return malformedPage("has \"next-token\" twice");
    if (next.value()) {
        if (next.value()->kind != JsonValue::Kind::String)
            return malformedPage("has a \"next-token\" that is not a string");
        if (!next.value()->text.empty())
            page.nextToken = next.value()->text;
    }

    auto transactions = member(*doc, "transactions");
    if (!transactions || !transactions.value() || transactions.value()->kind != JsonValue::Kind::Array)
        return malformedPage("has no \"transactions\" array");

    int position = 0;
    for (const JsonValue &tx : transactions.value()->items) {
        ++page.records;
        auto payments = readRecord(tx, position++, page.currentRound, watch);
        if (!payments) {
            page.refused.push_back(payments.error());
            continue;
        }
        for (ObservedPayment &p : payments.value())
            page.payments.push_back(std::move(p));
    }
    return page;
}

} // namespace exchange::deposits
