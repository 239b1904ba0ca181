#include "core/deposits/ethereumgasleftovers.h"

#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/refuelrepository.h"
#include "core/money/asset.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"

#include <QJsonArray>

#include <map>
#include <set>

namespace exchange::deposits {

using wallets::WalletTier;

namespace {

Amount plus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}

const std::string &coin()
{
    return nativeAssetOf(Chain::Ethereum).code;
}

} // namespace

EthereumGasLeftovers::EthereumGasLeftovers(Database &database) : m_database(database) {}

Amount EthereumGasLeftovers::total(const std::vector<GasLeftover> &leftovers)
{
    Amount sum;
    for (const GasLeftover &l : leftovers)
        sum = plus(sum, l.leftover);
    return sum;
}

Result<std::vector<GasLeftover>> EthereumGasLeftovers::recorded()
{
    return compute([](const wallets::Wallet &w) -> Result<std::optional<Amount>> { return w.chainBalance; });
}

Result<std::vector<GasLeftover>> EthereumGasLeftovers::read(ethereum::JsonRpcClient &node)
{
    return compute(
        [&node](const wallets::Wallet &w) -> Result<std::optional<Amount>> {
            auto answer = node.callAndWait(QStringLiteral("eth_getBalance"),
                                           QJsonArray{QString::fromStdString(w.address), QStringLiteral("latest")});
            if (!answer)
                return answer.error();
            const auto wei = ethereum::parseQuantity(answer.value());
            if (!wei)
                return Error{ErrorCode::Unavailable, "eth_getBalance(" + w.address + "): " + wei.error().message};
            return std::optional<Amount>(Amount::fromBaseUnits(*wei));
        });
}

Result<std::vector<GasLeftover>> EthereumGasLeftovers::compute(const HeldOf &heldOf)
{
    auto all = wallets::WalletRepository(m_database.connection(), m_database.dialect()).list();
    if (!all)
        return all.error();
    // One row per address (an address may be listed once per asset).
    std::map<std::string, wallets::Wallet> addresses;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == Chain::Ethereum && w.tier == WalletTier::Deposit)
            addresses.emplace(w.address, w);
    }
    if (addresses.empty())
        return std::vector<GasLeftover>();

    DepositRepository deposits(m_database.connection(), m_database.dialect());
    // One sum per address over the states still owed: the collected
    // deposits, the bulk of them over time, are not read.
    auto owedSums = deposits.owedByAddress(Chain::Ethereum, coin());
    if (!owedSums)
        return owedSums.error();
    std::map<std::string, Amount> &owed = owedSums.value();
    std::map<std::string, std::string> spokenFor;
    for (DepositState state : {DepositState::CollectionPlanned, DepositState::Collecting}) {
        DepositFilter filter;
        filter.state = state;
        filter.limit = 1'000'000;
        auto listed = deposits.list(filter);
        if (!listed)
            return listed.error();
        for (const DepositRecord &d : listed.value()) {
            if (d.chain == Chain::Ethereum && d.asset != coin())
                spokenFor.emplace(d.to, "its " + d.asset + " deposits are " + std::string(depositStateName(state))
                                            + ": their sweeps need the gas");
        }
    }
    auto openSweeps = CollectionRepository(m_database.connection(), m_database.dialect())
                          .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!openSweeps)
        return openSweeps.error();
    for (const CollectionRecord &r : openSweeps.value()) {
        if (r.chain == Chain::Ethereum)
            spokenFor.emplace(r.fromAddress, "its sweep " + r.txid + " is not confirmed yet");
    }
    auto openRefuels = RefuelRepository(m_database.connection(), m_database.dialect())
                           .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!openRefuels)
        return openRefuels.error();
    for (const RefuelRecord &r : openRefuels.value()) {
        if (r.chain == Chain::Ethereum)
            spokenFor.emplace(r.toAddress, "its refuel " + r.txid + " is not confirmed yet");
    }

    std::vector<GasLeftover> leftovers;
    for (const auto &[address, wallet] : addresses) {
        auto held = heldOf(wallet);
        if (!held)
            return held.error();
        if (!held.value() || !held.value()->isPositive())
            continue;
        GasLeftover l;
        l.address = address;
        l.held = held.value();
        l.readAtMs = wallet.balanceReadAtMs;
        l.owed = owed[address];
        if (auto s = spokenFor.find(address); s != spokenFor.end())
            l.spokenFor = s->second;
        else if (l.held && *l.held > l.owed)
            l.leftover = Amount::fromBaseUnits(l.held->baseUnits() - l.owed.baseUnits());
        leftovers.push_back(std::move(l));
    }
    return leftovers;
}

} // namespace exchange::deposits
