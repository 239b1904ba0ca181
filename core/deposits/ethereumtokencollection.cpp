#include "core/deposits/ethereumtokencollection.h"

#include "core/base/clock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/erc20event.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/chains/ethereum/tokentransfergas.h"
#include "core/chains/ethereum/transaction.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/ethereumdepositkey.h"
#include "core/deposits/ethereumrefueler.h"
#include "core/deposits/refuelrepository.h"
#include "core/deposits/sweepsettlement.h"
#include "core/money/asset.h"
#include "core/security/keyvault.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/wallets/collectionplanner.h"
#include "core/wallets/signerdestinations.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <set>

namespace exchange::deposits {

using wallets::WalletTier;

namespace {

Amount plus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}

Amount gasCost(std::uint64_t gas, const Amount &gasPrice)
{
    return Amount::fromBaseUnits(gasPrice.baseUnits() * static_cast<int128>(gas));
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

const std::string &coin()
{
    return nativeAssetOf(Chain::Ethereum).code;
}

} // namespace

EthereumTokenCollection::EthereumTokenCollection(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                                 security::AuditLog &audit, wallets::WalletService &wallets,
                                                 ethereum::JsonRpcClient &node, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_node(node),
      m_notifier(notifier)
{
}

Result<Amount> EthereumTokenCollection::tokenBalance(const std::string &contract, const std::string &address)
{
    const QJsonObject call{{QStringLiteral("to"), text(contract)}, {QStringLiteral("data"), ethereum::balanceOfCall(address)}};
    auto answer = m_node.callAndWait(QStringLiteral("eth_call"), QJsonArray{call, QStringLiteral("latest")});
    if (!answer) {
        // The node ran the call and it reverted: no ERC-20 answers there.
        if (ethereum::refusedByNode(answer.error()))
            return Error{ErrorCode::InvalidInput, "balanceOf(" + address + ") at " + contract + " reverts: " + answer.error().message};
        return Error{ErrorCode::Unavailable, answer.error().message};
    }
    auto units = ethereum::readUintWord(answer.value().toString());
    if (!units) // no contract there on this chain, or not an ERC-20
        return Error{ErrorCode::InvalidInput, "balanceOf(" + address + ") at " + contract + " gave no amount: " + units.error().message};
    return Amount::fromBaseUnits(units.value());
}

Result<std::vector<EthereumTokenCollection::AddressPlan>>
EthereumTokenCollection::planAll(const std::vector<wallets::WatchedToken> &tokens, const Amount &gasPrice)
{
    if (tokens.empty())
        return std::vector<AddressPlan>();
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    std::optional<wallets::Wallet> hot, warm, cold;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain != Chain::Ethereum)
            continue;
        auto &slot = w.tier == WalletTier::Hot ? hot : w.tier == WalletTier::Warm ? warm : cold;
        if ((w.tier == WalletTier::Hot || w.tier == WalletTier::Warm || w.tier == WalletTier::Cold) && !slot)
            slot = w; // the first of each, as the coin's collection takes them
    }
    DepositRepository deposits(m_database.connection(), m_database.dialect());
    // The ether each address owes its customers until it is swept.
    auto owedSums = deposits.owedByAddress(Chain::Ethereum, coin());
    if (!owedSums)
        return owedSums.error();
    std::map<std::string, Amount> &owed = owedSums.value();
    // Addresses with work on its way: their sweeps or a refuel still open.
    std::set<std::string> sweeping;
    std::map<std::string, std::string> refuelling;
    auto openSweeps = CollectionRepository(m_database.connection(), m_database.dialect())
                          .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!openSweeps)
        return openSweeps.error();
    for (const CollectionRecord &r : openSweeps.value()) {
        if (r.chain == Chain::Ethereum)
            sweeping.insert(r.fromAddress);
    }
    auto openRefuels = RefuelRepository(m_database.connection(), m_database.dialect())
                           .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!openRefuels)
        return openRefuels.error();
    for (const RefuelRecord &r : openRefuels.value()) {
        if (r.chain == Chain::Ethereum)
            refuelling[r.toAddress] = r.txid;
    }

    std::map<std::string, AddressPlan> byAddress;
    for (const wallets::WatchedToken &token : tokens) {
        if (token.identity.kind != AssetKind::Erc20)
            continue;
        DepositFilter filter;
        filter.state = DepositState::CollectionPlanned;
        filter.asset = token.asset;
        filter.limit = 100000;
        auto planned = deposits.list(filter);
        if (!planned)
            return planned.error();
        std::map<std::string, SweepPlan> perAddress;
        for (const DepositRecord &d : planned.value()) {
            if (d.chain != Chain::Ethereum)
                continue;
            SweepPlan &p = perAddress[d.to];
            p.address = d.to;
            p.asset = token.asset;
            p.depositIds.push_back(d.id);
            p.total = plus(p.total, d.amount);
        }
        if (perAddress.empty())
            continue;
        auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(token.asset);
        if (!asset)
            return asset.error();
        // The tiers' token balances, as the planner needs them (and the
        // Wallets screen shows them).
        // A token whose contract does not answer as an ERC-20 on this node
        // waits, saying why; the other tokens go on.
        std::map<WalletTier, Amount> held;
        std::string unreadable;
        for (const auto *tier : {&hot, &warm, &cold}) {
            if (!*tier || !unreadable.empty())
                continue;
            auto balance = tokenBalance(token.identity.contract, (*tier)->address);
            if (!balance) {
                if (balance.error().code != ErrorCode::InvalidInput)
                    return balance.error();
                unreadable = balance.error().message;
                continue;
            }
            held[(*tier)->tier] = balance.value();
            if (auto recorded = m_wallets.recordTokenBalance((*tier)->id, token.asset, balance.value()); !recorded)
                return recorded.error();
        }
        for (auto &[address, p] : perAddress) {
            AddressPlan &ap = byAddress[address];
            ap.address = address;
            TokenSweeps sweeps{token, p, {}};
            SweepPlan &tp = sweeps.plan;
            if (!unreadable.empty()) {
                tp.waiting = "the token's balances cannot be read: " + unreadable;
            } else if (sweeping.count(address)) {
                tp.waiting = "its sweeps signed before are not confirmed yet";
            } else if (auto r = refuelling.find(address); r != refuelling.end()) {
                tp.waiting = "its refuel " + r->second + " is not confirmed yet";
            } else if (!hot || !warm) {
                tp.waiting = "Ethereum has no hot or warm wallet registered";
            } else {
                auto there = tokenBalance(token.identity.contract, address);
                if (!there && there.error().code != ErrorCode::InvalidInput)
                    return there.error();
                if (!there) {
                    tp.waiting = "the token's balances cannot be read: " + there.error().message;
                } else if (there.value() < tp.total) {
                    tp.waiting = "the address holds " + there.value().toBaseUnitString() + " base units of " + token.asset
                               + ", less than the " + tp.total.toBaseUnitString() + " its planned deposits add up to";
                } else {
                    auto split = wallets::CollectionPlanner::plan(
                        {tp.total, held[WalletTier::Hot], held[WalletTier::Warm], asset.value().settings.hotMax,
                         asset.value().settings.warmMax});
                    if (!split) {
                        tp.waiting = split.error().message;
                    } else if (split.value().toCold.isPositive() && !cold) {
                        tp.waiting = "the plan sends to cold, and Ethereum has no cold wallet registered";
                    } else {
                        for (const auto &[tier, to, amount] :
                             {std::tuple{WalletTier::Hot, &hot, split.value().toHot},
                              std::tuple{WalletTier::Warm, &warm, split.value().toWarm},
                              std::tuple{WalletTier::Cold, &cold, split.value().toCold}}) {
                            if (!amount.isPositive())
                                continue;
                            auto gas = ethereum::tokenTransferGas(
                                m_node, {address, token.identity.contract, (*to)->address, amount.baseUnits(),
                                         token.asset + " " + amount.toBaseUnitString() + " base units"});
                            if (!gas) {
                                if (gas.error().code != ErrorCode::InvalidInput)
                                    return gas.error();
                                tp.waiting = gas.error().message;
                                sweeps.legs.clear();
                                break;
                            }
                            sweeps.legs.push_back({tier, (*to)->address, amount, gas.value()});
                            tp.feeEach = std::max(tp.feeEach, gasCost(gas.value(), gasPrice));
                        }
                        if (tp.waiting.empty()) {
                            tp.split = split.value();
                            // The next address's plan sees what this one fills.
                            held[WalletTier::Hot] = plus(held[WalletTier::Hot], split.value().toHot);
                            held[WalletTier::Warm] = plus(held[WalletTier::Warm], split.value().toWarm);
                            for (const Leg &leg : sweeps.legs)
                                ap.gasNeeded = plus(ap.gasNeeded, gasCost(leg.gasLimit, gasPrice));
                        }
                    }
                }
            }
            ap.tokens.push_back(std::move(sweeps));
        }
    }
    std::vector<AddressPlan> plans;
    for (auto &[address, ap] : byAddress) {
        if (ap.gasNeeded.isPositive()) {
            auto ether = m_node.callAndWait(QStringLiteral("eth_getBalance"), QJsonArray{text(address), QStringLiteral("latest")});
            if (!ether)
                return ether.error();
            const auto wei = ethereum::parseQuantity(ether.value());
            if (!wei)
                return Error{ErrorCode::Unavailable, "eth_getBalance: " + wei.error().message};
            const int128 spare = *wei - owed[address].baseUnits();
            ap.gasHeld = Amount::fromBaseUnits(spare > 0 ? spare : 0);
        }
        for (TokenSweeps &t : ap.tokens) {
            t.plan.gasNeeded = ap.gasNeeded;
            t.plan.gasHeld = ap.gasHeld;
        }
        plans.push_back(std::move(ap));
    }
    return plans;
}

std::vector<SweepPlan> EthereumTokenCollection::flatten(const std::vector<AddressPlan> &plans)
{
    std::vector<SweepPlan> flat;
    for (const AddressPlan &ap : plans) {
        for (const TokenSweeps &t : ap.tokens)
            flat.push_back(t.plan);
    }
    return flat;
}

Result<std::vector<SweepPlan>> EthereumTokenCollection::plan(const std::vector<wallets::WatchedToken> &tokens, const Amount &gasPrice)
{
    auto plans = planAll(tokens, gasPrice);
    if (!plans)
        return plans.error();
    return flatten(plans.value());
}

Result<void> EthereumTokenCollection::run(const security::Actor &actor, const security::KeyVault &vault,
                                          const wallets::SignerDestinations &destinations,
                                          const std::vector<wallets::WatchedToken> &tokens, const Amount &gasPrice,
                                          std::uint64_t chainId, CollectionRunReport &report)
{
    auto plans = planAll(tokens, gasPrice);
    if (!plans)
        return plans.error();
    for (AddressPlan &ap : plans.value()) {
        if (!ap.gasNeeded.isPositive())
            continue; // nothing ready to sweep here
        if (ap.gasHeld >= ap.gasNeeded) {
            if (auto swept = signSweeps(actor, vault, destinations, ap, gasPrice, chainId, report); !swept)
                report.problems.push_back(ap.address + ": " + swept.error().message);
            continue;
        }
        // The address lacks gas: the fee wallet sends the difference, once
        // the address is shown to be one of the exchange's own.
        auto wallet = wallets::WalletRepository(m_database.connection(), m_database.dialect()).findByAddress(Chain::Ethereum, ap.address);
        if (!wallet) {
            report.problems.push_back(ap.address + ": " + wallet.error().message);
            continue;
        }
        if (!wallet.value() || wallet.value()->tier != WalletTier::Deposit) {
            report.problems.push_back(ap.address + ": not a deposit address of the exchange; no refuel signed");
            continue;
        }
        if (auto ours = withEthereumDepositKey(vault, *wallet.value(), [](const QByteArray &) { return Result<void>(); }); !ours) {
            report.problems.push_back(ap.address + ": " + ours.error().message);
            continue;
        }
        std::string forAssets;
        for (const TokenSweeps &t : ap.tokens) {
            if (t.plan.split)
                forAssets += (forAssets.empty() ? "" : ",") + t.token.asset;
        }
        const Amount lacking = Amount::fromBaseUnits(ap.gasNeeded.baseUnits() - ap.gasHeld.baseUnits());
        auto refuel = EthereumRefueler(m_database, m_clock, m_ledger, m_audit, m_node, m_notifier)
                          .sign(actor, vault, ap.address, forAssets, lacking, gasPrice, chainId);
        if (!refuel) {
            report.problems.push_back(ap.address + ": no refuel signed: " + refuel.error().message);
            continue;
        }
        report.refuels.push_back({ap.address, forAssets, lacking, refuel.value().txid});
        for (TokenSweeps &t : ap.tokens) {
            if (t.plan.split)
                t.plan.waiting = "a refuel of " + lacking.toBaseUnitString() + " wei is signed (" + refuel.value().txid
                               + "); the sweeps follow once it is confirmed";
            t.plan.split.reset();
        }
    }
    for (SweepPlan &p : flatten(plans.value()))
        report.plans.push_back(std::move(p));
    return {};
}

Result<void> EthereumTokenCollection::signSweeps(const security::Actor &actor, const security::KeyVault &vault,
                                                 const wallets::SignerDestinations &destinations, const AddressPlan &plan,
                                                 const Amount &gasPrice, std::uint64_t chainId, CollectionRunReport &report)
{
    auto wallet = wallets::WalletRepository(m_database.connection(), m_database.dialect()).findByAddress(Chain::Ethereum, plan.address);
    if (!wallet)
        return wallet.error();
    if (!wallet.value() || wallet.value()->tier != WalletTier::Deposit)
        return Error{ErrorCode::NotFound, "not a deposit address of the exchange; nothing signed"};
    auto nonce = m_node.callAndWait(QStringLiteral("eth_getTransactionCount"), QJsonArray{text(plan.address), QStringLiteral("pending")});
    if (!nonce)
        return nonce.error();
    const auto first = ethereum::parseQuantity(nonce.value());
    if (!first)
        return Error{ErrorCode::Unavailable, "eth_getTransactionCount: " + first.error().message};
    auto taken = CollectionRepository(m_database.connection(), m_database.dialect())
                     .sequencesFrom(Chain::Ethereum, plan.address, static_cast<std::int64_t>(*first));
    if (!taken)
        return taken.error();
    if (!taken.value().empty())
        return Error{ErrorCode::Conflict, "sweeps from this address are stored at nonce " + std::to_string(taken.value().front())
                                              + " that the node does not know yet; they go out first"};
    // Every leg's destination first: one the signer cannot verify signs
    // nothing of the address's plan.
    for (const TokenSweeps &t : plan.tokens) {
        if (!t.plan.split)
            continue;
        for (const Leg &leg : t.legs) {
            if (auto trusted = destinations.check(Chain::Ethereum, leg.tier, coin(), leg.to); !trusted)
                return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier)
                    .refuse(actor, t.plan, leg.tier, leg.to, wallets::SignerDestinations::checkName(leg.tier), trusted.error(),
                            report);
        }
    }
    const std::int64_t now = m_clock.nowMs();
    std::vector<std::pair<const TokenSweeps *, std::vector<CollectionRecord>>> groups;
    auto signedAll = withEthereumDepositKey(vault, *wallet.value(), [&](const QByteArray &secretKey) -> Result<void> {
        std::uint64_t n = static_cast<std::uint64_t>(*first);
        for (const TokenSweeps &t : plan.tokens) {
            if (!t.plan.split)
                continue;
            std::vector<CollectionRecord> sweeps;
            for (const Leg &leg : t.legs) {
                ethereum::Transaction tx;
                tx.type = ethereum::Transaction::Type::Eip1559;
                tx.chainId = chainId;
                tx.nonce = n;
                tx.maxFeePerGas = UInt256::fromUint128(static_cast<uint128>(gasPrice.baseUnits()));
                tx.maxPriorityFeePerGas = tx.maxFeePerGas;
                tx.gasLimit = leg.gasLimit;
                tx.to = ethereum::parseAddress(t.token.identity.contract).value();
                tx.data = QByteArray::fromHex(ethereum::transferCall(leg.to, leg.amount.baseUnits()).mid(2).toLatin1());
                if (auto s = tx.sign(secretKey); !s)
                    return s.error();
                CollectionRecord r;
                r.chain = Chain::Ethereum;
                r.asset = t.token.asset;
                r.fromAddress = plan.address;
                r.tier = leg.tier;
                r.toAddress = leg.to;
                r.amount = leg.amount;
                r.maxFee = gasCost(leg.gasLimit, gasPrice);
                r.sequence = static_cast<std::int64_t>(n);
                r.rawTx = "0x" + tx.serialise().toHex().toStdString();
                r.txid = tx.hashHex();
                r.state = CollectionState::Signed;
                r.createdAtMs = now;
                sweeps.push_back(std::move(r));
                ++n;
            }
            groups.emplace_back(&t, std::move(sweeps));
        }
        return Result<void>();
    });
    if (!signedAll)
        return signedAll.error();
    // One group per token, nonces in order: a group that cannot be stored
    // stops the rest, so no later nonce waits behind a gap.
    for (auto &[t, sweeps] : groups) {
        const std::string groupKey = "ethereum:" + plan.address + ":" + std::to_string(sweeps.front().sequence);
        for (CollectionRecord &r : sweeps)
            r.groupKey = groupKey;
        if (auto stored = SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier)
                              .storeSigned(actor, t->plan, groupKey, sweeps, report);
            !stored)
            return stored;
    }
    return {};
}

} // namespace exchange::deposits
