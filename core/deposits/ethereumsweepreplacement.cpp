#include "core/deposits/ethereumsweepreplacement.h"

#include "core/base/clock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/feebump.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/chains/ethereum/transaction.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/ethereumdepositkey.h"
#include "core/deposits/ethereumrefueler.h"
#include "core/deposits/refuelrepository.h"
#include "core/deposits/sweepattemptrepository.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/walletrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSweepReplacement, "exchange.collector.replacement")

namespace exchange::deposits {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

// A stored "0x…" transaction's bytes.
QByteArray rawBytes(const std::string &hex)
{
    return QByteArray::fromHex(QByteArray::fromStdString(hex.starts_with("0x") ? hex.substr(2) : hex));
}

std::string what(const CurrentAttempt &a)
{
    return std::string(a.kind == SweepKind::Collection ? "sweep " : "refuel ") + a.txid;
}

QJsonObject described(const CurrentAttempt &a)
{
    return QJsonObject{{QStringLiteral("txid"), text(a.txid)},
                       {QStringLiteral("from"), text(a.fromAddress)},
                       {QStringLiteral("to"), text(a.toAddress)},
                       {QStringLiteral("nonce"), static_cast<qint64>(a.sequence)},
                       {QStringLiteral("amount_base_units"), text(a.amount.toBaseUnitString())},
                       {QStringLiteral("max_fee_base_units"), text(a.maxFee.toBaseUnitString())}};
}

std::string audited(SweepKind kind, const char *event)
{
    return std::string(sweepKindName(kind)) + "." + event;
}

} // namespace

EthereumSweepReplacement::EthereumSweepReplacement(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                                   security::AuditLog &audit, ethereum::JsonRpcClient &node)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_node(node)
{
}

CurrentAttempt EthereumSweepReplacement::currentOf(const CollectionRecord &sweep)
{
    return {SweepKind::Collection, sweep.id,     sweep.asset, sweep.fromAddress, sweep.toAddress, sweep.sequence,
            sweep.amount,          sweep.maxFee, sweep.rawTx, sweep.txid,        sweep.createdAtMs};
}

CurrentAttempt EthereumSweepReplacement::currentOf(const RefuelRecord &refuel)
{
    return {SweepKind::Refuel, refuel.id,     refuel.asset, refuel.fromAddress, refuel.toAddress, refuel.sequence,
            refuel.amount,     refuel.maxFee, refuel.rawTx, refuel.txid,        refuel.createdAtMs};
}

Result<Amount> EthereumSweepReplacement::quantityOf(const QString &method, const QJsonValue &params)
{
    auto answer = m_node.callAndWait(method, params);
    if (!answer)
        return answer.error();
    const auto value = ethereum::parseQuantity(answer.value());
    if (!value)
        return Error{ErrorCode::Unavailable, method.toStdString() + ": " + value.error().message};
    return Amount::fromBaseUnits(*value);
}

Result<std::int64_t> EthereumSweepReplacement::signedAt(const CurrentAttempt &current) const
{
    auto attempts = SweepAttemptRepository(m_database.connection(), m_database.dialect()).ofParent(current.kind, current.id);
    if (!attempts)
        return attempts.error();
    std::int64_t at = current.signedAtMs;
    for (const SweepAttempt &a : attempts.value())
        at = std::max(at, a.replacedAtMs);
    return at;
}

Result<void> EthereumSweepReplacement::replaceStuck(const security::Actor &actor, const security::KeyVault &vault,
                                                    CollectionRunReport &report)
{
    // The collector's own right: a run signs sweeps and refuels.
    if (auto allowed = security::authorize(actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    if (m_policy.stuckAfterMs <= 0)
        return {};
    auto sweeps = CollectionRepository(m_database.connection(), m_database.dialect()).inStates({CollectionState::Broadcast});
    if (!sweeps)
        return sweeps.error();
    auto refuels = RefuelRepository(m_database.connection(), m_database.dialect()).inStates({CollectionState::Broadcast});
    if (!refuels)
        return refuels.error();
    std::vector<CurrentAttempt> broadcast;
    for (const CollectionRecord &s : sweeps.value()) {
        if (s.chain == Chain::Ethereum)
            broadcast.push_back(currentOf(s));
    }
    for (const RefuelRecord &r : refuels.value()) {
        if (r.chain == Chain::Ethereum)
            broadcast.push_back(currentOf(r));
    }
    const std::int64_t now = m_clock.nowMs();
    for (const CurrentAttempt &current : broadcast) {
        auto at = signedAt(current);
        if (!at)
            return at.error();
        if (now - at.value() < m_policy.stuckAfterMs)
            continue;
        auto replaced = replace(actor, vault, current);
        if (!replaced) {
            qCWarning(lcSweepReplacement, "%s not replaced: %s", what(current).c_str(), replaced.error().message.c_str());
            // WrongState: the chain decided meanwhile, or a token sweep
            // waits for its gas; nothing failed.
            (replaced.error().code == ErrorCode::WrongState ? report.warnings : report.problems)
                .push_back(what(current) + " not replaced: " + replaced.error().message);
            continue;
        }
        ++report.replaced;
    }
    return {};
}

Result<bool> EthereumSweepReplacement::gasReady(const security::Actor &actor, const security::KeyVault &vault,
                                               const CurrentAttempt &current, const Amount &gas, const Amount &gasPrice,
                                               std::uint64_t chainId)
{
    auto held = quantityOf(QStringLiteral("eth_getBalance"), QJsonArray{text(current.fromAddress), QStringLiteral("latest")});
    if (!held)
        return held.error();
    if (held.value() >= gas)
        return true;
    auto open = RefuelRepository(m_database.connection(), m_database.dialect())
                    .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!open)
        return open.error();
    const bool waiting = std::any_of(open.value().begin(), open.value().end(), [&current](const RefuelRecord &r) {
        return r.chain == Chain::Ethereum && QString::fromStdString(r.toAddress).compare(text(current.fromAddress), Qt::CaseInsensitive) == 0;
    });
    if (waiting)
        return false;
    const Amount shortfall = Amount::fromBaseUnits(gas.baseUnits() - held.value().baseUnits());
    auto refuel = EthereumRefueler(m_database, m_clock, m_ledger, m_audit, m_node)
                      .sign(actor, vault, current.fromAddress, current.asset, shortfall, gasPrice, chainId);
    if (!refuel)
        return refuel.error();
    return false;
}

Result<CurrentAttempt> EthereumSweepReplacement::replace(const security::Actor &actor, const security::KeyVault &vault,
                                                         const CurrentAttempt &current)
{
    // Mined meanwhile, or its nonce taken by an attempt it replaced: the
    // chain decided, follow() books it.
    auto receipt = m_node.callAndWait(QStringLiteral("eth_getTransactionReceipt"), QJsonArray{text(current.txid)});
    if (!receipt)
        return receipt.error();
    if (!receipt.value().isNull())
        return Error{ErrorCode::WrongState, what(current) + " is mined; it is not replaced"};
    auto mined = quantityOf(QStringLiteral("eth_getTransactionCount"), QJsonArray{text(current.fromAddress), QStringLiteral("latest")});
    if (!mined)
        return mined.error();
    if (mined.value().baseUnits() > current.sequence)
        return Error{ErrorCode::WrongState, "nonce " + std::to_string(current.sequence) + " of " + current.fromAddress
                                                + " is taken on chain; " + what(current) + " is not replaced"};

    auto parsed = ethereum::Transaction::parse(rawBytes(current.rawTx));
    if (!parsed || parsed.value().type != ethereum::Transaction::Type::Eip1559 || !parsed.value().maxFeePerGas.fitsUint64()
        || !parsed.value().maxPriorityFeePerGas.fitsUint64() || parsed.value().gasLimit == 0 || !parsed.value().chainId
        || parsed.value().nonce != static_cast<std::uint64_t>(current.sequence)
        // A coin transfer's value is the row's amount; a token's is in its call.
        || (parsed.value().data.isEmpty() && parsed.value().value != UInt256::fromUint128(static_cast<uint128>(current.amount.baseUnits()))))
        return Error{ErrorCode::Corrupted, what(current) + "'s stored transaction is not the EIP-1559 one its row describes"};
    ethereum::Transaction tx = parsed.value();
    const int128 gas = static_cast<int128>(tx.gasLimit);
    const int128 oldMaxFee = static_cast<int128>(tx.maxFeePerGas.lowUint64());

    auto price = quantityOf(QStringLiteral("eth_gasPrice"), QJsonArray{});
    if (!price)
        return price.error();
    // The node's gas price as both max fee and tip, as the first was signed:
    // what the block charges is then the max fee, and nothing is left behind.
    auto bumped = ethereum::replacementFees({oldMaxFee, static_cast<int128>(tx.maxPriorityFeePerGas.lowUint64())},
                                            {price.value().baseUnits(), price.value().baseUnits()}, m_policy.cap.baseUnits() / gas);
    if (!bumped)
        return bumped.error();
    const Amount maxFee = Amount::fromBaseUnits(gas * bumped.value().maxFeePerGas);
    Amount amount = current.amount;
    const bool coinSweep = current.kind == SweepKind::Collection && tx.data.isEmpty();
    if (coinSweep) {
        // What the address set aside for this sweep stays the same: the
        // higher fee comes out of what it moves.
        amount = Amount::fromBaseUnits(current.amount.baseUnits() + gas * oldMaxFee - maxFee.baseUnits());
        if (!amount.isPositive())
            return Error{ErrorCode::InvalidInput, "the replacement's max fee of " + maxFee.toBaseUnitString() + " wei would take all of "
                                                      + what(current) + "'s " + current.amount.toBaseUnitString()
                                                      + " wei; nothing signed"};
    } else if (current.kind == SweepKind::Collection) {
        auto ready = gasReady(actor, vault, current, maxFee, price.value(), *tx.chainId);
        if (!ready)
            return ready.error();
        if (!ready.value())
            return Error{ErrorCode::WrongState, "the replacement of token " + what(current) + " needs " + maxFee.toBaseUnitString()
                                                    + " wei of gas at " + current.fromAddress
                                                    + ": it waits for the refuel of the difference"};
    } else {
        auto held = quantityOf(QStringLiteral("eth_getBalance"), QJsonArray{text(current.fromAddress), QStringLiteral("latest")});
        if (!held)
            return held.error();
        const int128 needed = current.amount.baseUnits() + maxFee.baseUnits();
        if (held.value().baseUnits() < needed)
            return Error{ErrorCode::InvalidInput, "the fee wallet " + current.fromAddress + " holds " + held.value().toBaseUnitString()
                                                      + " wei, short of the " + Amount::fromBaseUnits(needed).toBaseUnitString()
                                                      + " wei the replacement of " + what(current) + " may take; nothing signed"};
    }

    tx.maxFeePerGas = UInt256::fromUint128(static_cast<uint128>(bumped.value().maxFeePerGas));
    tx.maxPriorityFeePerGas = UInt256::fromUint128(static_cast<uint128>(bumped.value().maxPriorityFeePerGas));
    if (coinSweep)
        tx.value = UInt256::fromUint128(static_cast<uint128>(amount.baseUnits()));
    tx.signature.reset();
    // Signed by the key that signed the first.
    if (current.kind == SweepKind::Collection) {
        auto wallet = wallets::WalletRepository(m_database.connection(), m_database.dialect())
                          .findByAddress(Chain::Ethereum, current.fromAddress);
        if (!wallet)
            return wallet.error();
        if (!wallet.value() || !wallet.value()->derivationIndex)
            return Error{ErrorCode::NotFound, current.fromAddress + " has no derivation index: its key is not the exchange's"};
        if (auto s = withEthereumDepositKey(vault, *wallet.value(), [&tx](const QByteArray &key) { return tx.sign(key); }); !s)
            return s.error();
    } else {
        Result<void> signing = Error{ErrorCode::Internal, "not signed"};
        auto keyed = vault.useKey(feeKeyName(Chain::Ethereum), [&](const unsigned char *key, std::size_t size) {
            signing = tx.sign(QByteArray(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size)));
        });
        if (!keyed)
            return keyed.error();
        if (!signing)
            return signing.error();
    }
    auto sender = tx.sender();
    auto from = ethereum::parseAddress(current.fromAddress);
    if (!sender || !from || sender.value() != from.value())
        return Error{ErrorCode::Conflict, "the key the vault lends signs for another address than " + current.fromAddress
                                              + "; " + what(current) + " is not replaced"};

    CurrentAttempt replacement = current;
    replacement.amount = amount;
    replacement.maxFee = maxFee;
    replacement.rawTx = "0x" + tx.serialise().toHex().toStdString();
    replacement.txid = tx.hashHex();
    replacement.signedAtMs = m_clock.nowMs();

    // Stored, with its audit record, before anything is sent.
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto stored = SweepAttemptRepository(work.db(), m_database.dialect())
                          .replace(current, replacement, "replaces " + current.txid, replacement.signedAtMs);
        !stored)
        return stored.error();
    if (auto recorded = m_audit.append(work.db(), actor, audited(current.kind, "replacement_signed"),
                                       std::string(sweepKindName(current.kind)), current.txid, described(current),
                                       described(replacement));
        !recorded)
        return recorded.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    qCInfo(lcSweepReplacement).noquote() << QString::fromStdString(what(current)) << "replaced by" << text(replacement.txid)
                                         << "at a max fee of" << text(maxFee.toBaseUnitString()) << "wei";
    return replacement;
}

Result<std::optional<MinedAttempt>> EthereumSweepReplacement::takeBackMined(const CurrentAttempt &current,
                                                                             const std::vector<SweepAttempt> &superseded)
{
    for (const SweepAttempt &a : superseded) {
        auto receipt = m_node.callAndWait(QStringLiteral("eth_getTransactionReceipt"), QJsonArray{text(a.txid)});
        if (!receipt)
            return receipt.error();
        if (receipt.value().isNull())
            continue;
        UnitOfWork work(m_database);
        if (auto began = work.began(); !began)
            return began.error();
        if (auto taken = SweepAttemptRepository(work.db(), m_database.dialect()).takeBack(current, a, m_clock.nowMs()); !taken)
            return taken.error();
        CurrentAttempt back = current;
        back.amount = a.amount;
        back.maxFee = a.maxFee;
        back.txid = a.txid;
        back.rawTx = a.rawTx;
        if (auto recorded = m_audit.append(work.db(), security::Actor::system("collector"),
                                           audited(current.kind, "replacement_not_mined"), std::string(sweepKindName(current.kind)),
                                           current.txid, described(current), described(back));
            !recorded)
            return recorded.error();
        if (auto committed = work.commit(); !committed)
            return committed.error();
        m_audit.announce();
        qCInfo(lcSweepReplacement).noquote() << "replacement" << text(current.txid) << "not mined;" << text(a.txid) << "was";
        return std::optional<MinedAttempt>(MinedAttempt{a, receipt.value()});
    }
    return std::optional<MinedAttempt>();
}

Result<void> EthereumSweepReplacement::dropSuperseded(SweepKind kind, std::int64_t id, const std::string &minedTxid)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto dropped = SweepAttemptRepository(work.db(), m_database.dialect()).dropSuperseded(kind, id, minedTxid, m_clock.nowMs());
        !dropped)
        return dropped;
    return work.commit();
}

} // namespace exchange::deposits
