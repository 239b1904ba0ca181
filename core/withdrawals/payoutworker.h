#pragma once
// PayoutWorker: the automatic payouts, a PeriodicDuty on a thread of its
// own (payers wait for nodes; the core thread must not). Every interval,
// and soon after a withdrawal changes (an approval, a retry), it runs
// PayoutService for each chain that has a node URL: signing only while
// the key vault is unlocked, following what is on its way always. It
// reports one status line per chain for the screens ("2 paid, 1 awaiting the chain", "hot is short by
// 0.5 ETH: replenish hot from warm", "waiting: the key vault is locked").
//
// Only the process that leads the background duties runs it
// (BackgroundDuties); should two runs meet anyway (a lead lost mid-pass),
// they never pay a withdrawal twice, because every step moves a row from
// the state it was read in.

#include "core/wallets/periodicduty.h"
#include "core/withdrawals/payoutauthorization.h"

namespace exchange::withdrawals {

class PayoutWorker final : public PeriodicDuty
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 15000;

    // Construct on any thread, move to the worker thread, then start().
    PayoutWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier,
                 int intervalMs = kDefaultIntervalMs);

    // How back-office clients' requests are verified (set before start()).
    void setApiRequestCheck(PayoutAuthorization::ApiRequestCheck check) { m_apiRequests = std::move(check); }

private:
    void pass() override;

    PayoutAuthorization::ApiRequestCheck m_apiRequests;
};

} // namespace exchange::withdrawals
