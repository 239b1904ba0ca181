#include "core/deposits/ethereumrefueler.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/chains/ethereum/receiptoutcome.h"
#include "core/chains/ethereum/storedsend.h"
#include "core/chains/ethereum/tokentransfergas.h"
#include "core/chains/ethereum/transaction.h"
#include "core/deposits/ethereumsweepreplacement.h"
#include "core/deposits/refuelrepository.h"
#include "core/deposits/sweepattemptrepository.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/walletrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRefuels, "exchange.refuels")

namespace exchange::deposits {

using wallets::WalletTier;

namespace {

constexpr std::string_view kNetworkFees = "network_fees";

Amount plus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
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

EthereumRefueler::EthereumRefueler(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                   security::AuditLog &audit, ethereum::JsonRpcClient &node, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_node(node), m_notifier(notifier)
{
}

Result<Amount> EthereumRefueler::quantityOf(const QString &method, const QJsonValue &params)
{
    auto answer = m_node.callAndWait(method, params);
    if (!answer)
        return answer.error();
    const auto value = ethereum::parseQuantity(answer.value());
    if (!value)
        return Error{ErrorCode::Unavailable, method.toStdString() + ": " + value.error().message};
    return Amount::fromBaseUnits(*value);
}

Result<RefuelRecord> EthereumRefueler::sign(const security::Actor &actor, const security::KeyVault &vault,
                                            const std::string &to, const std::string &forAssets, const Amount &amount,
                                            const Amount &gasPrice, std::uint64_t chainId)
{
    if (!amount.isPositive())
        return Error{ErrorCode::InvalidInput, "a refuel sends more than nothing"};
    // The fee wallet is the address its vault key signs for; a row naming
    // another one is refused, not followed.
    std::string from;
    auto used = vault.useKey(feeKeyName(Chain::Ethereum), [&](const unsigned char *key, std::size_t size) {
        auto address = ethereum::addressFromSecretKey(QByteArray(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size)));
        if (address)
            from = ethereum::checksumAddress(address.value());
    });
    if (!used) {
        if (used.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::NotFound, "the vault holds no Ethereum fee wallet key: import one with "
                                              "exctl vault import-hot-key --chain ethereum --tier fee"};
        return used.error();
    }
    if (from.empty())
        return Error{ErrorCode::Corrupted, "the vault's Ethereum fee key is not a secp256k1 key"};
    auto all = wallets::WalletRepository(m_database.connection(), m_database.dialect()).list();
    if (!all)
        return all.error();
    std::optional<std::string> registered;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == Chain::Ethereum && w.tier == WalletTier::Fee)
            registered = w.address; // the newest
    }
    if (registered && *registered != from)
        return Error{ErrorCode::Conflict, "the vault's fee key signs for " + from + ", the fee wallet registered is "
                                              + *registered + ": nothing signed"};
    if (!registered)
        return Error{ErrorCode::NotFound, "no Ethereum fee wallet is registered: exctl wallet add --chain ethereum --tier fee --address "
                                              + from};

    const Amount maxFee = Amount::fromBaseUnits(gasPrice.baseUnits() * static_cast<int128>(ethereum::kPlainTransferGas));
    // What the refuels still open will take from the fee wallet, and this one.
    auto open = RefuelRepository(m_database.connection(), m_database.dialect())
                    .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!open)
        return open.error();
    Amount committed = plus(amount, maxFee);
    for (const RefuelRecord &r : open.value()) {
        if (r.chain == Chain::Ethereum)
            committed = plus(committed, plus(r.amount, r.maxFee));
    }
    auto booked = m_ledger.account(ledger::walletAccount(wallets::walletTierName(WalletTier::Fee), coin()));
    if (!booked)
        return booked.error();
    if (booked.value().balance() < committed)
        return Error{ErrorCode::InvalidInput, "the fee wallet's ledger balance is " + booked.value().balance().toBaseUnitString()
                                                  + " wei, short of the " + committed.toBaseUnitString()
                                                  + " wei its open refuels and this one need: record its funding (exctl collect fund-fee)"};
    auto held = quantityOf(QStringLiteral("eth_getBalance"), QJsonArray{text(from), QStringLiteral("latest")});
    if (!held)
        return held.error();
    if (held.value() < committed)
        return Error{ErrorCode::InvalidInput, "the fee wallet " + from + " holds " + held.value().toBaseUnitString()
                                                  + " wei, short of the " + committed.toBaseUnitString()
                                                  + " wei its open refuels and this one need: send ETH to it"};
    auto pending = quantityOf(QStringLiteral("eth_getTransactionCount"), QJsonArray{text(from), QStringLiteral("pending")});
    if (!pending)
        return pending.error();
    auto last = RefuelRepository(m_database.connection(), m_database.dialect()).lastSequenceFrom(Chain::Ethereum, from);
    if (!last)
        return last.error();
    std::int64_t nonce = static_cast<std::int64_t>(pending.value().baseUnits());
    if (last.value() && *last.value() >= nonce)
        nonce = *last.value() + 1;

    RefuelRecord r;
    Result<void> signing = Error{ErrorCode::Internal, "not signed"};
    auto keyed = vault.useKey(feeKeyName(Chain::Ethereum), [&](const unsigned char *key, std::size_t size) {
        ethereum::Transaction tx;
        tx.type = ethereum::Transaction::Type::Eip1559;
        tx.chainId = chainId;
        tx.nonce = static_cast<std::uint64_t>(nonce);
        tx.maxFeePerGas = UInt256::fromUint128(static_cast<uint128>(gasPrice.baseUnits()));
        tx.maxPriorityFeePerGas = tx.maxFeePerGas;
        tx.gasLimit = ethereum::kPlainTransferGas;
        auto destination = ethereum::parseAddress(to);
        if (!destination) {
            signing = destination.error();
            return;
        }
        tx.to = destination.value();
        tx.value = UInt256::fromUint128(static_cast<uint128>(amount.baseUnits()));
        if (auto s = tx.sign(QByteArray(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size))); !s) {
            signing = s.error();
            return;
        }
        r.rawTx = "0x" + tx.serialise().toHex().toStdString();
        r.txid = tx.hashHex();
        signing = Result<void>();
    });
    if (!keyed)
        return keyed.error();
    if (!signing)
        return signing.error();
    r.chain = Chain::Ethereum;
    r.asset = coin();
    r.fromAddress = from;
    r.toAddress = to;
    r.forAssets = forAssets;
    r.amount = amount;
    r.maxFee = maxFee;
    r.sequence = nonce;
    r.state = CollectionState::Signed;
    r.createdAtMs = m_clock.nowMs();

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    auto stored = RefuelRepository(work.db(), m_database.dialect()).insert(r);
    if (!stored)
        return stored.error();
    if (auto audited = m_audit.append(work.db(), actor, "refuel.sign", "refuel", r.txid, {},
                                      QJsonObject{{QStringLiteral("chain"), QStringLiteral("ethereum")},
                                                  {QStringLiteral("from"), text(from)},
                                                  {QStringLiteral("to"), text(to)},
                                                  {QStringLiteral("for"), text(forAssets)},
                                                  {QStringLiteral("amount_base_units"), text(amount.toBaseUnitString())},
                                                  {QStringLiteral("max_fee_base_units"), text(maxFee.toBaseUnitString())},
                                                  {QStringLiteral("nonce"), static_cast<qint64>(nonce)}});
        !audited)
        return audited.error();
    if (auto done = work.commit(); !done)
        return done.error();
    m_audit.announce();
    qCInfo(lcRefuels).noquote() << "refuel" << text(r.txid) << "signed:" << text(amount.toBaseUnitString()) << "wei to"
                                << text(to) << "for" << text(forAssets);
    return stored;
}

Result<void> EthereumRefueler::follow(int confirmations, std::int64_t head, CollectionRunReport &report)
{
    auto open = RefuelRepository(m_database.connection(), m_database.dialect())
                    .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!open)
        return open.error();
    // The attempts replacements took the place of: the chain may mine one.
    auto superseded = SweepAttemptRepository(m_database.connection(), m_database.dialect()).superseded(SweepKind::Refuel);
    if (!superseded)
        return superseded.error();
    EthereumSweepReplacement replacements(m_database, m_clock, m_ledger, m_audit, m_node);
    for (RefuelRecord refuel : open.value()) {
        if (refuel.chain != Chain::Ethereum)
            continue;
        RefuelRepository refuels(m_database.connection(), m_database.dialect());
        auto receipt = m_node.callAndWait(QStringLiteral("eth_getTransactionReceipt"), QJsonArray{text(refuel.txid)});
        if (!receipt)
            return receipt.error();
        const auto rivals = superseded.value().find(refuel.id);
        if (rivals != superseded.value().end()) {
            if (receipt.value().isNull()) {
                auto back = replacements.takeBackMined(EthereumSweepReplacement::currentOf(refuel), rivals->second);
                if (!back)
                    return back.error();
                if (back.value()) {
                    const SweepAttempt &mined = back.value()->attempt;
                    refuel.note = "replacement " + refuel.txid + " not mined; " + mined.txid + " was";
                    refuel.amount = mined.amount;
                    refuel.maxFee = mined.maxFee;
                    refuel.rawTx = mined.rawTx;
                    refuel.txid = mined.txid;
                    receipt = back.value()->receipt;
                }
            } else if (auto dropped = replacements.dropSuperseded(SweepKind::Refuel, refuel.id, refuel.txid); !dropped) {
                return dropped;
            }
        }
        if (receipt.value().isNull()) {
            if (auto sent = ethereum::sendStored(m_node, refuel.rawTx, refuel.txid); !sent) {
                report.problems.push_back("refuel " + sent.error().message);
                continue;
            }
            if (refuel.state == CollectionState::Signed) {
                if (auto moved = refuels.advance(refuel.id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt,
                                                 refuel.note, m_clock.nowMs());
                    !moved)
                    return moved;
            }
            ++report.awaitingConfirmations;
            continue;
        }
        if (refuel.state == CollectionState::Signed) {
            // Sent before a crash and mined since.
            if (auto moved = refuels.advance(refuel.id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt,
                                             refuel.note, m_clock.nowMs());
                !moved)
                return moved;
            refuel.state = CollectionState::Broadcast;
        }
        auto outcome = ethereum::readReceipt(receipt.value().toObject(), refuel.txid);
        if (!outcome)
            return outcome.error();
        if (head - outcome.value().block + 1 < confirmations) {
            ++report.awaitingConfirmations;
            continue;
        }
        if (auto settled = settle(refuel, outcome.value(), report); !settled)
            return settled;
    }
    return {};
}

Result<void> EthereumRefueler::settle(const RefuelRecord &refuel, const ethereum::ReceiptOutcome &outcome,
                                      CollectionRunReport &report)
{
    const bool succeeded = outcome.succeeded;
    const Amount fee = outcome.fee;
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    const ledger::AccountKey feeWallet = ledger::walletAccount(wallets::walletTierName(WalletTier::Fee), refuel.asset);
    std::vector<ledger::TransferRequest> postings;
    if (succeeded)
        postings.push_back(ledger::TransferRequest::posted("refuel:" + refuel.txid, ledger::TransferCode::Refuel,
                                                           ledger::walletAccount(wallets::walletTierName(WalletTier::Deposit), refuel.asset),
                                                           feeWallet, refuel.amount, refuel.txid));
    if (fee.isPositive())
        postings.push_back(ledger::TransferRequest::posted("refuel-fee:" + refuel.txid, ledger::TransferCode::NetworkFee,
                                                           ledger::expenseAccount(kNetworkFees, refuel.asset), feeWallet,
                                                           fee, refuel.txid));
    if (!postings.empty()) {
        if (auto posted = m_ledger.submitLinkedIn(work, postings); !posted)
            return posted.error();
    }
    const CollectionState next = succeeded ? CollectionState::Confirmed : CollectionState::Failed;
    if (auto moved = RefuelRepository(work.db(), m_database.dialect())
                         .advance(refuel.id, refuel.state, next, fee, succeeded ? refuel.note : std::string("reverted on chain"),
                                  m_clock.nowMs());
        !moved)
        return moved;
    if (auto audited = m_audit.append(work.db(), security::Actor::system("collector"), succeeded ? "refuel.confirm" : "refuel.fail",
                                      "refuel", refuel.txid, {},
                                      QJsonObject{{QStringLiteral("to"), text(refuel.toAddress)},
                                                  {QStringLiteral("amount_base_units"), text(refuel.amount.toBaseUnitString())},
                                                  {QStringLiteral("fee_base_units"), text(fee.toBaseUnitString())}});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed;
    m_audit.announce();
    if (succeeded)
        ++report.refuelsConfirmed;
    else
        ++report.refuelsFailed;
    if (m_notifier) {
        m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
        m_notifier->publish(ChangeNotifier::Topic::Wallet, QString());
    }
    qCInfo(lcRefuels).noquote() << "refuel" << text(refuel.txid) << (succeeded ? "confirmed" : "failed");
    return {};
}

} // namespace exchange::deposits
