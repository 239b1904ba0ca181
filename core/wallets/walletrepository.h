#pragma once
// SQL for the exchange's wallets (addresses per chain and tier, and the
// balance of the coin and of each token each chain last reported).

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/wallets/wallet.h"

#include <QSqlDatabase>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace exchange::wallets {

class WalletRepository final
{
public:
    WalletRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<std::vector<Wallet>> list() const;
    Result<std::optional<Wallet>> findByAddress(Chain chain, const std::string &address) const;
    // Refuses a second wallet at the same address.
    Result<Wallet> add(const Wallet &wallet, std::int64_t nowMs);
    Result<void> setChainBalance(std::int64_t id, Amount balance, std::int64_t readAtMs);
    // What a wallet holds of a token of its chain (`asset` names it).
    Result<void> setTokenBalance(std::int64_t id, const std::string &asset, Amount balance, std::int64_t readAtMs);
    struct TokenBalance {
        Amount balance;
        std::int64_t readAtMs = 0;
    };
    // Every reading, by (wallet id, asset).
    Result<std::map<std::pair<std::int64_t, std::string>, TokenBalance>> tokenBalances() const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::wallets
