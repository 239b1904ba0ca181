#include "core/wallets/chainsettingsstatement.h"

#include "core/security/actor.h"
#include "core/security/signedstatements.h"

#include <array>
#include <utility>

namespace exchange::wallets {

namespace {

std::array<std::pair<const char *, std::string>, 4> fields(const ChainSettings &s)
{
    return {{{"node_url", s.nodeUrl},
             {"indexer_url", s.indexerUrl},
             {"confirmations", std::to_string(s.confirmations)},
             {"network", s.network}}};
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
