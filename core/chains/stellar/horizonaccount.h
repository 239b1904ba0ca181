#pragma once
// HorizonAccount: an account as Horizon's GET /accounts/{id} answers it,
// read exactly (amounts as their text, never through a double): its
// sequence number, subentries and sponsorships, the native balance with its
// selling liabilities, and every trustline (HorizonTrustline, its asset read
// as strictly as horizonAsset reads a record) and its data entries (the
// `data` object: each value base64 of at most 64 bytes). Lines of liquidity pool
// shares are passed over: no payment moves them. An answer that is not an
// account as Horizon writes one is an error naming what is wrong, never a
// partly read account.

#include "core/base/result.h"
#include "core/chains/stellar/horizontrustline.h"
#include "core/money/amount.h"
#include "core/money/assetidentity.h"

#include <QByteArray>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exchange::stellar {

class HorizonAccount final
{
public:
    // The 0.5 XLM base reserve (since protocol 10), in stroops.
    static constexpr std::int64_t kBaseReserve = 5'000'000;

    // The JSON body of a 200 answer. InvalidInput when it is not an account.
    static Result<HorizonAccount> fromJson(std::string_view json);

    std::int64_t sequence() const { return m_sequence; }
    std::int64_t subentries() const { return m_subentries; }
    Amount nativeBalance() const { return m_native; }
    // What the account must keep: (2 + subentries + sponsoring - sponsored)
    // base reserves.
    Amount minimumBalance() const;
    // The lumens it can send: the native balance less the minimum balance
    // and its selling liabilities, never below 0.
    Amount spendableLumens() const;
    // Its trustline to asset (code and issuer both), or nullptr without one.
    const HorizonTrustline *trustline(const AssetIdentity &asset) const;
    const std::vector<HorizonTrustline> &trustlines() const { return m_lines; }
    // The value of its data entry `name` (decoded), or nullopt without one.
    std::optional<QByteArray> dataEntry(const std::string &name) const;
    const std::map<std::string, QByteArray> &data() const { return m_data; }

private:
    std::int64_t m_sequence = 0;
    std::int64_t m_subentries = 0;
    std::int64_t m_sponsoring = 0;
    std::int64_t m_sponsored = 0;
    Amount m_native;
    Amount m_nativeSelling;
    std::vector<HorizonTrustline> m_lines;
    std::map<std::string, QByteArray> m_data;
};

} // namespace exchange::stellar
