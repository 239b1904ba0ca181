#pragma once
// SignedChainSettings: each chain's settings in force (the node the payouts
// and watchers trust, the indexer, confirmations, network) as admins'
// signatures say, not as the chain_settings rows say: the newest
// chain.settings statement (chainsettingsstatement.h) that an admin in good
// standing signed with a key that chains to the vault's pin
// (AdminStatements). Others are skipped and listed as problems.
//
//   auto signedChains = SignedChainSettings::read(db, pinnedAdminKey);
//   auto node = signedChains.value().inForce(Chain::Stellar); // nullopt: never signed

#include "core/base/result.h"
#include "core/security/adminstatements.h"
#include "core/wallets/chainsettings.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::security { class TrustChain; }

namespace exchange::wallets {

class SignedChainSettings final
{
public:
    struct InForce {
        ChainSettings settings;
        std::int64_t statementId = 0;
        std::int64_t operatorId = 0;
        std::string signer;
        std::int64_t signedAtMs = 0;
    };

    // statements: the signed_statements of kind chain.settings, any order.
    SignedChainSettings(const security::TrustChain &chain, const std::vector<security::SignedStatementRecord> &statements);
    // The same from the database, traced from pinnedAdminKey (the vault's;
    // empty: nothing is trusted).
    static Result<SignedChainSettings> read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey);

    std::optional<InForce> inForce(Chain chain) const;
    const std::vector<security::AdminStatements::Problem> &problems() const { return m_statements.problems(); }

private:
    security::AdminStatements m_statements;
};

} // namespace exchange::wallets
