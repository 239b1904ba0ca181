#pragma once
// One Stellar channel account of hot, as stored: an account of the
// exchange's whose only use is to be the source of payout transactions (it
// pays their fee and gives their sequence number) while the payment itself
// is hot's. Its key is in the vault under keyName ("channel:stellar:N").
//
//   funding ──create_account from hot in a ledger──▶ active ──merge signed──▶ merging ──in a ledger──▶ merged
//
// The transaction that moves it on (the create_account from hot, the
// account_merge back into hot) is stored signed with its sequence BEFORE it
// is sent, so a crash re-sends the same bytes; one past its time bounds is
// looked up by hash before another is signed.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::wallets {

enum class ChannelState { Funding, Active, Merging, Merged };

inline std::string_view channelStateName(ChannelState s)
{
    switch (s) {
    case ChannelState::Funding:
        return "funding";
    case ChannelState::Active:
        return "active";
    case ChannelState::Merging:
        return "merging";
    case ChannelState::Merged:
        return "merged";
    }
    return "funding";
}

inline std::optional<ChannelState> channelStateFromName(std::string_view name)
{
    for (ChannelState s : {ChannelState::Funding, ChannelState::Active, ChannelState::Merging, ChannelState::Merged}) {
        if (channelStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

struct StellarChannel {
    std::int64_t id = 0;
    std::string address; // G…
    std::string keyName; // the vault's "channel:stellar:N"
    ChannelState state = ChannelState::Funding;
    // The stored transaction that moves the channel on: its sequence number
    // (hot's for the create_account, the channel's for the merge), its
    // envelope (base64), hash (hex) and max time (Unix s); kept afterwards
    // as the record of what moved it last.
    std::int64_t sequence = 0;
    std::string rawTx;
    std::string txid;
    std::int64_t lastValid = 0;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string note;
};

} // namespace exchange::wallets
