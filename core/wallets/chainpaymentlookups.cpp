#include "core/wallets/chainpaymentlookups.h"

#include "core/chains/algorandpaymentlookup.h"
#include "core/chains/ethereumpaymentlookup.h"
#include "core/chains/horizonpaymentlookup.h"

namespace exchange::wallets {

ChainPaymentLookups::ChainPaymentLookups(const std::vector<wallets::ChainSettings> &settings, const QUrl &ethereumOverride)
{
    int ethereumConfirmations = 12;
    QUrl ethereum = ethereumOverride;
    for (const wallets::ChainSettings &s : settings) {
        switch (s.chain) {
        case Chain::Ethereum:
            ethereumConfirmations = std::max(1, s.confirmations);
            if (!ethereum.isValid() && !s.nodeUrl.empty())
                ethereum = QUrl(QString::fromStdString(s.nodeUrl));
            break;
        case Chain::Algorand:
            if (!s.indexerUrl.empty()) {
                m_algorand = std::make_unique<chains::AlgorandPaymentLookup>(QUrl(QString::fromStdString(s.indexerUrl)));
                m_routing.set(Chain::Algorand, m_algorand.get());
                m_described.push_back("algorand: " + s.indexerUrl);
            }
            break;
        case Chain::Stellar:
            if (!s.nodeUrl.empty()) {
                m_horizon = std::make_unique<chains::HorizonPaymentLookup>(QUrl(QString::fromStdString(s.nodeUrl)));
                m_routing.set(Chain::Stellar, m_horizon.get());
                m_described.push_back("stellar: " + s.nodeUrl);
            }
            break;
        }
    }
    if (ethereum.isValid() && !ethereum.isEmpty()) {
        m_ethereum = std::make_unique<chains::EthereumPaymentLookup>(ethereum, ethereumConfirmations);
        m_routing.set(Chain::Ethereum, m_ethereum.get());
        m_described.push_back("ethereum: " + ethereum.toString().toStdString() + " (" + std::to_string(ethereumConfirmations)
                              + " confirmations)");
    }
}

ChainPaymentLookups::~ChainPaymentLookups() = default;

} // namespace exchange::wallets
