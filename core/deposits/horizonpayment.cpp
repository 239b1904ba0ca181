#include "core/deposits/horizonpayment.h"
#include "core/money/asset.h"

#include "core/chains/stellar/horizonasset.h"
#include "core/chains/stellar/strkey.h"
#include "core/encoding/exactjson.h"

#include <algorithm>
#include <charconv>
#include <string_view>

namespace exchange::deposits {

namespace {

using encoding::JsonValue;

Error malformed(const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "Horizon record " + why};
}

// A member's text when it is a string, else empty (Horizon writes every
// field read here as a string; anything else is not what it documents).
std::string stringMember(const JsonValue &object, std::string_view key)
{
    const JsonValue *v = object.member(key);
    return v && v->kind == JsonValue::Kind::String ? v->text : std::string();
}

bool isPaymentType(const std::string &type)
{
    // Each moves an asset to "to"; a path payment's "amount" is what "to"
    // received, in the destination asset.
    return type == "payment" || type == "path_payment_strict_receive" || type == "path_payment_strict_send";
}

} // namespace

Result<HorizonRecord> parseHorizonPayment(const QByteArray &json, const std::string &baseAccount,
                                          const std::vector<wallets::WatchedToken> &tokens)
{
    // The one exact reader: a record with a key given twice (two "amount"s,
    // say) is refused rather than read as either.
    auto doc = encoding::parseJson(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (!doc)
        return malformed("is not valid JSON: " + doc.error().message);
    if (doc->kind != JsonValue::Kind::Object)
        return malformed("is not a JSON object");
    const JsonValue &o = doc.value();
    HorizonRecord record;
    record.pagingToken = stringMember(o, "paging_token");
    const std::string id = stringMember(o, "id");
    if (record.pagingToken.empty() || id.empty())
        return malformed("has no id or paging_token");
    // The operation id is a TOID: ledger << 32 | transaction << 12 | operation
    // (1-based): its low 12 bits give the operation's index in its transaction.
    std::uint64_t toid = 0;
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), toid);
    if (ec != std::errc() || end != id.data() + id.size())
        return malformed("has an id that is not an operation id");

    if (!isPaymentType(stringMember(o, "type")))
        return record; // create_account, account_merge, …: not a deposit here
    const JsonValue *successful = o.member("transaction_successful");
    if (!successful || successful->kind != JsonValue::Kind::Bool || successful->text != "true")
        return record; // failed transactions move nothing
    if (stringMember(o, "to") != baseAccount)
        return record; // an outgoing payment of the base account

    // What the destination received: on a path payment the destination
    // side (source_asset_* is what the sender gave up).
    auto received = stellar::horizonAsset(o);
    if (!received)
        return malformed("has a malformed asset: " + received.error().message);
    std::string assetCode = nativeAssetOf(Chain::Stellar).code;
    if (!received.value().isNative()) {
        const auto watched = std::find_if(tokens.begin(), tokens.end(), [&](const wallets::WatchedToken &t) {
            return t.identity.kind == AssetKind::StellarCredit && t.identity.stellarCode == received.value().stellarCode
                && t.identity.issuer == received.value().issuer;
        });
        if (watched == tokens.end()) {
            // The same code from another issuer is another asset: anyone
            // can issue a "USDC".
            record.unwatchedAsset = received.value().stellarCode + ":" + received.value().issuer;
            return record;
        }
        assetCode = watched->asset;
    }

    const std::string hash = stringMember(o, "transaction_hash");
    auto amount = Amount::parse(stringMember(o, "amount"), 7);
    if (hash.size() != 64 || !amount || !amount.value().isPositive())
        return malformed("has a malformed transaction hash or amount");

    ObservedPayment p;
    p.chain = Chain::Stellar;
    p.txid = hash;
    p.index = static_cast<int>(toid & 0xfff) - 1;
    if (p.index < 0)
        return malformed("has an operation id without an operation index");
    p.asset = assetCode;
    p.token = received.value();
    p.to = baseAccount;
    p.from = stringMember(o, "from");
    p.amount = amount.value();
    p.height = static_cast<std::int64_t>(toid >> 32);
    if (const JsonValue *tx = o.member("transaction"); tx && tx->kind == JsonValue::Kind::Object) {
        const std::string memoType = stringMember(*tx, "memo_type");
        if (memoType == "text" || memoType == "id")
            p.memo = stringMember(*tx, "memo");
    }
    // Paid to a muxed address of the base account (SEP-23): Horizon gives
    // the M-address and its id beside "to"; they must agree.
    const std::string muxed = stringMember(o, "to_muxed");
    const std::string muxedId = stringMember(o, "to_muxed_id");
    if (!muxed.empty() || !muxedId.empty() || o.member("to_muxed_id")) {
        auto account = stellar::strkey::decodeMuxedAccount(muxed);
        auto base = stellar::strkey::decodeAccountId(baseAccount);
        if (!account || !base || account.value().publicKey != base.value()
            || std::to_string(account.value().id) != muxedId)
            return malformed("has a to_muxed that is not the base account's muxed address with the id to_muxed_id");
        p.muxedId = muxedId;
    }
    p.confirmed = true; // Horizon streams closed ledgers only
    record.payment = p;
    return record;
}

} // namespace exchange::deposits
