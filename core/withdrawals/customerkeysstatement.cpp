#include "core/withdrawals/customerkeysstatement.h"

#include "core/security/actor.h"
#include "core/security/signedstatements.h"

#include <charconv>

namespace exchange::withdrawals {

namespace {

std::optional<std::int64_t> number(const std::optional<std::string> &text)
{
    if (!text || text->empty())
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size())
        return std::nullopt;
    return value;
}

} // namespace

security::Statement customerKeysStatement(const WithdrawalKeyPolicy &after, const std::string &change)
{
    std::string keys;
    for (const WithdrawalKey &k : after.keys)
        keys += (keys.empty() ? "" : ",") + std::string(chainName(k.chain)) + ":" + k.address;
    security::Statement s(kCustomerKeysKind);
    s.add("customer", after.customerId).add("change", change).add("keys", keys).add("required", after.required);
    return s;
}

std::optional<WithdrawalKeyPolicy> customerKeysFrom(const security::Statement &statement)
{
    const auto customer = number(statement.value("customer"));
    const auto required = number(statement.value("required"));
    const auto keys = statement.value("keys");
    if (statement.kind() != kCustomerKeysKind || !customer || *customer <= 0 || !required || *required < 1
        || *required > 1000 || !keys)
        return std::nullopt;
    WithdrawalKeyPolicy policy;
    policy.customerId = *customer;
    policy.required = static_cast<int>(*required);
    std::size_t start = 0;
    while (start < keys->size()) {
        const std::size_t end = std::min(keys->find(',', start), keys->size());
        const std::string key = keys->substr(start, end - start);
        const std::size_t colon = key.find(':');
        const auto chain = colon == std::string::npos ? std::nullopt : chainFromName(key.substr(0, colon));
        if (!chain || colon + 1 >= key.size())
            return std::nullopt;
        policy.keys.push_back(WithdrawalKey{*customer, *chain, key.substr(colon + 1), {}, 0});
        start = end + 1;
    }
    return policy;
}

Result<std::int64_t> signCustomerKeys(const QSqlDatabase &db, const security::Actor &actor,
                                      const WithdrawalKeyPolicy &after, const std::string &change, std::int64_t nowMs)
{
    if (!actor.signer)
        return std::int64_t{0};
    auto signed_ = security::SignedStatements(db).sign(actor, "customer", std::to_string(after.customerId),
                                                       customerKeysStatement(after, change), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::withdrawals
