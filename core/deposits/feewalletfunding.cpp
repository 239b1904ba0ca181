#include "core/deposits/feewalletfunding.h"

#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/chains/algorand/algodclient.h"
#include "core/deposits/indexertransaction.h"
#include "core/encoding/exactjson.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/wallets/walletrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exchange::deposits {

using wallets::WalletTier;

FeeWalletFunding::FeeWalletFunding(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                   security::AuditLog &audit, ethereum::JsonRpcClient &node)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_node(&node)
{
}

FeeWalletFunding::FeeWalletFunding(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                   security::AuditLog &audit, algorand::AlgodClient &indexer)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_indexer(&indexer)
{
}

Result<FeeWalletFunding::ChainWallets> FeeWalletFunding::walletsOf(Chain chain) const
{
    auto all = wallets::WalletRepository(m_database.connection(), m_database.dialect()).list();
    if (!all)
        return all.error();
    ChainWallets found;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain != chain)
            continue;
        if (w.tier == WalletTier::Fee)
            found.fee = w.address;
        if ((w.tier == WalletTier::Warm || w.tier == WalletTier::Cold) && !found.tiers.count(w.tier))
            found.tiers[w.tier] = w.address;
    }
    if (!found.fee)
        return Error{ErrorCode::NotFound, "no " + std::string(chain == Chain::Algorand ? "Algorand" : "Ethereum")
                                              + " fee wallet is registered: exctl wallet add --chain "
                                              + std::string(chainName(chain)) + " --tier fee"};
    return found;
}

Result<FeeWalletFunded> FeeWalletFunding::recordEthereum(const security::Actor &actor, const std::string &txidText,
                                                         int confirmations)
{
    if (auto allowed = security::authorize(actor, security::Action::AdjustLedger); !allowed)
        return allowed.error();
    if (!m_node)
        return Error{ErrorCode::NotFound, "no Ethereum node to read the funding from"};
    auto txid = chains::validateTxId(Chain::Ethereum, txidText);
    if (!txid)
        return txid.error();
    auto wallets = walletsOf(Chain::Ethereum);
    if (!wallets)
        return wallets.error();
    const std::optional<std::string> fee = wallets.value().fee;
    const std::map<WalletTier, std::string> &tiers = wallets.value().tiers;

    const QJsonArray byHash{QString::fromStdString(txid.value())};
    auto tx = m_node->callAndWait(QStringLiteral("eth_getTransactionByHash"), byHash);
    if (!tx)
        return tx.error();
    auto receipt = m_node->callAndWait(QStringLiteral("eth_getTransactionReceipt"), byHash);
    if (!receipt)
        return receipt.error();
    auto head = m_node->callAndWait(QStringLiteral("eth_blockNumber"), QJsonArray{});
    if (!head)
        return head.error();
    if (tx.value().isNull() || receipt.value().isNull())
        return Error{ErrorCode::NotFound, "the node knows no mined transaction " + txid.value()};
    const QJsonObject t = tx.value().toObject();
    const QJsonObject r = receipt.value().toObject();
    const auto value = ethereum::parseQuantity(t.value(QStringLiteral("value")));
    const auto block = ethereum::parseQuantity(r.value(QStringLiteral("blockNumber")));
    const auto tip = ethereum::parseQuantity(head.value());
    auto to = chains::validateAddress(Chain::Ethereum, t.value(QStringLiteral("to")).toString().toStdString());
    auto from = chains::validateAddress(Chain::Ethereum, t.value(QStringLiteral("from")).toString().toStdString());
    if (!value || !block || !tip || !from)
        return Error{ErrorCode::Unavailable, "the node's answer about " + txid.value() + " lacks its value, block or sender"};
    if (r.value(QStringLiteral("status")).toString() != QStringLiteral("0x1"))
        return Error{ErrorCode::InvalidInput, txid.value() + " failed on chain: it moved no ether"};
    if (!to || to.value() != *fee)
        return Error{ErrorCode::InvalidInput, txid.value() + " does not pay the fee wallet " + *fee};
    if (*value <= 0)
        return Error{ErrorCode::InvalidInput, txid.value() + " pays the fee wallet no ether"};
    if (*tip - *block + 1 < std::max(confirmations, 1))
        return Error{ErrorCode::WrongState, txid.value() + " has " + std::to_string(static_cast<long long>(*tip - *block + 1))
                                                + " confirmations of the " + std::to_string(confirmations) + " the chain needs"};

    FeeWalletFunded funded{txid.value(), from.value(), std::nullopt, Amount::fromBaseUnits(*value)};
    for (const auto &[tier, address] : tiers) {
        if (address == from.value())
            funded.fromTier = tier;
    }
    return book(actor, Chain::Ethereum, *fee, funded);
}

Result<FeeWalletFunded> FeeWalletFunding::recordAlgorand(const security::Actor &actor, const std::string &txidText)
{
    if (auto allowed = security::authorize(actor, security::Action::AdjustLedger); !allowed)
        return allowed.error();
    if (!m_indexer)
        return Error{ErrorCode::NotFound, "Algorand has no indexer URL: exctl chain set algorand --indexer URL"};
    auto txid = chains::validateTxId(Chain::Algorand, txidText);
    if (!txid)
        return txid.error();
    auto wallets = walletsOf(Chain::Algorand);
    if (!wallets)
        return wallets.error();
    const std::optional<std::string> fee = wallets.value().fee;
    const std::map<WalletTier, std::string> &tiers = wallets.value().tiers;
    // The indexer's GET /v2/transactions/{txid}: only confirmed
    // transactions (Algorand is final in its round), read as a page of one
    // with the watchers' strict reader, watching the fee wallet.
    auto answer = m_indexer->getAndWait(QStringLiteral("/v2/transactions/") + QString::fromStdString(txid.value()));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return Error{ErrorCode::NotFound, "the indexer knows no confirmed transaction " + txid.value()};
    if (answer.value().status != 200)
        return Error{ErrorCode::Unavailable, "the indexer answered HTTP " + std::to_string(answer.value().status) + " for " + txid.value()};
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *transaction = json ? json.value().member("transaction") : nullptr;
    const encoding::JsonValue *id = transaction ? transaction->member("id") : nullptr;
    if (!transaction || transaction->kind != encoding::JsonValue::Kind::Object || !id || id->text != txid.value())
        return Error{ErrorCode::Unavailable, "the indexer's answer for " + txid.value() + " is not that transaction"};
    // Its exact bytes, so amounts stay exact (never a double).
    const encoding::JsonValue *round = json.value().member("current-round");
    const std::string_view current = round && round->kind == encoding::JsonValue::Kind::Number ? round->raw : std::string_view("0");
    const QByteArray page = "{\"current-round\":" + QByteArray(current.data(), static_cast<qsizetype>(current.size()))
                          + ",\"transactions\":["
                          + QByteArray(transaction->raw.data(), static_cast<qsizetype>(transaction->raw.size())) + "]}";
    IndexerWatch watch;
    watch.receivers.insert(*fee);
    auto parsed = parseIndexerTransactions(page, watch);
    if (!parsed)
        return Error{ErrorCode::Unavailable, "the indexer's answer for " + txid.value() + ": " + parsed.error().message};
    if (!parsed.value().refused.empty())
        return Error{ErrorCode::Unavailable, "the indexer's answer for " + txid.value() + ": " + parsed.value().refused.front().message};
    FeeWalletFunded funded{txid.value(), {}, std::nullopt, Amount::zero()};
    for (const ObservedPayment &p : parsed.value().payments) {
        if (p.to != *fee || p.asset != nativeAssetOf(Chain::Algorand).code)
            continue;
        funded.amount = Amount::fromBaseUnits(funded.amount.baseUnits() + p.amount.baseUnits());
        funded.from = p.from;
    }
    if (!funded.amount.isPositive())
        return Error{ErrorCode::InvalidInput, txid.value() + " pays the fee wallet " + *fee + " no ALGO"};
    for (const auto &[tier, address] : tiers) {
        if (address == funded.from)
            funded.fromTier = tier;
    }
    return book(actor, Chain::Algorand, *fee, funded);
}

Result<FeeWalletFunded> FeeWalletFunding::book(const security::Actor &actor, Chain chain, const std::string &feeAddress,
                                               const FeeWalletFunded &funded)
{
    const std::string &coin = nativeAssetOf(chain).code;
    const ledger::AccountKey source = funded.fromTier ? ledger::walletAccount(wallets::walletTierName(*funded.fromTier), coin)
                                                      : ledger::equityAccount("fee_wallet_funding", coin);
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::AdjustLedger); !allowed)
        return allowed.error();
    // A funding exported from warm for offline signing is booked, with its
    // network fee, when its replenishment confirms (exctl replenish).
    auto exported = sql::run(work.db(), QStringLiteral("SELECT id FROM replenishments WHERE txid = ?"),
                             {QString::fromStdString(funded.txid)});
    if (!exported)
        return exported.error();
    if (exported.value().next())
        return Error{ErrorCode::Conflict, funded.txid + " is replenishment " + exported.value().value(0).toString().toStdString()
                                              + ", booked with its network fee when it confirms (exctl replenish plan follows it)"};
    auto booked = m_ledger.submitLinkedIn(
        work, {ledger::TransferRequest::posted("fee-funding:" + funded.txid,
                                               funded.fromTier ? ledger::TransferCode::Replenishment : ledger::TransferCode::Adjustment,
                                               ledger::walletAccount(wallets::walletTierName(WalletTier::Fee), coin), source,
                                               funded.amount, funded.txid)});
    if (!booked)
        return booked.error();
    if (auto audited = m_audit.append(work.db(), actor, "fee_wallet.fund", "wallet", feeAddress, {},
                                      QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(chainName(chain))},
                                                  {QStringLiteral("txid"), QString::fromStdString(funded.txid)},
                                                  {QStringLiteral("from"), QString::fromStdString(funded.from)},
                                                  {QStringLiteral("from_tier"), funded.fromTier
                                                       ? QString::fromLatin1(wallets::walletTierName(*funded.fromTier))
                                                       : QStringLiteral("outside")},
                                                  {QStringLiteral("amount_base_units"),
                                                   QString::fromStdString(funded.amount.toBaseUnitString())}});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return funded;
}

} // namespace exchange::deposits
