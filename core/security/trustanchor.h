#pragma once
// The first link of the chain of trust: once the key vault pins an admin's
// signing key (at its creation, or at the first unlock by an admin who can
// sign), that admin's own registration, signed by the pinned key, is what
// TrustChain starts from. Called after creating or unlocking the vault.

#include "core/base/result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace exchange::security {

struct Actor;
class KeyVault;
class OperatorService;

// Registers the admin's own key when the vault pins exactly it and their
// registration is not current; nothing otherwise.
Result<void> registerPinnedAdmin(OperatorService &operators, const KeyVault &vault, const Actor &admin);

// The pinned key as vault_keys lists it in the clear (public_id), readable
// while the vault is locked; empty when none is pinned. A row like any
// other, so for display only (the Settings screen's Signed column, the
// Withdrawals screen's verified marks): what decides uses
// KeyVault::pinnedAdminKey(), which is sealed.
Result<QByteArray> listedPinnedAdminKey(const QSqlDatabase &db);

} // namespace exchange::security
