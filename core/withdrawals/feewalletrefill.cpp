#include "core/withdrawals/feewalletrefill.h"

#include "core/security/trustanchor.h"
#include "core/wallets/signedchainsettings.h"

namespace exchange::withdrawals {

FeeWalletRefill FeeWalletRefill::plan(const Asset &coin, Amount have, std::optional<Amount> max, std::optional<Amount> low)
{
    FeeWalletRefill r;
    r.have = have;
    r.max = max;
    r.low = low;
    const std::string holds = "the fee wallet holds " + coin.format(have) + " " + coin.code + " (on its way included)";
    if (!max) {
        r.why = holds + " and has no max balance an admin signed: exctl chain set " + std::string(chainName(coin.chain))
            + " --fee-wallet-max AMOUNT, or give --amount";
        return r;
    }
    if (have.baseUnits() >= max->baseUnits()) {
        r.why = holds + ", at or above its max balance of " + coin.format(*max) + " " + coin.code;
        return r;
    }
    // Exactly the room up to the max: the max is the risk the operators
    // accept on the fee wallet's online key, and it is what they signed.
    r.amount = Amount::fromBaseUnits(max->baseUnits() - have.baseUnits());
    r.why = holds + ": filled to its max balance of " + coin.format(*max) + " " + coin.code;
    if (low && have.baseUnits() < low->baseUnits())
        r.why += ", below its low-balance alert of " + coin.format(*low) + " " + coin.code;
    return r;
}

Result<FeeWalletRefill> FeeWalletRefill::read(const QSqlDatabase &db, Chain chain, Amount spendable, Amount inFlight)
{
    auto pin = security::listedPinnedAdminKey(db);
    if (!pin)
        return pin.error();
    auto signedChains = wallets::SignedChainSettings::read(db, pin.value());
    if (!signedChains)
        return signedChains.error();
    const auto inForce = signedChains.value().inForce(chain);
    const Amount have = Amount::fromBaseUnits(spendable.baseUnits() + inFlight.baseUnits());
    return plan(nativeAssetOf(chain), have, inForce ? inForce->settings.feeWalletMax : std::nullopt,
                inForce ? inForce->settings.feeWalletLow : std::nullopt);
}

} // namespace exchange::withdrawals
