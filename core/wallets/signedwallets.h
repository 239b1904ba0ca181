#pragma once
// SignedWallets: the exchange's warm and cold wallet addresses in force as
// admins' signatures say, not as the wallets rows say: per (chain, tier,
// asset), the newest wallet.address statement (walletaddressstatement.h)
// that an admin in good standing signed with a key that chains to the
// vault's pin (AdminStatements). Others are skipped and listed as problems.
// What the collectors and replenishment check a destination against.
//
//   auto signedWallets = SignedWallets::read(db, pinnedAdminKey);
//   auto warm = signedWallets.value().inForce(Chain::Algorand, WalletTier::Warm, "ALGO"); // nullopt: never signed

#include "core/base/result.h"
#include "core/security/adminstatements.h"
#include "core/wallets/wallet.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::security { class TrustChain; }

namespace exchange::wallets {

class SignedWallets final
{
public:
    struct InForce {
        std::string address;
        std::int64_t statementId = 0;
        std::int64_t operatorId = 0;
        std::string signer;
        std::int64_t signedAtMs = 0;
    };

    // statements: the signed_statements of kind wallet.address, any order.
    SignedWallets(const security::TrustChain &chain, const std::vector<security::SignedStatementRecord> &statements);
    // The same from the database, traced from pinnedAdminKey (the vault's;
    // empty: nothing is trusted).
    static Result<SignedWallets> read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey);

    std::optional<InForce> inForce(Chain chain, WalletTier tier, const std::string &asset) const;
    const std::vector<security::AdminStatements::Problem> &problems() const { return m_statements.problems(); }

private:
    security::AdminStatements m_statements;
};

} // namespace exchange::wallets
