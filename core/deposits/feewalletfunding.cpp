#include "core/deposits/feewalletfunding.h"

#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/walletrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exchange::deposits {

using wallets::WalletTier;

FeeWalletFunding::FeeWalletFunding(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                   security::AuditLog &audit, ethereum::JsonRpcClient &node)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_node(node)
{
}

Result<FeeWalletFunded> FeeWalletFunding::recordEthereum(const security::Actor &actor, const std::string &txidText,
                                                         int confirmations)
{
    if (auto allowed = security::authorize(actor, security::Action::AdjustLedger); !allowed)
        return allowed.error();
    auto txid = chains::validateTxId(Chain::Ethereum, txidText);
    if (!txid)
        return txid.error();
    auto all = wallets::WalletRepository(m_database.connection(), m_database.dialect()).list();
    if (!all)
        return all.error();
    std::optional<std::string> fee;
    std::map<WalletTier, std::string> tiers;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain != Chain::Ethereum)
            continue;
        if (w.tier == WalletTier::Fee)
            fee = w.address;
        if ((w.tier == WalletTier::Warm || w.tier == WalletTier::Cold) && !tiers.count(w.tier))
            tiers[w.tier] = w.address;
    }
    if (!fee)
        return Error{ErrorCode::NotFound, "no Ethereum fee wallet is registered: exctl wallet add --chain ethereum --tier fee"};

    const QJsonArray byHash{QString::fromStdString(txid.value())};
    auto tx = m_node.callAndWait(QStringLiteral("eth_getTransactionByHash"), byHash);
    if (!tx)
        return tx.error();
    auto receipt = m_node.callAndWait(QStringLiteral("eth_getTransactionReceipt"), byHash);
    if (!receipt)
        return receipt.error();
    auto head = m_node.callAndWait(QStringLiteral("eth_blockNumber"), QJsonArray{});
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
    const std::string &coin = nativeAssetOf(Chain::Ethereum).code;
    const ledger::AccountKey source = funded.fromTier ? ledger::walletAccount(wallets::walletTierName(*funded.fromTier), coin)
                                                      : ledger::equityAccount("fee_wallet_funding", coin);
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::AdjustLedger); !allowed)
        return allowed.error();
    auto booked = m_ledger.submitLinkedIn(
        work, {ledger::TransferRequest::posted("fee-funding:" + funded.txid,
                                               funded.fromTier ? ledger::TransferCode::Replenishment : ledger::TransferCode::Adjustment,
                                               ledger::walletAccount(wallets::walletTierName(WalletTier::Fee), coin), source,
                                               funded.amount, funded.txid)});
    if (!booked)
        return booked.error();
    if (auto audited = m_audit.append(work.db(), actor, "fee_wallet.fund", "wallet", *fee, {},
                                      QJsonObject{{QStringLiteral("chain"), QStringLiteral("ethereum")},
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
