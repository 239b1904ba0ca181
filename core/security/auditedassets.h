#pragma once
// AuditedAssets: an admin adds an asset that is a token of its chain (an
// ERC-20 contract, a Stellar credit asset, an Algorand ASA). It checks that
// the actor may (ChangeMoneySettings: an admin in person with a confirmed
// two-factor code) and that what was typed is well formed (check()), then,
// in one transaction: the assets row with every setting at zero, an audit
// record ("asset.add") and the admin's signed asset.identity statement,
// which is what makes the token money (SignedAssetIdentities). A refusal
// writes nothing. Asking the node (chains::confirmTokenDecimals) is the
// caller's, off the GUI thread, before add(); add() takes its answer.

#include "core/security/actor.h"
#include "core/security/auditlog.h"
#include "core/store/assetsettings.h"

#include <optional>

namespace exchange {
class Clock;
class Database;
class ChangeNotifier;
} // namespace exchange

namespace exchange::security {

class AuditedAssets final
{
public:
    AuditedAssets(Database &database, const Clock &clock, ChangeNotifier *notifier = nullptr);

    // The asset as it will be stored (the identity in canonical spelling),
    // or why it cannot be: the code (1 to 12 capital letters and digits),
    // the name, decimals that fit the kind (Stellar: 7; ASA: at most 19),
    // display decimals within them, the identity (chains::canonicalTokenIdentity).
    static Result<Asset> check(const Asset &typed);

    // nodeDecimals: what the chain's node answered for the token
    // (chains::confirmTokenDecimals); it must agree with typed.decimals.
    // Conflict when the code or the token is an asset already.
    Result<AssetRecord> add(const Actor &actor, const Asset &typed, std::optional<int> nodeDecimals);

private:
    Database &m_database;
    const Clock &m_clock;
    ChangeNotifier *m_notifier;
    AuditLog m_audit;
};

} // namespace exchange::security
