#include "core/chains/stellar/horizonaccount.h"

#include "core/chains/stellar/horizonasset.h"
#include "core/chains/stellar/horizonnumber.h"
#include "core/crypto/base64.h"
#include "core/encoding/exactjson.h"

#include <algorithm>
#include <optional>

namespace exchange::stellar {

namespace {

using encoding::JsonValue;

Error malformed(const std::string &why)
{
    return Error{ErrorCode::InvalidInput, "Horizon's account: " + why};
}

// An amount as Horizon writes it: a string of 7 decimals, never negative.
std::optional<Amount> stroops(const JsonValue *v)
{
    if (!v || v->kind != JsonValue::Kind::String)
        return std::nullopt;
    auto parsed = Amount::parse(v->text, 7);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

Result<HorizonTrustline> trustlineFrom(const JsonValue &line)
{
    auto asset = horizonAsset(line);
    if (!asset)
        return malformed("a balance line: " + asset.error().message);
    HorizonTrustline t;
    t.asset = asset.value();
    const std::string name = asset.value().stellarCode + ":" + asset.value().issuer;
    const auto balance = stroops(line.member("balance"));
    const auto limit = stroops(line.member("limit"));
    const auto buying = stroops(line.member("buying_liabilities"));
    const auto selling = stroops(line.member("selling_liabilities"));
    const JsonValue *authorized = line.member("is_authorized");
    if (!balance || !limit || !buying || !selling)
        return malformed("the line of " + name + " lacks balance, limit or liabilities as amounts");
    if (!authorized || authorized->kind != JsonValue::Kind::Bool)
        return malformed("the line of " + name + " does not say is_authorized");
    t.balance = *balance;
    t.limit = *limit;
    t.buyingLiabilities = *buying;
    t.sellingLiabilities = *selling;
    t.authorized = authorized->text == "true";
    return t;
}

} // namespace

Result<HorizonAccount> HorizonAccount::fromJson(std::string_view json)
{
    auto parsed = encoding::parseJson(json);
    if (!parsed || parsed.value().kind != JsonValue::Kind::Object)
        return malformed("not a JSON object");
    const JsonValue &a = parsed.value();
    HorizonAccount account;
    const auto sequence = horizonWholeNumber(a.member("sequence"));
    const auto subentries = horizonWholeNumber(a.member("subentry_count"));
    if (!sequence || !subentries)
        return malformed("no sequence or subentry_count");
    account.m_sequence = *sequence;
    account.m_subentries = *subentries;
    // Absent before protocol 14 (sponsorship): none.
    account.m_sponsoring = horizonWholeNumber(a.member("num_sponsoring")).value_or(0);
    account.m_sponsored = horizonWholeNumber(a.member("num_sponsored")).value_or(0);
    const JsonValue *balances = a.member("balances");
    if (!balances || balances->kind != JsonValue::Kind::Array)
        return malformed("no balances");
    bool native = false;
    for (const JsonValue &b : balances->items) {
        const JsonValue *type = b.member("asset_type");
        if (!type || type->kind != JsonValue::Kind::String)
            return malformed("a balance line without asset_type");
        if (type->text == "liquidity_pool_shares")
            continue;
        if (type->text == "native") {
            const auto held = stroops(b.member("balance"));
            if (!held || native)
                return malformed(native ? "two native balances" : "the native balance is not an amount");
            account.m_native = *held;
            // Absent before protocol 10 (liabilities): none.
            account.m_nativeSelling = stroops(b.member("selling_liabilities")).value_or(Amount::zero());
            native = true;
            continue;
        }
        auto line = trustlineFrom(b);
        if (!line)
            return line.error();
        if (account.trustline(line.value().asset))
            return malformed("two lines of " + line.value().asset.describe());
        account.m_lines.push_back(line.value());
    }
    if (!native)
        return malformed("no native balance");
    // Absent in answers of old Horizons: no entries.
    if (const JsonValue *data = a.member("data")) {
        if (data->kind != JsonValue::Kind::Object)
            return malformed("data is not an object");
        for (const auto &[name, value] : data->members) {
            if (name.empty() || name.size() > 64)
                return malformed("a data entry's name is not 1 to 64 bytes");
            auto bytes = value.kind == JsonValue::Kind::String ? base64::decode(value.text)
                                                                : Result<QByteArray>(Error{ErrorCode::InvalidInput, "not a string"});
            if (!bytes || bytes.value().size() > 64)
                return malformed("the data entry " + name + " is not base64 of at most 64 bytes");
            if (!account.m_data.emplace(name, bytes.value()).second)
                return malformed("two data entries " + name);
        }
    }
    return account;
}

Amount HorizonAccount::minimumBalance() const
{
    return Amount::fromBaseUnits(static_cast<int128>(2 + m_subentries + m_sponsoring - m_sponsored) * kBaseReserve);
}

Amount HorizonAccount::spendableLumens() const
{
    const int128 free = m_native.baseUnits() - minimumBalance().baseUnits() - m_nativeSelling.baseUnits();
    return Amount::fromBaseUnits(std::max<int128>(free, 0));
}

const HorizonTrustline *HorizonAccount::trustline(const AssetIdentity &asset) const
{
    const auto it = std::find_if(m_lines.begin(), m_lines.end(), [&asset](const HorizonTrustline &t) { return t.asset == asset; });
    return it == m_lines.end() ? nullptr : &*it;
}

std::optional<QByteArray> HorizonAccount::dataEntry(const std::string &name) const
{
    const auto it = m_data.find(name);
    if (it == m_data.end())
        return std::nullopt;
    return it->second;
}

} // namespace exchange::stellar
