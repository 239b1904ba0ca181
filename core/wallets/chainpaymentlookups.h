#pragma once
// The payment lookups of the trade API (funding payments) and of manual
// payouts (uploaded TxIds), one per chain, built from the chain settings the
// deposit watchers use too (`exctl chain set`):
// Ethereum JSON-RPC with its confirmations, the Algorand indexer, Horizon.
// A chain without a URL has no client and answers Unavailable (503).
// Lives on (and is destroyed on) the thread that serves the API.

#include "core/chains/routingpaymentlookup.h"
#include "core/wallets/chainsettings.h"

#include <QUrl>

#include <memory>
#include <vector>

namespace exchange::chains {
class AlgorandPaymentLookup;
class EthereumPaymentLookup;
class HorizonPaymentLookup;
}

namespace exchange::wallets {

class ChainPaymentLookups final
{
public:
    // ethereumOverride, when valid, replaces the configured Ethereum node.
    ChainPaymentLookups(const std::vector<wallets::ChainSettings> &settings, const QUrl &ethereumOverride = {});
    ~ChainPaymentLookups();
    Q_DISABLE_COPY_MOVE(ChainPaymentLookups)

    chains::PaymentLookup &lookup() { return m_routing; }
    // "ethereum: http://…" lines for a startup message.
    std::vector<std::string> describe() const { return m_described; }

private:
    chains::RoutingPaymentLookup m_routing;
    std::unique_ptr<chains::EthereumPaymentLookup> m_ethereum;
    std::unique_ptr<chains::AlgorandPaymentLookup> m_algorand;
    std::unique_ptr<chains::HorizonPaymentLookup> m_horizon;
    std::vector<std::string> m_described;
};

} // namespace exchange::wallets
