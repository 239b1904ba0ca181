#pragma once
// PayerSet: the ChainPayer of one chain with the node clients it talks
// through, built from the chain's settings (`exctl chain set`), for exctl
// and the console's payout worker alike. The clients are QObjects of the
// thread that makes the set; use and destroy it there.

#include "core/base/result.h"
#include "core/wallets/chainsettings.h"
#include "core/withdrawals/chainpayer.h"

#include <memory>
#include <vector>

#include <QObject>

namespace exchange {
class Clock;
namespace wallets { class WalletService; }
}

namespace exchange::withdrawals {

class PayerSet final
{
public:
    // InvalidInput when the chain has no node URL.
    static Result<std::unique_ptr<PayerSet>> make(const wallets::ChainSettings &settings, wallets::WalletService &wallets,
                                                  const Clock &clock);
    ~PayerSet();
    PayerSet(const PayerSet &) = delete;
    PayerSet &operator=(const PayerSet &) = delete;

    ChainPayer &payer() { return *m_payer; }

private:
    PayerSet() = default;
    std::vector<std::unique_ptr<QObject>> m_clients;
    std::unique_ptr<ChainPayer> m_payer;
};

} // namespace exchange::withdrawals
