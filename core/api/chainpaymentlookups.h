#pragma once
// The funding-payment clients of the trade API, one per chain, built from
// the chain settings the deposit watchers use too (`exctl chain set`):
// Ethereum JSON-RPC with its confirmations, the Algorand indexer, Horizon.
// A chain without a URL has no client and answers Unavailable (503).
// Lives on (and is destroyed on) the thread that serves the API.

#include "core/trade/routingpaymentlookup.h"
#include "core/wallets/chainsettings.h"

#include <QUrl>

#include <memory>
#include <vector>

namespace exchange::trade {
class AlgorandPaymentLookup;
class EthereumPaymentLookup;
class HorizonPaymentLookup;
}

namespace exchange::api {

class ChainPaymentLookups final
{
public:
    // ethereumOverride, when valid, replaces the configured Ethereum node.
    ChainPaymentLookups(const std::vector<wallets::ChainSettings> &settings, const QUrl &ethereumOverride = {});
    ~ChainPaymentLookups();
    Q_DISABLE_COPY_MOVE(ChainPaymentLookups)

    trade::PaymentLookup &lookup() { return m_routing; }
    // "ethereum: http://…" lines for a startup message.
    std::vector<std::string> describe() const { return m_described; }

private:
    trade::RoutingPaymentLookup m_routing;
    std::unique_ptr<trade::EthereumPaymentLookup> m_ethereum;
    std::unique_ptr<trade::AlgorandPaymentLookup> m_algorand;
    std::unique_ptr<trade::HorizonPaymentLookup> m_horizon;
    std::vector<std::string> m_described;
};

} // namespace exchange::api
