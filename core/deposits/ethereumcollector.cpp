#include "core/deposits/ethereumcollector.h"

#include "core/base/changenotifier.h"
#include "core/base/message.h"
#include "core/base/clock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/receiptoutcome.h"
#include "core/chains/ethereum/storedsend.h"
#include "core/chains/ethereum/transaction.h"
#include "core/crypto/bip32key.h"
#include "core/crypto/hex.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/ethereumdepositkey.h"
#include "core/deposits/ethereumrefueler.h"
#include "core/deposits/ethereumsweepreplacement.h"
#include "core/deposits/sweepattemptrepository.h"
#include "core/deposits/ethereumtokencollection.h"
#include "core/deposits/refuelrepository.h"
#include "core/chains/ethereum/erc20event.h"
#include "core/deposits/sweepsettlement.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/signerdestinations.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <map>

namespace exchange::deposits {

using wallets::WalletTier;

namespace {

const std::string kAsset = "ETH";

Amount plus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}
Amount minus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() - b.baseUnits());
}

int parts(const wallets::CollectionPlan &p)
{
    return (p.toHot.isPositive() ? 1 : 0) + (p.toWarm.isPositive() ? 1 : 0) + (p.toCold.isPositive() ? 1 : 0);
}

} // namespace

struct EthereumCollector::Tiers {
    std::optional<wallets::Wallet> hot, warm, cold;
    Amount hotBalance, warmBalance; // as read from the node, plus what this run sends
    Amount hotMax, warmMax;
    int confirmations = 1;
};

EthereumCollector::EthereumCollector(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                     security::AuditLog &audit, wallets::WalletService &wallets,
                                     ethereum::JsonRpcClient &node, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_node(node),
      m_notifier(notifier)
{
}

Result<Amount> EthereumCollector::quantityOf(const QString &method, const QJsonValue &params)
{
    auto answer = m_node.callAndWait(method, params);
    if (!answer)
        return answer.error();
    const auto value = ethereum::parseQuantity(answer.value());
    if (!value)
        return Error{ErrorCode::Unavailable, method.toStdString() + ": " + value.error().message};
    return Amount::fromBaseUnits(*value);
}

Result<EthereumCollector::Tiers> EthereumCollector::readTiers()
{
    Tiers tiers;
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain != Chain::Ethereum || w.asset != kAsset)
            continue;
        auto &slot = w.tier == WalletTier::Hot ? tiers.hot : w.tier == WalletTier::Warm ? tiers.warm
                                                         : w.tier == WalletTier::Cold ? tiers.cold
                                                                                      : tiers.hot;
        const bool tier = w.tier == WalletTier::Hot || w.tier == WalletTier::Warm || w.tier == WalletTier::Cold;
        if (tier && !slot)
            slot = w; // not a deposit address, nor the fee wallet
    }
    auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(kAsset);
    if (!asset)
        return asset.error();
    tiers.hotMax = asset.value().settings.hotMax;
    tiers.warmMax = asset.value().settings.warmMax;
    auto settings = m_wallets.chainSettings(Chain::Ethereum);
    if (!settings)
        return settings.error();
    tiers.confirmations = std::max(settings.value().confirmations, 1);
    // The planner needs hot's and warm's balances; read them (and cold's,
    // for the Wallets screen) now. Unreadable: no plan, the deposits wait.
    for (auto *tier : {&tiers.hot, &tiers.warm, &tiers.cold}) {
        if (!*tier)
            continue;
        auto balance = quantityOf(QStringLiteral("eth_getBalance"),
                                  QJsonArray{QString::fromStdString((*tier)->address), QStringLiteral("latest")});
        if (!balance)
            return balance.error();
        (*tier)->chainBalance = balance.value();
        if (auto recorded = m_wallets.recordChainBalance((*tier)->id, balance.value()); !recorded)
            return recorded.error();
    }
    if (tiers.hot)
        tiers.hotBalance = *tiers.hot->chainBalance;
    if (tiers.warm)
        tiers.warmBalance = *tiers.warm->chainBalance;
    return tiers;
}

Result<std::vector<SweepPlan>> EthereumCollector::plan(const wallets::PinnedKeySource &pin)
{
    auto tiers = readTiers();
    if (!tiers)
        return tiers.error();
    auto gasPrice = quantityOf(QStringLiteral("eth_gasPrice"), QJsonArray{});
    if (!gasPrice)
        return gasPrice.error();
    auto plans = planWith(tiers.value(), gasPrice.value());
    if (!plans)
        return plans.error();
    const auto inForce = tokens(pin, plans.value());
    auto tokenPlans = EthereumTokenCollection(m_database, m_clock, m_ledger, m_audit, m_wallets, m_node, m_notifier)
                          .plan(inForce, gasPrice.value());
    if (!tokenPlans)
        return tokenPlans.error();
    plans.value().insert(plans.value().end(), tokenPlans.value().begin(), tokenPlans.value().end());
    return plans;
}

std::vector<wallets::WatchedToken> EthereumCollector::tokens(const wallets::PinnedKeySource &pin, std::vector<SweepPlan> &plans)
{
    auto inForce = wallets::tokensInForce(m_database.connection(), m_database.dialect(), Chain::Ethereum, pin);
    if (inForce)
        return inForce.value();
    SweepPlan waiting;
    waiting.asset = "tokens";
    waiting.waiting = "token collection waits: " + inForce.error().message;
    plans.push_back(waiting);
    return {};
}

Result<std::vector<SweepPlan>> EthereumCollector::planWith(Tiers &tiers, const Amount &gasPrice)
{
    DepositFilter filter;
    filter.state = DepositState::CollectionPlanned;
    filter.asset = kAsset;
    filter.limit = 100000;
    auto planned = DepositRepository(m_database.connection(), m_database.dialect()).list(filter);
    if (!planned)
        return planned.error();
    std::map<std::string, SweepPlan> byAddress;
    for (const DepositRecord &d : planned.value()) {
        if (d.chain != Chain::Ethereum)
            continue;
        SweepPlan &p = byAddress[d.to];
        p.address = d.to;
        p.asset = kAsset;
        p.depositIds.push_back(d.id);
        p.total = plus(p.total, d.amount);
    }
    const Amount feeEach = Amount::fromBaseUnits(gasPrice.baseUnits() * static_cast<int128>(kTransferGas));
    std::vector<SweepPlan> plans;
    for (auto &[address, p] : byAddress) {
        p.feeEach = feeEach;
        if (!tiers.hot || !tiers.warm) {
            p.waiting = "Ethereum has no hot or warm wallet registered";
        } else {
            auto balance = quantityOf(QStringLiteral("eth_getBalance"),
                                      QJsonArray{QString::fromStdString(address), QStringLiteral("latest")});
            if (!balance)
                return balance.error();
            if (balance.value() < p.total) {
                p.waiting = "the address holds " + balance.value().toBaseUnitString() + " wei, less than the "
                          + p.total.toBaseUnitString() + " wei its planned deposits add up to";
            } else {
                // Each sweep pays its own gas out of the total: plan for one
                // sweep, and again while the split needs more.
                std::optional<wallets::CollectionPlan> split;
                for (int sweeps = 1; sweeps <= 3; ++sweeps) {
                    const Amount net = minus(p.total, Amount::fromBaseUnits(feeEach.baseUnits() * sweeps));
                    if (!net.isPositive()) {
                        p.waiting = "the gas of the sweep would take all of it";
                        break;
                    }
                    auto s = wallets::CollectionPlanner::plan({net, tiers.hotBalance, tiers.warmBalance, tiers.hotMax, tiers.warmMax});
                    if (!s) {
                        p.waiting = s.error().message;
                        break;
                    }
                    if (parts(s.value()) <= sweeps) {
                        split = s.value();
                        break;
                    }
                }
                if (split && split->toCold.isPositive() && !tiers.cold) {
                    p.waiting = "the plan sends to cold, and Ethereum has no cold wallet registered";
                    split.reset();
                }
                if (split) {
                    p.split = split;
                    // The next address's plan sees what this one fills.
                    tiers.hotBalance = plus(tiers.hotBalance, split->toHot);
                    tiers.warmBalance = plus(tiers.warmBalance, split->toWarm);
                }
            }
        }
        plans.push_back(p);
    }
    return plans;
}

Result<CollectionRunReport> EthereumCollector::run(const security::Actor &actor, const security::KeyVault &vault)
{
    if (auto allowed = security::authorize(actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    CollectionRunReport report;
    // What is stored goes out (again) first, so nonces stay in order.
    if (auto followed = follow(report); !followed)
        return followed.error();
    // Then what waits on chain for a base fee it cannot pay is replaced:
    // stored here, sent by the last follow() of the run.
    EthereumSweepReplacement replacements(m_database, m_clock, m_ledger, m_audit, m_node);
    replacements.setPolicy(m_replacementPolicy);
    if (auto replaced = replacements.replaceStuck(actor, vault, report); !replaced)
        return replaced.error();
    auto destinations = wallets::SignerDestinations::fromVault(m_database.connection(), vault);
    if (!destinations)
        return destinations.error();
    auto tiers = readTiers();
    if (!tiers)
        return tiers.error();
    auto gasPrice = quantityOf(QStringLiteral("eth_gasPrice"), QJsonArray{});
    if (!gasPrice)
        return gasPrice.error();
    auto chainId = quantityOf(QStringLiteral("eth_chainId"), QJsonArray{});
    if (!chainId)
        return chainId.error();
    auto settings = m_wallets.chainSettings(Chain::Ethereum);
    if (!settings)
        return settings.error();
    if (!settings.value().network.empty() && settings.value().network != chainId.value().toBaseUnitString())
        return Error{ErrorCode::Conflict, "the node is on chain id " + chainId.value().toBaseUnitString()
                                              + ", the settings say " + settings.value().network};
    auto plans = planWith(tiers.value(), gasPrice.value());
    if (!plans)
        return plans.error();
    report.plans = plans.value();
    for (const SweepPlan &p : report.plans) {
        if (!p.split)
            continue;
        if (auto stored = signAndStore(actor, vault, destinations.value(), p, tiers.value(), gasPrice.value(),
                                       static_cast<std::uint64_t>(chainId.value().baseUnits()), report);
            !stored)
            report.problems.push_back(p.address + ": " + stored.error().message);
    }
    // The tokens, after the coin: an address whose coin sweeps were just
    // signed waits for them (one nonce sequence per address).
    const auto inForce = tokens([&vault] { return vault.pinnedAdminKey(); }, report.plans);
    if (auto tokenRun = EthereumTokenCollection(m_database, m_clock, m_ledger, m_audit, m_wallets, m_node, m_notifier)
                            .run(actor, vault, destinations.value(), inForce, gasPrice.value(),
                                 static_cast<std::uint64_t>(chainId.value().baseUnits()), report);
        !tokenRun)
        report.problems.push_back("token collection: " + tokenRun.error().message);
    if (auto followed = follow(report); !followed)
        return followed.error();
    return report;
}

Result<void> EthereumCollector::signAndStore(const security::Actor &actor, const security::KeyVault &vault,
                                             const wallets::SignerDestinations &destinations, const SweepPlan &plan,
                                             const Tiers &tiers, const Amount &gasPrice, std::uint64_t chainId,
                                             CollectionRunReport &report)
{
    auto wallet = wallets::WalletRepository(m_database.connection(), m_database.dialect()).findByAddress(Chain::Ethereum, plan.address);
    if (!wallet)
        return wallet.error();
    if (!wallet.value() || !wallet.value()->derivationIndex)
        return Error{ErrorCode::NotFound, "the deposit address has no derivation index: its key is not the exchange's"};
    auto nonce = quantityOf(QStringLiteral("eth_getTransactionCount"),
                            QJsonArray{QString::fromStdString(plan.address), QStringLiteral("pending")});
    if (!nonce)
        return nonce.error();
    auto taken = CollectionRepository(m_database.connection(), m_database.dialect())
                     .sequencesFrom(Chain::Ethereum, plan.address, static_cast<std::int64_t>(nonce.value().baseUnits()));
    if (!taken)
        return taken.error();
    if (!taken.value().empty())
        return Error{ErrorCode::Conflict, "sweeps from this address are stored at nonce " + std::to_string(taken.value().front())
                                              + " that the node does not know yet; they go out first"};

    struct Leg {
        WalletTier tier;
        const wallets::Wallet *to;
        Amount amount;
    };
    std::vector<Leg> legs;
    if (plan.split->toHot.isPositive())
        legs.push_back({WalletTier::Hot, &*tiers.hot, plan.split->toHot});
    if (plan.split->toWarm.isPositive())
        legs.push_back({WalletTier::Warm, &*tiers.warm, plan.split->toWarm});
    if (plan.split->toCold.isPositive())
        legs.push_back({WalletTier::Cold, &*tiers.cold, plan.split->toCold});
    // Every leg's destination first: one the signer cannot verify signs
    // none of the plan's sweeps.
    for (const Leg &leg : legs) {
        if (auto trusted = destinations.check(Chain::Ethereum, leg.tier, leg.to->asset, leg.to->address); !trusted)
            return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier)
                .refuse(actor, plan, leg.tier, leg.to->address, wallets::SignerDestinations::checkName(leg.tier),
                        trusted.error(), report);
    }
    // What the deposits hold beyond the legs and their gas is gas too: the
    // planner worked on the total less one fee per sweep it might need.
    const std::string groupKey = "ethereum:" + plan.address + ":" + nonce.value().toBaseUnitString();
    const std::int64_t now = m_clock.nowMs();

    std::vector<CollectionRecord> sweeps;
    auto signing = withEthereumDepositKey(vault, *wallet.value(), [&](const QByteArray &secretKey) -> Result<void> {
        std::uint64_t n = static_cast<std::uint64_t>(nonce.value().baseUnits());
        for (const Leg &leg : legs) {
            ethereum::Transaction tx;
            tx.type = ethereum::Transaction::Type::Eip1559;
            tx.chainId = chainId;
            tx.nonce = n;
            tx.maxFeePerGas = UInt256::fromUint128(static_cast<uint128>(gasPrice.baseUnits()));
            tx.maxPriorityFeePerGas = tx.maxFeePerGas;
            tx.gasLimit = kTransferGas;
            tx.to = ethereum::parseAddress(leg.to->address).value();
            tx.value = UInt256::fromUint128(static_cast<uint128>(leg.amount.baseUnits()));
            if (auto s = tx.sign(secretKey); !s)
                return s.error();
            CollectionRecord r;
            r.groupKey = groupKey;
            r.chain = Chain::Ethereum;
            r.asset = kAsset;
            r.fromAddress = plan.address;
            r.tier = leg.tier;
            r.toAddress = leg.to->address;
            r.amount = leg.amount;
            r.maxFee = plan.feeEach;
            r.sequence = static_cast<std::int64_t>(n);
            r.rawTx = "0x" + tx.serialise().toHex().toStdString();
            r.txid = tx.hashHex();
            r.state = CollectionState::Signed;
            r.createdAtMs = now;
            sweeps.push_back(std::move(r));
            ++n;
        }
        return Result<void>();
    });
    if (!signing)
        return signing.error();

    return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier).storeSigned(actor, plan, groupKey, sweeps, report);
}

Result<void> EthereumCollector::follow(CollectionRunReport &report)
{
    auto open = CollectionRepository(m_database.connection(), m_database.dialect())
                    .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!open)
        return open.error();
    auto refuels = RefuelRepository(m_database.connection(), m_database.dialect())
                       .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!refuels)
        return refuels.error();
    report.awaitingConfirmations = 0; // a count of now, not a running total
    if (open.value().empty() && refuels.value().empty())
        return {};
    auto settings = m_wallets.chainSettings(Chain::Ethereum);
    if (!settings)
        return settings.error();
    const int confirmations = std::max(settings.value().confirmations, 1);
    auto head = quantityOf(QStringLiteral("eth_blockNumber"), QJsonArray{});
    if (!head)
        return head.error();
    if (auto followed = EthereumRefueler(m_database, m_clock, m_ledger, m_audit, m_node, m_notifier)
                            .follow(confirmations, static_cast<std::int64_t>(head.value().baseUnits()), report);
        !followed)
        return followed;
    // The attempts replacements took the place of: the chain may mine one.
    auto superseded = SweepAttemptRepository(m_database.connection(), m_database.dialect()).superseded(SweepKind::Collection);
    if (!superseded)
        return superseded.error();
    EthereumSweepReplacement replacements(m_database, m_clock, m_ledger, m_audit, m_node);
    for (CollectionRecord sweep : open.value()) {
        if (sweep.chain != Chain::Ethereum)
            continue;
        CollectionRepository collections(m_database.connection(), m_database.dialect());
        auto receipt = m_node.callAndWait(QStringLiteral("eth_getTransactionReceipt"), QJsonArray{QString::fromStdString(sweep.txid)});
        if (!receipt)
            return receipt.error();
        const auto rivals = superseded.value().find(sweep.id);
        if (rivals != superseded.value().end()) {
            if (receipt.value().isNull()) {
                // Not the row's attempt: perhaps one it replaced.
                auto back = replacements.takeBackMined(EthereumSweepReplacement::currentOf(sweep), rivals->second);
                if (!back)
                    return back.error();
                if (back.value()) {
                    const SweepAttempt &mined = back.value()->attempt;
                    sweep.note = "replacement " + sweep.txid + " not mined; " + mined.txid + " was";
                    sweep.amount = mined.amount;
                    sweep.maxFee = mined.maxFee;
                    sweep.rawTx = mined.rawTx;
                    sweep.txid = mined.txid;
                    receipt = back.value()->receipt;
                }
            } else if (auto dropped = replacements.dropSuperseded(SweepKind::Collection, sweep.id, sweep.txid); !dropped) {
                return dropped;
            }
        }
        if (receipt.value().isNull()) {
            // Not mined (or never arrived): send the stored bytes, which
            // the node takes as the same transaction, never a second one.
            if (auto sent = ethereum::sendStored(m_node, sweep.rawTx, sweep.txid); !sent) {
                report.problems.push_back(sent.error().message);
                continue;
            }
            if (sweep.state == CollectionState::Signed) {
                if (auto moved = collections.advance(sweep.id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt,
                                                     sweep.note, m_clock.nowMs());
                    !moved)
                    return moved;
                ++report.broadcast;
            }
            ++report.awaitingConfirmations;
            continue;
        }
        if (sweep.state == CollectionState::Signed) {
            // Sent before a crash and mined since.
            if (auto moved = collections.advance(sweep.id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt,
                                                 sweep.note, m_clock.nowMs());
                !moved)
                return moved;
            sweep.state = CollectionState::Broadcast;
            ++report.broadcast;
        }
        const auto block = ethereum::parseQuantity(receipt.value().toObject().value(QStringLiteral("blockNumber")));
        if (!block)
            return Error{ErrorCode::Unavailable, "the node's receipt of " + sweep.txid + " has no block number"};
        if (head.value().baseUnits() - *block + 1 < confirmations) {
            ++report.awaitingConfirmations;
            continue;
        }
        if (auto settled = settle(sweep, receipt.value(), report); !settled)
            return settled;
    }
    return {};
}

Result<void> EthereumCollector::settle(const CollectionRecord &sweep, const QJsonValue &receiptValue, CollectionRunReport &report)
{
    const QJsonObject receipt = receiptValue.toObject();
    auto outcome = ethereum::readReceipt(receipt, sweep.txid);
    if (!outcome)
        return outcome.error();
    bool succeeded = outcome.value().succeeded;
    const Amount fee = outcome.value().fee;
    std::string note = succeeded ? sweep.note : std::string("reverted on chain");
    if (succeeded && sweep.asset != kAsset) {
        // A token's sweep moved the token only if its receipt logs the
        // Transfer of the amount (a token may return false and move nothing).
        auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(sweep.asset);
        if (!asset)
            return asset.error();
        if (!ethereum::receiptHasTransfer(receipt, asset.value().asset.identity.contract, sweep.fromAddress, sweep.toAddress,
                                          sweep.amount.baseUnits())) {
            succeeded = false;
            note = "the call succeeded but the token did not move (no Transfer of the amount to the tier)";
        }
    }

    return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier).settle(sweep, {succeeded, fee, note}, report);
}

} // namespace exchange::deposits
