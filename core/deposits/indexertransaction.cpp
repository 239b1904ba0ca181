#include "core/deposits/indexertransaction.h"
#include "core/money/asset.h"

#include "core/chains/algorand/address.h"
#include "core/encoding/exactjson.h"

#include <limits>
#include <string_view>
#include <utility>

namespace exchange::deposits {

namespace {

using encoding::JsonValue;

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

Error refuse(const std::string &where, const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "indexer transaction " + where + " " + why};
}

// Reads a uint64 member; absent is nullopt when optional, an error otherwise.
Result<std::optional<std::uint64_t>> uintMember(const JsonValue &object, std::string_view key, bool required,
                                                const std::string &where)
{
    const JsonValue *v = object.member(key);
    if (!v) {
        if (required)
            return refuse(where, "has no \"" + std::string(key) + "\"");
        return std::optional<std::uint64_t>();
    }
    auto n = toUint64(*v);
    if (!n)
        return refuse(where, "has a \"" + std::string(key) + "\" that is not an integer from 0 to 2^64-1");
    return std::optional<std::uint64_t>(*n);
}

// A string member naming an address, checked (alphabet, length, checksum).
Result<std::optional<std::string>> addressMember(const JsonValue &object, std::string_view key, bool required,
                                                 const std::string &where)
{
    const JsonValue *v = object.member(key);
    if (!v) {
        if (required)
            return refuse(where, "has no \"" + std::string(key) + "\"");
        return std::optional<std::string>();
    }
    if (v->kind != JsonValue::Kind::String || !algorand::decodeAddress(v->text))
        return refuse(where, "has a \"" + std::string(key) + "\" that is not an Algorand address");
    return std::optional<std::string>(v->text);
}

struct RecordContext {
    const IndexerWatch &watch;
    std::string txid;
    std::int64_t round = 0;
    bool confirmed = false;
    int nextInner = 0; // k of the next inner transaction, depth-first
    std::vector<ObservedPayment> payments;
};

// A deposit candidate: `amount` of `asset` (identity `token`) to `to`,
// in slot `slot`. Nothing when it moves nothing, is the exchange's own
// movement, or reaches no watched address.
void report(RecordContext &ctx, const std::string &to, const std::string &from, std::uint64_t amount, int slot,
            bool internal, const std::string &asset, const AssetIdentity &token)
{
    if (internal || amount == 0 || ctx.watch.receivers.count(to) == 0)
        return;
    ObservedPayment p;
    p.chain = Chain::Algorand;
    p.txid = ctx.txid;
    p.index = slot;
    p.asset = asset;
    p.to = to;
    p.from = from;
    p.amount = Amount::fromBaseUnits(static_cast<int128>(amount));
    p.confirmed = ctx.confirmed;
    p.height = ctx.round;
    p.token = token;
    ctx.payments.push_back(std::move(p));
}

// What a pay and an axfer have alike: an amount to "receiver" and, when
// the sender closed out, "close-amount" to the address under closeKey.
struct Transfer {
    std::string receiver;
    std::uint64_t amount = 0;
    std::optional<std::string> closeTo;
    std::optional<std::uint64_t> closeAmount; // absent in the record: nullopt
};

Result<Transfer> readTransfer(const JsonValue &fields, std::string_view closeKey, const std::string &where)
{
    auto receiver = addressMember(fields, "receiver", true, where);
    if (!receiver)
        return receiver.error();
    auto amount = uintMember(fields, "amount", true, where);
    if (!amount)
        return amount.error();
    auto closeTo = addressMember(fields, closeKey, false, where);
    if (!closeTo)
        return closeTo.error();
    auto closeAmount = uintMember(fields, "close-amount", false, where);
    if (!closeAmount)
        return closeAmount.error();
    if (closeAmount.value().value_or(0) > 0 && !closeTo.value())
        return refuse(where, "has a \"close-amount\" without \"" + std::string(closeKey) + "\"");
    return Transfer{*receiver.value(), *amount.value(), closeTo.value(), closeAmount.value()};
}

// A "pay": algos to "receiver" and, when the sender closed its account,
// "close-amount" to "close-remainder-to".
Result<void> readPayment(const JsonValue &tx, const std::string &sender, int index, const std::string &where,
                         RecordContext &ctx)
{
    const JsonValue *field = tx.member("payment-transaction");
    if (!field || field->kind != JsonValue::Kind::Object)
        return refuse(where, "is a payment without \"payment-transaction\"");
    auto pay = readTransfer(*field, "close-remainder-to", where);
    if (!pay)
        return pay.error();
    const Transfer &t = pay.value();
    const bool internal = ctx.watch.ignoredSenders.count(sender) > 0;
    const std::string &algo = nativeAssetOf(Chain::Algorand).code; // a pay transaction moves algos, never an ASA
    report(ctx, t.receiver, sender, t.amount, index, internal, algo, AssetIdentity::native());
    if (t.closeTo)
        report(ctx, *t.closeTo, sender, t.closeAmount.value_or(0), index + 1, internal, algo, AssetIdentity::native());
    return {};
}

// An "axfer": units of the ASA "asset-id" to "receiver" and, when the
// sender gave the asset up, "close-amount" to "close-to". Checked whatever
// the asset, credited only for a watched one.
Result<void> readAssetTransfer(const JsonValue &tx, const std::string &sender, int index, const std::string &where,
                               RecordContext &ctx)
{
    const JsonValue *field = tx.member("asset-transfer-transaction");
    if (!field || field->kind != JsonValue::Kind::Object)
        return refuse(where, "is an asset transfer without \"asset-transfer-transaction\"");
    auto assetId = uintMember(*field, "asset-id", true, where);
    if (!assetId)
        return assetId.error();
    if (*assetId.value() == 0)
        return refuse(where, "has an \"asset-id\" of 0, which names no asset");
    auto axfer = readTransfer(*field, "close-to", where);
    if (!axfer)
        return axfer.error();
    const Transfer &t = axfer.value();
    // A clawback: the units leave this account, not the sender's.
    auto assetSender = addressMember(*field, "sender", false, where);
    if (!assetSender)
        return assetSender.error();

    const auto watched = ctx.watch.assets.find(*assetId.value());
    if (watched == ctx.watch.assets.end())
        return {};
    const wallets::WatchedToken &token = watched->second;
    // What a close to us paid cannot be credited exactly without it.
    if (t.closeTo && !t.closeAmount && ctx.watch.receivers.count(*t.closeTo))
        return refuse(where, "closes to a watched address without \"close-amount\"");
    const std::string from = assetSender.value().value_or(sender);
    const bool internal = ctx.watch.ignoredSenders.count(sender) > 0 || ctx.watch.ignoredSenders.count(from) > 0;
    // To oneself (an opt-in, say) the balance does not change.
    if (t.receiver != from)
        report(ctx, t.receiver, from, t.amount, index, internal, token.asset, token.identity);
    if (t.closeTo && *t.closeTo != from)
        report(ctx, *t.closeTo, from, t.closeAmount.value_or(0), index + 1, internal, token.asset, token.identity);
    return {};
}

// One transaction of the tree: its payment or asset transfer and close,
// then its inner transactions. `index` is where its two slots start.
Result<void> readTransaction(const JsonValue &tx, int index, const std::string &where, RecordContext &ctx)
{
    if (tx.kind != JsonValue::Kind::Object)
        return refuse(where, "is not an object");
    const JsonValue *type = tx.member("tx-type");
    if (!type || type->kind != JsonValue::Kind::String)
        return refuse(where, "has no \"tx-type\"");
    auto sender = addressMember(tx, "sender", true, where);
    if (!sender)
        return sender.error();

    if (type->text == "pay") {
        if (auto read = readPayment(tx, *sender.value(), index, where, ctx); !read)
            return read;
    } else if (type->text == "axfer") {
        if (auto read = readAssetTransfer(tx, *sender.value(), index, where, ctx); !read)
            return read;
    }

    const JsonValue *inner = tx.member("inner-txns");
    if (!inner)
        return {};
    if (inner->kind != JsonValue::Kind::Array)
        return refuse(where, "has \"inner-txns\" that is not an array");
    for (const JsonValue &child : inner->items) {
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
    if (tx.kind == JsonValue::Kind::Invalid)
        return refuse(where, "could not be read: " + tx.text);
    if (tx.kind != JsonValue::Kind::Object)
        return refuse(where, "is not an object");
    const JsonValue *id = tx.member("id");
    if (!id || id->kind != JsonValue::Kind::String || !algorand::decodeTxId(id->text))
        return refuse(where, "has no transaction id (52 base32 characters)");
    where = id->text;
    // The indexer serves only transactions in a block; one without its
    // round cannot be placed before or after a cursor.
    auto round = uintMember(tx, "confirmed-round", true, where);
    if (!round)
        return round.error();
    if (*round.value() == 0 || *round.value() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return refuse(where, "has a \"confirmed-round\" out of range");

    RecordContext ctx{watch, id->text, static_cast<std::int64_t>(*round.value()), false, 0, {}};
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
    auto doc = encoding::parseJsonRecords(std::string_view(json.constData(), static_cast<size_t>(json.size())), {"transactions"});
    if (!doc)
        return malformedPage("could not be read: " + doc.error().message);
    if (doc->kind != JsonValue::Kind::Object)
        return malformedPage("is not a JSON object");
    IndexerPage page;

    const JsonValue *current = doc->member("current-round");
    if (!current)
        return malformedPage("has no \"current-round\"");
    auto currentRound = toUint64(*current);
    if (!currentRound || *currentRound > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return malformedPage("has a \"current-round\" that is not a round number");
    page.currentRound = static_cast<std::int64_t>(*currentRound);

    if (const JsonValue *next = doc->member("next-token")) {
        if (next->kind != JsonValue::Kind::String)
            return malformedPage("has a \"next-token\" that is not a string");
        if (!next->text.empty())
            page.nextToken = next->text;
    }

    const JsonValue *transactions = doc->member("transactions");
    if (!transactions || transactions->kind != JsonValue::Kind::Array)
        return malformedPage("has no \"transactions\" array");

    int position = 0;
    for (const JsonValue &tx : transactions->items) {
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
