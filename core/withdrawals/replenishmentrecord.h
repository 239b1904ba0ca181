#pragma once
// One replenishment as stored: a move warm -> hot or cold -> warm, exported
// as an unsigned transaction for offline signing, then imported signed,
// broadcast and followed until the chain confirms it.

#include "core/base/chain.h"
#include "core/money/amount.h"
#include "core/wallets/wallet.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::withdrawals {

// exported -> broadcast -> confirmed | failed; exported -> cancelled while
// no signed transaction is known. The signed transaction is stored (still
// exported) before it is sent, so a broadcast that fails is retried with
// the same bytes by importing the same file again.
enum class ReplenishmentState { Exported, Broadcast, Confirmed, Failed, Cancelled };

std::string_view replenishmentStateName(ReplenishmentState state);
std::optional<ReplenishmentState> replenishmentStateFromName(std::string_view name);

struct ReplenishmentRecord {
    std::int64_t id = 0;
    std::string asset;
    Chain chain = Chain::Stellar;
    wallets::WalletTier fromTier = wallets::WalletTier::Warm;
    wallets::WalletTier toTier = wallets::WalletTier::Hot;
    std::string fromAddress;
    std::string toAddress;
    Amount amount;
    Amount maxFee;          // the most the network can charge for it
    QByteArray unsignedTx;  // exactly the exported bytes (RLP, envelope XDR, msgpack)
    QByteArray signedTx;    // empty until imported
    std::optional<std::string> txid;
    ReplenishmentState state = ReplenishmentState::Exported;
    std::string exportedBy;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string note;
};

} // namespace exchange::withdrawals
