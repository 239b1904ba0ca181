#include "core/demo/demowithdrawals.h"

#include "core/base/manualclock.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/stellar/keys.h"
#include "core/crypto/hashes.h"
#include "core/demo/demotokens.h"
#include "core/demo/demotrust.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/withdrawals/withdrawalservice.h"

#include <algorithm>

namespace exchange {

namespace {

// Destinations derived from labels: valid addresses nobody holds a key to.
QByteArray demoSeed(const char *label)
{
    return crypto::sha256(QByteArray("exchange-console demo destination ") + label);
}

std::string stellarDestination(const char *label)
{
    return stellar::accountIdFromSeed(demoSeed(label));
}

std::string algorandDestination(const char *label)
{
    return algorand::addressFromSeed(demoSeed(label));
}

std::string ethereumDestination(const char *label)
{
    return ethereum::checksumAddress(ethereum::addressFromSecretKey(demoSeed(label)).value());
}

Amount amount(const char *asset, const char *text)
{
    return demoAmount(asset, text);
}

} // namespace

Result<void> addDemoWithdrawals(Database &database, const Clock &clock, const std::vector<std::int64_t> &customerIds)
{
    if (customerIds.size() < 5)
        return Error{ErrorCode::InvalidInput, "the demo withdrawals need the five demo customers"};
    // Over the last five hours (from 1970 on, for a clock that starts there).
    ManualClock at(std::max<qint64>(clock.nowMs() - 5LL * 3600 * 1000, 0));
    ledger::LedgerService ledger(database, at);
    security::AuditLog audit(database, at);
    withdrawals::WithdrawalService service(database, at, ledger, audit);
    const std::int64_t ada = customerIds[0], grace = customerIds[1], alan = customerIds[2], barbara = customerIds[4];
    security::OperatorService operators(database, at, audit);
    // The demo operator asks for each on a customer's behalf, signing the
    // request (the payout signer pays only a signed one).
    // Each some minutes after the one before (the tokens' in quick
    // succession, so that all is done an hour before now).
    auto request = [&](std::int64_t customer, const char *asset, const std::string &to, const char *value,
                       std::int64_t afterMs = 37 * 60 * 1000) -> Result<withdrawals::WithdrawalRecord> {
        at.advance(afterMs);
        auto clerk = demoConfirmed(operators, at, "operator");
        if (!clerk)
            return clerk.error();
        return service.request(clerk.value(), customer, asset, to, amount(asset, value));
    };
    // Over the 24h limit, all of them: they wait for review.
    auto rejected = request(ada, "XLM", stellarDestination("ada-1"), "11000");
    if (!rejected)
        return rejected.error();
    auto cancelled = request(alan, "XLM", stellarDestination("alan-1"), "12000");
    if (!cancelled)
        return cancelled.error();
    // Alan asked to cancel it, and to send 20,000 instead.
    at.advance(9 * 60 * 1000);
    auto cancelling = demoConfirmed(operators, at, "approver");
    if (!cancelling)
        return cancelling.error();
    if (auto c = service.cancel(cancelling.value(), cancelled.value().id); !c)
        return c.error();
    auto alansXlm = request(alan, "XLM", stellarDestination("alan-1"), "20000");
    if (!alansXlm)
        return alansXlm.error();
    auto barbarasAlgo = request(barbara, "ALGO", algorandDestination("barbara-1"), "50000");
    if (!barbarasAlgo)
        return barbarasAlgo.error();
    // Within both limits: processing, paid once a node and the vault are there.
    auto adasEth = request(ada, "ETH", ethereumDestination("ada-2"), "0.5");
    if (!adasEth)
        return adasEth.error();
    constexpr std::int64_t kQuickly = 3 * 60 * 1000;
    // Tokens, all over the 24h limit: Barbara's 30,000 USDC on Stellar
    // waits for review (two approvers: above 10,000); Ada's is rejected
    // below; Grace asked to cancel hers (the wrong address).
    auto barbarasUsdc = request(barbara, "USDCXLM", stellarDestination("barbara-2"), "30000", kQuickly);
    if (!barbarasUsdc)
        return barbarasUsdc.error();
    auto adasUsdc = request(ada, "USDC", ethereumDestination("ada-3"), "30000", kQuickly);
    if (!adasUsdc)
        return adasUsdc.error();
    auto gracesUsdc = request(grace, "USDCALGO", algorandDestination("grace-1"), "26000", kQuickly);
    if (!gracesUsdc)
        return gracesUsdc.error();
    at.advance(kQuickly);
    auto cancellingGraces = demoConfirmed(operators, at, "approver");
    if (!cancellingGraces)
        return cancellingGraces.error();
    if (auto c = service.cancel(cancellingGraces.value(), gracesUsdc.value().id); !c)
        return c.error();

    // The demo approver's first approval of Alan's 20,000 XLM (above the
    // four-eyes amount the demo admin signed, 5,000 XLM) and a rejection,
    // each signed with the key the admin registered, after a code the
    // demo's published secret gives.
    at.advance(20 * 60 * 1000);
    auto approving = demoConfirmed(operators, at, "approver");
    if (!approving)
        return approving.error();
    if (auto approved = service.approve(approving.value(), alansXlm.value().id); !approved)
        return approved.error();
    at.advance(5 * 60 * 1000);
    auto rejecting = demoConfirmed(operators, at, "approver");
    if (!rejecting)
        return rejecting.error();
    if (auto r = service.reject(rejecting.value(), rejected.value().id, "destination flagged by compliance (ticket 1113)"); !r)
        return r.error();
    at.advance(2 * 60 * 1000);
    auto rejectingUsdc = demoConfirmed(operators, at, "approver");
    if (!rejectingUsdc)
        return rejectingUsdc.error();
    if (auto r = service.reject(rejectingUsdc.value(), adasUsdc.value().id,
                                "travel-rule data missing for the receiving exchange (ticket 1140)");
        !r)
        return r.error();
    return {};
}

} // namespace exchange
