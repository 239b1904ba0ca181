#pragma once
// SignerNode: the chain settings a process that signs or broadcasts the
// exchange's money (payouts, collection sweeps, replenishments) talks to
// the chain by. With an admin key pinned in the vault they are the settings
// an admin signed (SignedChainSettings), never the chain_settings rows: a
// node URL changed only in SQL could feed a signer a false balance, nonce or
// sequence, so it is ignored and the warning says so. A chain whose
// settings no admin signed keeps its rows, with a warning; with no pin at
// all the rows are all there is, which only serves following what was
// signed before: without a pin nothing is signed (PayoutService,
// SignerDestinations). The one place the payout worker, the
// collectors and exctl's payouts, collect and replenish commands take a
// node URL from.

#include "core/base/result.h"
#include "core/wallets/chainsettings.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <string>
#include <vector>

namespace exchange::security { class KeyVault; }

namespace exchange::wallets {

class WalletService;

struct SignerChainSettings {
    ChainSettings settings;            // what to talk to the chain by
    bool fromSignature = false;        // an admin signed them
    std::vector<std::string> warnings; // for the duty line and exctl's notes
};

class SignerNode final
{
public:
    // The pin the node is traced from: the vault's sealed one while it is
    // unlocked, else the one vault_keys lists (a locked process signs
    // nothing; it only follows what it signed before). Empty: none pinned.
    static Result<QByteArray> pin(const QSqlDatabase &db, const security::KeyVault &vault);

    // `rows`: the chain's settings as chain_settings holds them.
    static Result<SignerChainSettings> resolve(const QSqlDatabase &db, const QByteArray &pinnedAdminKey,
                                               const ChainSettings &rows);
    // Every chain's, from the wallet service's rows.
    static Result<std::vector<SignerChainSettings>> all(const QSqlDatabase &db, const security::KeyVault &vault,
                                                        const WalletService &wallets);
    static Result<std::vector<SignerChainSettings>> all(const QSqlDatabase &db, const QByteArray &pinnedAdminKey,
                                                        const WalletService &wallets);
    // One chain's.
    static Result<SignerChainSettings> of(const QSqlDatabase &db, const security::KeyVault &vault,
                                          const WalletService &wallets, Chain chain);
};

} // namespace exchange::wallets
