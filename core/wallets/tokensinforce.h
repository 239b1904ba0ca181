#pragma once
// The tokens of a chain whose money may move (deposits credited, payouts
// signed): every token asset
// of the chain (ERC-20, Stellar credit asset, ASA) whose row is the
// identity an admin signed (security::SignedAssetIdentities, traced from the
// key vault's pin). The answer is all or nothing: when any token asset of
// the chain cannot be shown to be in force (the vault is locked, no admin
// key is pinned, a row differs from what was signed) it is an error naming
// the asset, and the chain's watcher reads nothing further until it is
// resolved, so no payment is passed over and none is credited as the wrong
// token. A chain with no token asset needs no pin.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/assetidentity.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class Dialect;
}

namespace exchange::wallets {

struct WatchedToken {
    std::string asset;     // the asset's code ("USDC")
    AssetIdentity identity; // the signed identity, equal to the row's
    int decimals = 0;

    friend bool operator==(const WatchedToken &, const WatchedToken &) = default;
};

// The vault's pinned admin key: nullopt when none is pinned, WrongState
// while the vault is locked (security::KeyVault::pinnedAdminKey).
using PinnedKeySource = std::function<Result<std::optional<QByteArray>>()>;

// pin may be empty (no vault here): then only a chain without token assets
// answers.
Result<std::vector<WatchedToken>> tokensInForce(const QSqlDatabase &db, const Dialect &dialect, Chain chain,
                                                const PinnedKeySource &pin);

} // namespace exchange::wallets
