#include "core/deposits/algorandtokencollection.h"

#include "core/base/clock.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/deposits/algoranddepositkey.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/refuelrepository.h"
#include "core/deposits/sweepsettlement.h"
#include "core/money/asset.h"
#include "core/security/keyvault.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/wallets/collectionplanner.h"
#include "core/wallets/signerdestinations.h"
#include "core/wallets/walletservice.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace exchange::deposits {

using wallets::WalletTier;

namespace {

Amount plus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}

Amount micro(std::uint64_t v)
{
    return Amount::fromBaseUnits(static_cast<int128>(v));
}

const std::string &coin()
{
    return nativeAssetOf(Chain::Algorand).code;
}

} // namespace

AlgorandTokenCollection::AlgorandTokenCollection(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                                 security::AuditLog &audit, wallets::WalletService &wallets,
                                                 algorand::AlgodClient &algod, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_algod(algod),
      m_notifier(notifier)
{
}

Amount AlgorandTokenCollection::assetFee(const algorand::SuggestedParams &params)
{
    // algod's rule: max(min-fee, fee per byte x the signed size); the size
    // grows with the integers' values, so take every one at its widest.
    algorand::AssetTransferTransaction widest;
    widest.sender = QByteArray(32, '\xff');
    widest.receiver = QByteArray(32, '\xff');
    widest.fee = std::numeric_limits<std::uint64_t>::max();
    widest.firstValid = std::numeric_limits<std::uint64_t>::max() - AlgorandRefueler::kValidityRounds;
    widest.lastValid = std::numeric_limits<std::uint64_t>::max();
    widest.genesisId = params.genesisId;
    widest.genesisHash = params.genesisHash.size() == 32 ? params.genesisHash : QByteArray(32, '\xff');
    widest.signature = QByteArray(64, '\xff');
    widest.assetId = std::numeric_limits<std::uint64_t>::max();
    widest.amount = std::numeric_limits<std::uint64_t>::max();
    const int128 bySize = static_cast<int128>(params.feePerByte) * widest.encodeSigned().size();
    return Amount::fromBaseUnits(std::max(bySize, static_cast<int128>(params.minFee)));
}

Result<std::vector<AlgorandTokenCollection::AddressPlan>>
AlgorandTokenCollection::planAll(const std::vector<wallets::WatchedToken> &tokens, const algorand::SuggestedParams &params)
{
    std::vector<wallets::WatchedToken> asas;
    for (const wallets::WatchedToken &t : tokens) {
        if (t.identity.kind == AssetKind::AlgorandAsa && t.identity.asaId != 0)
            asas.push_back(t);
    }
    if (asas.empty())
        return std::vector<AddressPlan>();
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    std::optional<wallets::Wallet> hot, warm, cold;
    std::vector<wallets::Wallet> depositAddresses;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain != Chain::Algorand)
            continue;
        if (w.tier == WalletTier::Deposit) {
            if (w.derivationIndex)
                depositAddresses.push_back(w);
            continue;
        }
        if (w.asset != coin() || w.tier == WalletTier::Fee)
            continue;
        auto &slot = w.tier == WalletTier::Hot ? hot : w.tier == WalletTier::Warm ? warm : cold;
        if (!slot)
            slot = w; // the first of each, as the coin's collection takes them
    }
    if (depositAddresses.empty())
        return std::vector<AddressPlan>();
    const Amount fee = assetFee(params);

    DepositRepository deposits(m_database.connection(), m_database.dialect());
    auto owedSums = deposits.owedByAddress(Chain::Algorand, coin()); // ALGO each address owes its customers
    if (!owedSums)
        return owedSums.error();
    std::map<std::string, Amount> &owed = owedSums.value();
    // Addresses with work on its way: a sweep, a refuel or an opt-in open.
    std::map<std::string, std::string> busy;
    auto openSweeps = CollectionRepository(m_database.connection(), m_database.dialect())
                          .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!openSweeps)
        return openSweeps.error();
    for (const CollectionRecord &r : openSweeps.value()) {
        if (r.chain == Chain::Algorand)
            busy[r.fromAddress] = "its sweep " + r.txid + " is not confirmed yet";
    }
    auto openRefuels = RefuelRepository(m_database.connection(), m_database.dialect())
                           .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!openRefuels)
        return openRefuels.error();
    for (const RefuelRecord &r : openRefuels.value()) {
        if (r.chain == Chain::Algorand)
            busy[r.toAddress] = (isOptIn(r) ? "its opt-in to " + r.forAssets + " (" : "its refuel (") + r.txid
                              + ") is not confirmed yet";
    }

    // Per ASA: the planned deposits by address, the ASA's settings and the
    // tiers' holdings (nullopt: that tier has not opted in).
    struct TokenState {
        std::map<std::string, SweepPlan> perAddress;
        Amount hotMax, warmMax;
        std::map<WalletTier, std::optional<algorand::AssetHolding>> tiers;
    };
    std::vector<TokenState> states(asas.size());
    for (std::size_t i = 0; i < asas.size(); ++i) {
        DepositFilter filter;
        filter.state = DepositState::CollectionPlanned;
        filter.asset = asas[i].asset;
        filter.limit = 100000;
        auto planned = deposits.list(filter);
        if (!planned)
            return planned.error();
        for (const DepositRecord &d : planned.value()) {
            if (d.chain != Chain::Algorand)
                continue;
            SweepPlan &p = states[i].perAddress[d.to];
            p.address = d.to;
            p.asset = asas[i].asset;
            p.depositIds.push_back(d.id);
            p.total = plus(p.total, d.amount);
        }
        if (states[i].perAddress.empty())
            continue;
        auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(asas[i].asset);
        if (!asset)
            return asset.error();
        states[i].hotMax = asset.value().settings.hotMax;
        states[i].warmMax = asset.value().settings.warmMax;
        for (const auto *tier : {&hot, &warm, &cold}) {
            if (!*tier)
                continue;
            auto holding = m_algod.assetHolding((*tier)->address, asas[i].identity.asaId);
            if (!holding)
                return holding.error();
            states[i].tiers[(*tier)->tier] = holding.value();
            const Amount held = holding.value() ? micro(holding.value()->amount) : Amount::zero();
            if (auto recorded = m_wallets.recordTokenBalance((*tier)->id, asas[i].asset, held); !recorded)
                return recorded.error();
        }
    }

    std::vector<AddressPlan> plans;
    for (const wallets::Wallet &wallet : depositAddresses) {
        AddressPlan ap;
        ap.wallet = wallet;
        auto account = m_algod.account(wallet.address);
        if (!account)
            return account.error();
        const auto waitingFor = busy.find(wallet.address);
        for (std::size_t i = 0; i < asas.size(); ++i) {
            const wallets::WatchedToken &token = asas[i];
            std::optional<algorand::AssetHolding> holding;
            for (const algorand::AssetHolding &h : account.value().assets) {
                if (h.assetId == token.identity.asaId)
                    holding = h;
            }
            if (!holding) {
                SweepPlan missing;
                missing.address = wallet.address;
                missing.asset = token.asset;
                missing.feeEach = fee;
                missing.waiting = waitingFor != busy.end() ? "not opted in to " + token.asset + "; " + waitingFor->second
                                                           : "not opted in to " + token.asset + " yet: the next run opts it in";
                if (waitingFor == busy.end())
                    ap.optIns.push_back({token.asset, token.identity.asaId});
                ap.optInPlans.push_back(std::move(missing));
                continue;
            }
            auto found = states[i].perAddress.find(wallet.address);
            if (found == states[i].perAddress.end())
                continue;
            TokenSweeps sweeps{token, found->second, {}};
            SweepPlan &tp = sweeps.plan;
            tp.feeEach = fee;
            auto &tiers = states[i].tiers;
            const auto tierHolds = [&tiers](WalletTier t) {
                auto it = tiers.find(t);
                return it != tiers.end() && it->second && !it->second->frozen ? micro(it->second->amount) : Amount::zero();
            };
            if (waitingFor != busy.end()) {
                tp.waiting = waitingFor->second;
            } else if (!hot || !warm) {
                tp.waiting = "Algorand has no hot or warm wallet registered";
            } else if (holding->frozen) {
                tp.waiting = "the address's holding of " + token.asset + " is frozen";
            } else if (micro(holding->amount) < tp.total) {
                tp.waiting = "the address holds " + std::to_string(holding->amount) + " base units of " + token.asset
                           + ", less than the " + tp.total.toBaseUnitString() + " its planned deposits add up to";
            } else {
                auto split = wallets::CollectionPlanner::plan(
                    {tp.total, tierHolds(WalletTier::Hot), tierHolds(WalletTier::Warm), states[i].hotMax, states[i].warmMax});
                if (!split) {
                    tp.waiting = split.error().message;
                } else {
                    for (const auto &[tier, to, amount] : {std::tuple{WalletTier::Hot, &hot, split.value().toHot},
                                                           std::tuple{WalletTier::Warm, &warm, split.value().toWarm},
                                                           std::tuple{WalletTier::Cold, &cold, split.value().toCold}}) {
                        if (!amount.isPositive())
                            continue;
                        const auto it = tiers.find(tier);
                        if (!*to) {
                            tp.waiting = "the plan sends to cold, and Algorand has no cold wallet registered";
                        } else if (it == tiers.end() || !it->second) {
                            tp.waiting = std::string(wallets::walletTierName(tier)) + " (" + (*to)->address
                                       + ") has not opted in to " + token.asset + ": exctl algorand opt-in first";
                        } else if (it->second->frozen) {
                            tp.waiting = std::string(wallets::walletTierName(tier)) + "'s holding of " + token.asset + " is frozen";
                        }
                        if (!tp.waiting.empty()) {
                            sweeps.legs.clear();
                            break;
                        }
                        sweeps.legs.push_back({tier, (*to)->address, amount});
                    }
                    if (tp.waiting.empty()) {
                        tp.split = split.value();
                        // The next address's plan sees what this one fills.
                        for (WalletTier t : {WalletTier::Hot, WalletTier::Warm}) {
                            auto &h = tiers[t];
                            if (h)
                                h->amount += static_cast<std::uint64_t>(
                                    (t == WalletTier::Hot ? split.value().toHot : split.value().toWarm).baseUnits());
                        }
                        ap.needed = plus(ap.needed, Amount::fromBaseUnits(fee.baseUnits() * static_cast<int128>(sweeps.legs.size())));
                    }
                }
            }
            ap.tokens.push_back(std::move(sweeps));
        }
        for (std::size_t n = 0; n < ap.optIns.size(); ++n)
            ap.needed = plus(ap.needed, plus(micro(AlgorandRefueler::kAssetMinBalance), fee));
        ap.held = static_cast<int128>(account.value().amount) - static_cast<int128>(account.value().minBalance)
                - owed[wallet.address].baseUnits();
        const Amount shown = Amount::fromBaseUnits(ap.held > 0 ? ap.held : 0);
        for (TokenSweeps &t : ap.tokens) {
            t.plan.gasNeeded = ap.needed;
            t.plan.gasHeld = shown;
        }
        for (SweepPlan &p : ap.optInPlans) {
            p.gasNeeded = ap.needed;
            p.gasHeld = shown;
        }
        if (!ap.tokens.empty() || !ap.optInPlans.empty())
            plans.push_back(std::move(ap));
    }
    return plans;
}

std::vector<SweepPlan> AlgorandTokenCollection::flatten(const std::vector<AddressPlan> &plans)
{
    std::vector<SweepPlan> flat;
    for (const AddressPlan &ap : plans) {
        flat.insert(flat.end(), ap.optInPlans.begin(), ap.optInPlans.end());
        for (const TokenSweeps &t : ap.tokens)
            flat.push_back(t.plan);
    }
    return flat;
}

Result<std::vector<SweepPlan>> AlgorandTokenCollection::plan(const std::vector<wallets::WatchedToken> &tokens,
                                                             const algorand::SuggestedParams &params)
{
    auto plans = planAll(tokens, params);
    if (!plans)
        return plans.error();
    return flatten(plans.value());
}

Result<AlgorandTokenCollection::OptInCount>
AlgorandTokenCollection::countMissingOptIns(const std::vector<wallets::WatchedToken> &tokens)
{
    OptInCount count;
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    std::set<std::string> addresses; // an address may be listed once per asset
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == Chain::Algorand && w.tier == WalletTier::Deposit && w.derivationIndex)
            addresses.insert(w.address);
    }
    count.addresses = static_cast<int>(addresses.size());
    for (const wallets::WatchedToken &token : tokens) {
        if (token.identity.kind == AssetKind::AlgorandAsa && token.identity.asaId != 0)
            count.missing[token.asset] = 0;
    }
    if (count.missing.empty())
        return count;
    for (const std::string &address : addresses) {
        auto account = m_algod.account(address);
        if (!account)
            return account.error();
        for (const wallets::WatchedToken &token : tokens) {
            auto slot = count.missing.find(token.asset);
            if (slot == count.missing.end())
                continue;
            const auto &held = account.value().assets;
            if (std::none_of(held.begin(), held.end(),
                             [&token](const algorand::AssetHolding &h) { return h.assetId == token.identity.asaId; }))
                ++slot->second;
        }
    }
    return count;
}

Result<void> AlgorandTokenCollection::run(const security::Actor &actor, const security::KeyVault &vault,
                                          const wallets::SignerDestinations &destinations,
                                          const std::vector<wallets::WatchedToken> &tokens,
                                          const algorand::SuggestedParams &params, CollectionRunReport &report)
{
    auto plans = planAll(tokens, params);
    if (!plans)
        return plans.error();
    const Amount fee = assetFee(params);
    AlgorandRefueler refueler(m_database, m_clock, m_ledger, m_audit, m_algod, m_notifier);
    for (AddressPlan &ap : plans.value()) {
        if (!ap.needed.isPositive())
            continue; // nothing ready here
        const std::string &address = ap.wallet.address;
        if (ap.held >= ap.needed.baseUnits()) {
            if (!ap.optIns.empty()) {
                auto signedOptIns = refueler.signOptIns(actor, vault, ap.wallet, ap.optIns, params, fee);
                if (!signedOptIns) {
                    report.problems.push_back(address + ": no opt-in signed: " + signedOptIns.error().message);
                } else {
                    for (std::size_t i = 0; i < ap.optInPlans.size() && i < signedOptIns.value().size(); ++i)
                        ap.optInPlans[i].waiting = "its opt-in to " + ap.optInPlans[i].asset + " is signed ("
                                                 + signedOptIns.value()[i].txid + ")";
                }
            }
            if (auto swept = signSweeps(actor, vault, destinations, ap, params, report); !swept)
                report.problems.push_back(address + ": " + swept.error().message);
            continue;
        }
        // The address lacks ALGO: the fee wallet sends the difference, once
        // the address is shown to be one of the exchange's own (the vault's
        // seed derives it).
        if (auto ours = withAlgorandDepositKey(vault, ap.wallet, [](const QByteArray &) { return Result<void>(); }); !ours) {
            report.problems.push_back(address + ": " + ours.error().message);
            continue;
        }
        std::string forAssets;
        for (const AlgorandRefueler::OptIn &o : ap.optIns)
            forAssets += (forAssets.empty() ? "" : ",") + o.asset;
        for (const TokenSweeps &t : ap.tokens) {
            if (t.plan.split && forAssets.find(t.token.asset) == std::string::npos)
                forAssets += (forAssets.empty() ? "" : ",") + t.token.asset;
        }
        const Amount lacking = Amount::fromBaseUnits(ap.needed.baseUnits() - ap.held);
        auto refuel = refueler.signRefuel(actor, vault, address, forAssets, lacking, params, fee);
        if (!refuel) {
            report.problems.push_back(address + ": no refuel signed: " + refuel.error().message);
            continue;
        }
        report.refuels.push_back({address, forAssets, lacking, refuel.value().txid});
        const std::string waiting = "a refuel of " + lacking.toBaseUnitString() + " microalgos is signed (" + refuel.value().txid
                                  + "); the opt-ins and sweeps follow once it is confirmed";
        for (SweepPlan &p : ap.optInPlans)
            p.waiting = waiting;
        for (TokenSweeps &t : ap.tokens) {
            if (t.plan.split)
                t.plan.waiting = waiting;
            t.plan.split.reset();
        }
    }
    for (SweepPlan &p : flatten(plans.value()))
        report.plans.push_back(std::move(p));
    return {};
}

Result<void> AlgorandTokenCollection::signSweeps(const security::Actor &actor, const security::KeyVault &vault,
                                                 const wallets::SignerDestinations &destinations, const AddressPlan &plan,
                                                 const algorand::SuggestedParams &params, CollectionRunReport &report)
{
    std::size_t legCount = 0;
    for (const TokenSweeps &t : plan.tokens) {
        if (t.plan.split)
            legCount += t.legs.size();
    }
    if (legCount == 0)
        return {};
    const wallets::Wallet &wallet = plan.wallet;
    auto sender = algorand::decodeAddress(wallet.address);
    if (!sender)
        return sender.error();
    // Every leg's destination first: one the signer cannot verify signs
    // nothing of the address's plan.
    for (const TokenSweeps &t : plan.tokens) {
        if (!t.plan.split)
            continue;
        for (const Leg &leg : t.legs) {
            if (auto trusted = destinations.check(Chain::Algorand, leg.tier, coin(), leg.to); !trusted)
                return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier)
                    .refuse(actor, t.plan, leg.tier, leg.to, wallets::SignerDestinations::checkName(leg.tier), trusted.error(),
                            report);
        }
    }
    // The sequence of a sweep is its first valid round, unique per sender
    // in the collections table (the coin's sweeps take them too).
    const std::uint64_t lowest = params.lastRound > AlgorandRefueler::kValidityRounds - 1
                                     ? params.lastRound - (AlgorandRefueler::kValidityRounds - 1)
                                     : 1;
    auto used = CollectionRepository(m_database.connection(), m_database.dialect())
                    .sequencesFrom(Chain::Algorand, wallet.address, static_cast<std::int64_t>(lowest));
    if (!used)
        return used.error();
    auto rounds = AlgorandRefueler::freeRounds(std::set<std::int64_t>(used.value().begin(), used.value().end()), params.lastRound,
                                               legCount);
    if (!rounds)
        return rounds.error();
    const Amount fee = assetFee(params);
    const std::int64_t now = m_clock.nowMs();

    std::vector<std::pair<const TokenSweeps *, std::vector<CollectionRecord>>> groups;
    auto signedAll = withAlgorandDepositKey(vault, wallet, [&](const QByteArray &secret) -> Result<void> {
        std::size_t next = 0;
        for (const TokenSweeps &t : plan.tokens) {
            if (!t.plan.split)
                continue;
            std::vector<CollectionRecord> sweeps;
            for (const Leg &leg : t.legs) {
                algorand::AssetTransferTransaction tx;
                tx.sender = sender.value();
                tx.receiver = algorand::decodeAddress(leg.to).value();
                tx.assetId = t.token.identity.asaId;
                tx.amount = static_cast<std::uint64_t>(leg.amount.baseUnits());
                tx.fee = static_cast<std::uint64_t>(fee.baseUnits());
                tx.firstValid = rounds.value()[next++];
                tx.lastValid = tx.firstValid + AlgorandRefueler::kValidityRounds;
                tx.genesisId = params.genesisId;
                tx.genesisHash = params.genesisHash;
                if (auto valid = tx.validate(); !valid)
                    return valid.error();
                tx.sign(secret);
                CollectionRecord r;
                r.chain = Chain::Algorand;
                r.asset = t.token.asset;
                r.fromAddress = wallet.address;
                r.tier = leg.tier;
                r.toAddress = leg.to;
                r.amount = leg.amount;
                r.maxFee = fee; // Algorand charges exactly the fee named
                r.sequence = static_cast<std::int64_t>(tx.firstValid);
                r.rawTx = tx.encodeSigned().toHex().toStdString();
                r.txid = tx.id();
                r.state = CollectionState::Signed;
                r.createdAtMs = now;
                sweeps.push_back(std::move(r));
            }
            groups.emplace_back(&t, std::move(sweeps));
        }
        return Result<void>();
    });
    if (!signedAll)
        return signedAll.error();
    for (auto &[t, sweeps] : groups) {
        const std::string groupKey = "algorand:" + wallet.address + ":" + std::to_string(sweeps.front().sequence);
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
