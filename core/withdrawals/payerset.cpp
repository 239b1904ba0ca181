#include "core/withdrawals/payerset.h"

#include "core/chains/algorand/algodclient.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/withdrawals/algorandpayer.h"
#include "core/withdrawals/ethereumpayer.h"
#include "core/withdrawals/stellarpayer.h"

#include <QUrl>

namespace exchange::withdrawals {

PayerSet::~PayerSet()
{
    m_payer.reset(); // before the clients it talks through
}

Result<std::unique_ptr<PayerSet>> PayerSet::make(const wallets::ChainSettings &settings, wallets::WalletService &wallets,
                                                 const Clock &clock)
{
    const std::string name(chainName(settings.chain));
    if (settings.nodeUrl.empty())
        return Error{ErrorCode::InvalidInput, name + " has no node URL: exctl chain set " + name + " --node URL"};
    const QUrl node(QString::fromStdString(settings.nodeUrl));
    std::unique_ptr<PayerSet> set(new PayerSet);
    switch (settings.chain) {
    case Chain::Ethereum: {
        auto client = std::make_unique<ethereum::JsonRpcClient>(node);
        set->m_payer = std::make_unique<EthereumPayer>(*client, wallets);
        set->m_clients.push_back(std::move(client));
        break;
    }
    case Chain::Stellar: {
        auto horizon = std::make_unique<stellar::HorizonClient>(node);
        set->m_payer = std::make_unique<StellarPayer>(*horizon, wallets, clock);
        set->m_clients.push_back(std::move(horizon));
        break;
    }
    case Chain::Algorand: {
        auto algod = std::make_unique<algorand::AlgodClient>(node);
        std::unique_ptr<algorand::AlgodClient> indexer;
        if (!settings.indexerUrl.empty())
            indexer = std::make_unique<algorand::AlgodClient>(QUrl(QString::fromStdString(settings.indexerUrl)));
        set->m_payer = std::make_unique<AlgorandPayer>(*algod, indexer.get(), wallets);
        set->m_clients.push_back(std::move(algod));
        if (indexer)
            set->m_clients.push_back(std::move(indexer));
        break;
    }
    }
    return set;
}

} // namespace exchange::withdrawals
