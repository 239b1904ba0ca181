#pragma once
// AlgorandOptIns: the exchange's own Algorand wallets (hot, warm, cold)
// accepting the ASAs in force. An Algorand account can hold an ASA only
// after it opted in: an asset transfer of 0 units from itself to itself,
// which raises its minimum balance by 0.1 ALGO and costs a fee. Hot must
// have opted in before it can receive an ASA from warm or pay it out;
// warm and cold before they can hold it.
//
//  - list(): per exchange wallet and ASA in force (wallets::tokensInForce,
//    the identity an admin signed), its holding as algod says it (none: not
//    opted in).
//  - optInHot(): signed with the vault's "hot:algorand" key (which must be
//    hot's) and sent to algod.
//  - exportOptIn(): for warm or cold, whose keys the console never holds:
//    the unsigned transaction (canonical msgpack of the txn, what algosdk's
//    decodeUnsignedTransaction() reads, as replenishment exports are) for
//    offline signing; the signed file is sent with any algod client.
// Both are an admin's decision with a confirmed code, made in person
// (ChangeMoneySettings), audited ("algorand.opt_in", "algorand.opt_in_exported"),
// and refuse (nothing signed, nothing written) an asset that is not an ASA
// in force, a wallet that has opted in already, and a wallet whose ALGO
// above its minimum balance does not cover the fee and the 0.1 ALGO the
// opt-in adds to it. The fee is algod's rule for the largest asset
// transfer (AlgorandPayer::assetFeeFor); the transaction is valid for 1,000
// rounds from algod's last round. Synchronous (waits for algod): exctl, not
// the GUI thread.

#include "core/base/result.h"
#include "core/chains/algorand/algodclient.h"
#include "core/money/amount.h"
#include "core/money/asset.h"
#include "core/wallets/tokensinforce.h"
#include "core/wallets/wallet.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <vector>

namespace exchange {
class Clock;
class Database;
}
namespace exchange::security { class AuditLog; class KeyVault; struct Actor; }
namespace exchange::wallets { class WalletService; }

namespace exchange::withdrawals {

class AlgorandOptIns final
{
public:
    AlgorandOptIns(Database &database, security::AuditLog &audit, wallets::WalletService &wallets,
                   algorand::AlgodClient &algod);

    struct Row {
        wallets::Wallet wallet;
        std::string asset; // the asset's code
        std::uint64_t asaId = 0;
        std::optional<algorand::AssetHolding> holding; // nullopt: not opted in
    };
    // Every exchange wallet on Algorand against every ASA in force, hot first.
    Result<std::vector<Row>> list(const wallets::PinnedKeySource &pin);

    struct Sent {
        wallets::Wallet wallet;
        std::string txid;
        Amount fee;
    };
    Result<Sent> optInHot(const security::Actor &actor, const std::string &assetCode, const security::KeyVault &vault);

    struct Exported {
        wallets::Wallet wallet;
        QByteArray unsignedTx; // msgpack of the txn
        std::string txid;      // the id it will have once signed
        Amount fee;
        std::uint64_t lastValid = 0;
    };
    // tier: Warm or Cold.
    Result<Exported> exportOptIn(const security::Actor &actor, const std::string &assetCode, wallets::WalletTier tier,
                                 const wallets::PinnedKeySource &pin);

private:
    struct Prepared;
    // The checks both make, and the opt-in transaction unsigned.
    Result<Prepared> prepare(const security::Actor &actor, const std::string &assetCode, wallets::WalletTier tier,
                             const wallets::PinnedKeySource &pin);
    Result<std::vector<wallets::Wallet>> exchangeWallets() const;

    Database &m_database;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    algorand::AlgodClient &m_algod;
};

} // namespace exchange::withdrawals
