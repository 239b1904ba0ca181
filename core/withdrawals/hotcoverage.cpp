#include "core/withdrawals/hotcoverage.h"

namespace exchange::withdrawals {

namespace {

Amount sum(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}

Amount less(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() - b.baseUnits());
}

} // namespace

void HotCoverage::add(const PayoutRecord &payout)
{
    m_amounts[payout.asset] = sum(committedOf(payout.asset), payout.amount);
    m_fees = sum(m_fees, payout.maxFee);
    ++m_open;
}

Amount HotCoverage::committedOf(const std::string &asset) const
{
    const auto it = m_amounts.find(asset);
    return it == m_amounts.end() ? Amount() : it->second;
}

Amount HotCoverage::coinCommitted() const
{
    return sum(committedOf(m_coin.code), m_fees);
}

std::optional<HotCoverage::Shortfall> HotCoverage::amount(const Asset &asset, const Amount &amount, const Amount &maxFee,
                                                          const Amount &held) const
{
    if (asset.identity.isNative()) {
        const Amount thisOne = sum(amount, maxFee);
        const Amount needed = sum(thisOne, coinCommitted());
        if (!(held < needed))
            return std::nullopt;
        return Shortfall{m_coin.code, less(needed, held), thisOne,
                         Message{MessageId::PayoutHotShort, {m_coin.format(held), m_coin.code, m_coin.format(thisOne),
                                                             m_coin.format(coinCommitted())}}};
    }
    const Amount committed = committedOf(asset.code);
    const Amount needed = sum(amount, committed);
    if (!(held < needed))
        return std::nullopt;
    return Shortfall{asset.code, less(needed, held), amount,
                     Message{MessageId::PayoutHotShortOfToken,
                             {asset.format(held), asset.code, asset.format(amount), asset.format(committed)}}};
}

std::optional<HotCoverage::Shortfall> HotCoverage::fee(const Asset &token, const Amount &maxFee, const Amount &coinHeld) const
{
    const Amount needed = sum(maxFee, coinCommitted());
    if (!(coinHeld < needed))
        return std::nullopt;
    return Shortfall{m_coin.code, less(needed, coinHeld), maxFee,
                     Message{MessageId::PayoutHotShortOfFee, {token.code, m_coin.format(coinHeld), m_coin.code, m_coin.format(maxFee),
                                                              m_coin.format(coinCommitted()), m_coin.code}}};
}

} // namespace exchange::withdrawals
