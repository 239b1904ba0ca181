#include "core/wallets/chainsettingsstatement.h"

#include "core/security/actor.h"
#include "core/security/signedstatements.h"

#include <array>
#include <charconv>
#include <utility>

namespace exchange::wallets {

namespace {

constexpr const char *kFeeWalletMax = "fee_wallet_max_units";
constexpr const char *kFeeWalletLow = "fee_wallet_low_units";

std::string units(const std::optional<Amount> &amount)
{
    return amount ? amount->toBaseUnitString() : std::string("none");
}

std::array<std::pair<const char *, std::string>, 6> fields(const ChainSettings &s)
{
    return {{{"node_url", s.nodeUrl},
             {"indexer_url", s.indexerUrl},
             {"confirmations", std::to_string(s.confirmations)},
             {"network", s.network},
             {kFeeWalletMax, units(s.feeWalletMax)},
             {kFeeWalletLow, units(s.feeWalletLow)}}};
}

// A fee wallet limit as stated: absent (every statement signed before the
// limits existed) or "none" is no limit; otherwise base units, never
// negative. False when the text is neither.
bool limitFrom(const std::optional<std::string> &text, std::optional<Amount> &limit)
{
    limit.reset();
    if (!text || *text == "none")
        return true;
    auto amount = Amount::fromBaseUnitString(*text);
    if (!amount || amount.value().isNegative())
        return false;
    limit = amount.value();
    return true;
}

} // namespace

security::Statement chainSettingsStatement(const ChainSettings &before, const ChainSettings &after)
{
    security::Statement s(kChainSettingsKind);
    s.add("chain", std::string(chainName(after.chain)));
    const auto was = fields(before);
    const auto now = fields(after);
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (was[i].second == now[i].second)
            continue;
        s.add(std::string("old.") + was[i].first, was[i].second);
        s.add(std::string("new.") + now[i].first, now[i].second);
    }
    for (const auto &[key, value] : now)
        s.add(key, value);
    return s;
}

std::optional<ChainSettings> chainSettingsFrom(const security::Statement &statement)
{
    if (statement.kind() != kChainSettingsKind)
        return std::nullopt;
    const auto chain = chainFromName(statement.value("chain").value_or(std::string()));
    const auto nodeUrl = statement.value("node_url");
    const auto indexerUrl = statement.value("indexer_url");
    const auto confirmations = statement.value("confirmations");
    const auto network = statement.value("network");
    if (!chain || !nodeUrl || !indexerUrl || !confirmations || !network)
        return std::nullopt;
    int count = 0;
    const auto [end, ec] = std::from_chars(confirmations->data(), confirmations->data() + confirmations->size(), count);
    if (ec != std::errc() || end != confirmations->data() + confirmations->size() || confirmations->empty())
        return std::nullopt;
    ChainSettings settings{*chain, *nodeUrl, *indexerUrl, count, *network};
    if (!limitFrom(statement.value(kFeeWalletMax), settings.feeWalletMax)
        || !limitFrom(statement.value(kFeeWalletLow), settings.feeWalletLow))
        return std::nullopt;
    return settings;
}

Result<std::int64_t> signChainSettings(const QSqlDatabase &db, const security::Actor &actor, const ChainSettings &before,
                                       const ChainSettings &after, std::int64_t nowMs)
{
    if (!actor.signer || fields(before) == fields(after))
        return std::int64_t{0};
    auto signed_ = security::SignedStatements(db).sign(actor, "chain", std::string(chainName(after.chain)),
                                                       chainSettingsStatement(before, after), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::wallets
