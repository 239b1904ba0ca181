#pragma once
// HotCoverage: what the payouts of one chain already on their way may still
// take from hot, and whether hot covers one more. A coin payout needs its
// amount and its fee from hot's coin, after every open payout's coin amount
// and fee; a token payout needs its amount from hot's token, after the open
// payouts of that token, and its fee from hot's coin, after every open fee.
// Pure arithmetic: PayoutService reads the balances and acts on the answer.

#include "core/base/message.h"
#include "core/money/amount.h"
#include "core/money/asset.h"
#include "core/withdrawals/payoutrecord.h"

#include <map>
#include <optional>
#include <string>

namespace exchange::withdrawals {

class HotCoverage final
{
public:
    // What hot lacks for one payout, and why in words.
    struct Shortfall {
        std::string asset; // the asset hot lacks: the payout's, or the coin for the fee
        Amount lacking;    // needed less held, this payout and the open ones counted
        Amount thisOne;    // what this payout alone needs of it
        Message why;
    };

    explicit HotCoverage(const Asset &coin) : m_coin(coin) {}

    // An open payout (signed or sent, not decided).
    void add(const PayoutRecord &payout);
    int open() const { return m_open; }

    // Whether hot, holding `held` of the payout's asset, covers `amount` of
    // it (and, for the coin, the fee too). A token's fee is fee().
    std::optional<Shortfall> amount(const Asset &asset, const Amount &amount, const Amount &maxFee, const Amount &held) const;
    // Whether hot, holding `coinHeld` of the coin, covers a token payout's fee.
    std::optional<Shortfall> fee(const Asset &token, const Amount &maxFee, const Amount &coinHeld) const;

private:
    Amount committedOf(const std::string &asset) const;
    Amount coinCommitted() const;

    Asset m_coin;
    std::map<std::string, Amount> m_amounts; // by asset code
    Amount m_fees;                           // the most the open payouts' fees can be, in the coin
    int m_open = 0;
};

} // namespace exchange::withdrawals
