#include "core/deposits/algorandrefueler.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/deposits/algoranddepositkey.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/chains/algorand/storedsend.h"
#include "core/deposits/refuelrepository.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/walletrepository.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAlgorandRefuels, "exchange.refuels")

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
    return nativeAssetOf(Chain::Algorand).code;
}

} // namespace

AlgorandRefueler::AlgorandRefueler(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                   security::AuditLog &audit, algorand::AlgodClient &algod, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_algod(algod), m_notifier(notifier)
{
}

Result<std::vector<std::uint64_t>> AlgorandRefueler::freeRounds(const std::set<std::int64_t> &taken, std::uint64_t lastRound,
                                                                std::size_t count)
{
    // A first valid round in the past is as good (the transaction is alive
    // until first valid + 1000), one in the future is not (algod refuses it
    // until then): count down from the last round.
    const std::uint64_t lowest = lastRound > kValidityRounds - 1 ? lastRound - (kValidityRounds - 1) : 1;
    std::vector<std::uint64_t> rounds;
    std::uint64_t round = lastRound;
    while (rounds.size() < count) {
        while (round >= lowest && round > 0 && taken.count(static_cast<std::int64_t>(round)))
            --round;
        if (round < lowest || round == 0)
            return Error{ErrorCode::Conflict, "no free first valid round for another transaction from this address; try again later"};
        rounds.push_back(round--);
    }
    return rounds;
}

Result<std::set<std::int64_t>> AlgorandRefueler::takenRounds(const std::string &sender, std::uint64_t lastRound)
{
    const std::uint64_t lowest = lastRound > kValidityRounds - 1 ? lastRound - (kValidityRounds - 1) : 1;
    auto used = RefuelRepository(m_database.connection(), m_database.dialect())
                    .sequencesFrom(Chain::Algorand, sender, static_cast<std::int64_t>(lowest));
    if (!used)
        return used.error();
    return std::set<std::int64_t>(used.value().begin(), used.value().end());
}

Result<RefuelRecord> AlgorandRefueler::signRefuel(const security::Actor &actor, const security::KeyVault &vault,
                                                  const std::string &to, const std::string &forAssets, const Amount &amount,
                                                  const algorand::SuggestedParams &params, const Amount &fee)
{
    if (!amount.isPositive() || amount.baseUnits() > std::numeric_limits<std::uint32_t>::max())
        return Error{ErrorCode::InvalidInput, "a refuel sends more than nothing and less than 4,295 ALGO"};
    auto receiver = algorand::decodeAddress(to);
    if (!receiver)
        return receiver.error();
    // The fee wallet is the address its vault key signs for; a row naming
    // another one is refused, not followed.
    std::string from;
    auto used = vault.useKey(feeKeyName(Chain::Algorand), [&](const unsigned char *key, std::size_t size) {
        if (size == 32)
            from = algorand::addressFromSeed(QByteArray(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size)));
    });
    if (!used) {
        if (used.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::NotFound, "the vault holds no Algorand fee wallet key: import one with "
                                              "exctl vault import-hot-key --chain algorand --tier fee"};
        return used.error();
    }
    if (from.empty())
        return Error{ErrorCode::Corrupted, "the vault's Algorand fee key is not a 32-byte ed25519 seed"};
    auto all = wallets::WalletRepository(m_database.connection(), m_database.dialect()).list();
    if (!all)
        return all.error();
    std::optional<std::string> registered;
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == Chain::Algorand && w.tier == WalletTier::Fee)
            registered = w.address; // the newest
    }
    if (registered && *registered != from)
        return Error{ErrorCode::Conflict, "the vault's fee key signs for " + from + ", the fee wallet registered is "
                                              + *registered + ": nothing signed"};
    if (!registered)
        return Error{ErrorCode::NotFound, "no Algorand fee wallet is registered: exctl wallet add --chain algorand --tier fee --address "
                                              + from};

    // What the refuels still open will take from the fee wallet, and this one.
    auto open = RefuelRepository(m_database.connection(), m_database.dialect())
                    .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!open)
        return open.error();
    Amount committed = plus(amount, fee);
    for (const RefuelRecord &r : open.value()) {
        if (r.chain == Chain::Algorand && r.fromAddress == from)
            committed = plus(committed, plus(r.amount, r.maxFee));
    }
    auto booked = m_ledger.account(ledger::walletAccount(wallets::walletTierName(WalletTier::Fee), coin()));
    if (!booked)
        return booked.error();
    if (booked.value().balance() < committed)
        return Error{ErrorCode::InvalidInput, "the Algorand fee wallet's ledger balance is " + booked.value().balance().toBaseUnitString()
                                                  + " microalgos, short of the " + committed.toBaseUnitString()
                                                  + " microalgos its open refuels and this one need: record its funding"};
    auto account = m_algod.account(from);
    if (!account)
        return account.error();
    const int128 spendable = static_cast<int128>(account.value().amount) - static_cast<int128>(account.value().minBalance);
    if (spendable < committed.baseUnits())
        return Error{ErrorCode::InvalidInput, "the Algorand fee wallet " + from + " can spend "
                                                  + std::to_string(static_cast<long long>(std::max<int128>(spendable, 0)))
                                                  + " microalgos above its minimum balance, short of the " + committed.toBaseUnitString()
                                                  + " microalgos its open refuels and this one need: send ALGO to it"};
    auto taken = takenRounds(from, params.lastRound);
    if (!taken)
        return taken.error();
    auto rounds = freeRounds(taken.value(), params.lastRound, 1);
    if (!rounds)
        return rounds.error();

    RefuelRecord r;
    Result<void> signing = Error{ErrorCode::Internal, "not signed"};
    auto keyed = vault.useKey(feeKeyName(Chain::Algorand), [&](const unsigned char *key, std::size_t size) {
        const QByteArray seed(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        algorand::PaymentTransaction tx;
        tx.sender = algorand::decodeAddress(from).value();
        tx.receiver = receiver.value();
        tx.amount = static_cast<std::uint64_t>(amount.baseUnits());
        tx.fee = static_cast<std::uint64_t>(fee.baseUnits());
        tx.firstValid = rounds.value().front();
        tx.lastValid = tx.firstValid + kValidityRounds;
        tx.genesisId = params.genesisId;
        tx.genesisHash = params.genesisHash;
        if (auto valid = tx.validate(); !valid) {
            signing = valid.error();
            return;
        }
        tx.sign(seed);
        r.rawTx = tx.encodeSigned().toHex().toStdString();
        r.txid = tx.id();
        r.sequence = static_cast<std::int64_t>(tx.firstValid);
        signing = Result<void>();
    });
    if (!keyed)
        return keyed.error();
    if (!signing)
        return signing.error();
    r.chain = Chain::Algorand;
    r.asset = coin();
    r.fromAddress = from;
    r.toAddress = to;
    r.forAssets = forAssets;
    r.amount = amount;
    r.maxFee = fee; // Algorand charges exactly the fee named
    r.state = CollectionState::Signed;
    r.createdAtMs = m_clock.nowMs();
    if (auto stored = store(actor, {r}, "refuel.sign"); !stored)
        return stored.error();
    qCInfo(lcAlgorandRefuels).noquote() << "refuel" << text(r.txid) << "signed:" << text(amount.toBaseUnitString())
                                        << "microalgos to" << text(to) << "for" << text(forAssets);
    return r;
}

Result<std::vector<RefuelRecord>> AlgorandRefueler::signOptIns(const security::Actor &actor, const security::KeyVault &vault,
                                                               const wallets::Wallet &depositAddress,
                                                               const std::vector<OptIn> &assets,
                                                               const algorand::SuggestedParams &params, const Amount &fee)
{
    if (assets.empty())
        return std::vector<RefuelRecord>();
    if (depositAddress.chain != Chain::Algorand || depositAddress.tier != WalletTier::Deposit)
        return Error{ErrorCode::NotFound, "not a deposit address of the exchange: nothing signed"};
    auto account = algorand::decodeAddress(depositAddress.address);
    if (!account)
        return account.error();
    auto taken = takenRounds(depositAddress.address, params.lastRound);
    if (!taken)
        return taken.error();
    auto rounds = freeRounds(taken.value(), params.lastRound, assets.size());
    if (!rounds)
        return rounds.error();

    std::vector<RefuelRecord> rows;
    auto signedAll = withAlgorandDepositKey(vault, depositAddress, [&](const QByteArray &secret) -> Result<void> {
        for (std::size_t i = 0; i < assets.size(); ++i) {
            algorand::TransactionHeader common;
            common.fee = static_cast<std::uint64_t>(fee.baseUnits());
            common.firstValid = rounds.value()[i];
            common.lastValid = common.firstValid + kValidityRounds;
            common.genesisId = params.genesisId;
            common.genesisHash = params.genesisHash;
            auto tx = algorand::AssetTransferTransaction::optIn(account.value(), assets[i].asaId, common);
            if (auto valid = tx.validate(); !valid)
                return valid.error();
            tx.sign(secret);
            RefuelRecord r;
            r.chain = Chain::Algorand;
            r.asset = coin();
            r.fromAddress = depositAddress.address;
            r.toAddress = depositAddress.address;
            r.forAssets = assets[i].asset;
            r.amount = Amount::zero();
            r.maxFee = fee;
            r.sequence = static_cast<std::int64_t>(tx.firstValid);
            r.rawTx = tx.encodeSigned().toHex().toStdString();
            r.txid = tx.id();
            r.state = CollectionState::Signed;
            r.createdAtMs = m_clock.nowMs();
            r.note = "opt-in";
            rows.push_back(std::move(r));
        }
        return Result<void>();
    });
    if (!signedAll)
        return signedAll.error();
    if (auto stored = store(actor, rows, "algorand.deposit_opt_in.sign"); !stored)
        return stored.error();
    for (const RefuelRecord &r : rows)
        qCInfo(lcAlgorandRefuels).noquote() << "opt-in" << text(r.txid) << "of" << text(r.toAddress) << "to" << text(r.forAssets)
                                            << "signed";
    return rows;
}

Result<void> AlgorandRefueler::store(const security::Actor &actor, const std::vector<RefuelRecord> &rows, const char *action)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    RefuelRepository refuels(work.db(), m_database.dialect());
    for (const RefuelRecord &r : rows) {
        if (auto stored = refuels.insert(r); !stored)
            return stored.error();
        if (auto audited = m_audit.append(work.db(), actor, action, "refuel", r.txid, {},
                                          QJsonObject{{QStringLiteral("chain"), QStringLiteral("algorand")},
                                                      {QStringLiteral("from"), text(r.fromAddress)},
                                                      {QStringLiteral("to"), text(r.toAddress)},
                                                      {QStringLiteral("for"), text(r.forAssets)},
                                                      {QStringLiteral("amount_base_units"), text(r.amount.toBaseUnitString())},
                                                      {QStringLiteral("max_fee_base_units"), text(r.maxFee.toBaseUnitString())},
                                                      {QStringLiteral("first_valid"), static_cast<qint64>(r.sequence)}});
            !audited)
            return audited.error();
    }
    if (auto done = work.commit(); !done)
        return done;
    m_audit.announce();
    return {};
}

Result<void> AlgorandRefueler::follow(int confirmations, std::uint64_t lastRound, const IndexerCheck &indexer,
                                      CollectionRunReport &report)
{
    auto open = RefuelRepository(m_database.connection(), m_database.dialect())
                    .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!open)
        return open.error();
    for (RefuelRecord row : open.value()) {
        if (row.chain != Chain::Algorand)
            continue;
        const QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(row.rawTx));
        std::uint64_t lastValid = 0;
        if (isOptIn(row)) {
            auto tx = algorand::AssetTransferTransaction::decodeSigned(raw);
            if (!tx || tx.value().id() != row.txid || !tx.value().isOptIn())
                return Error{ErrorCode::Corrupted, "the stored opt-in " + row.txid + " does not decode to its txid"};
            lastValid = tx.value().lastValid;
        } else {
            auto tx = algorand::PaymentTransaction::decodeSigned(raw);
            if (!tx || tx.value().id() != row.txid)
                return Error{ErrorCode::Corrupted, "the stored refuel " + row.txid + " does not decode to its txid"};
            lastValid = tx.value().lastValid;
        }
        auto pending = m_algod.pending(row.txid);
        if (!pending)
            return pending.error();
        std::uint64_t confirmedRound = pending.value().confirmedRound;
        if (confirmedRound == 0 && lastRound > lastValid) {
            // Past its last valid round it can never be confirmed; but algod
            // forgets old rounds, so it may have been confirmed unseen.
            if (!indexer) {
                report.problems.push_back(row.txid + ": past its last valid round " + std::to_string(lastValid)
                                          + " and algod does not know it; set the Algorand indexer URL");
                continue;
            }
            auto indexed = indexer(row.txid, lastValid);
            if (!indexed) {
                report.problems.push_back(row.txid + ": " + indexed.error().message);
                continue;
            }
            confirmedRound = indexed.value().value_or(0);
            if (confirmedRound == 0) {
                if (auto settled = settle(row, false, "not confirmed by its last valid round " + std::to_string(lastValid), report);
                    !settled)
                    return settled;
                continue;
            }
        }
        RefuelRepository refuels(m_database.connection(), m_database.dialect());
        if (confirmedRound == 0) {
            if (auto sent = algorand::sendStored(m_algod, raw, row.txid); !sent) {
                report.problems.push_back((isOptIn(row) ? "opt-in " : "refuel ") + sent.error().message);
                continue;
            }
        }
        if (row.state == CollectionState::Signed) {
            if (auto moved = refuels.advance(row.id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt, row.note,
                                             m_clock.nowMs());
                !moved)
                return moved;
            row.state = CollectionState::Broadcast;
        }
        const std::uint64_t latest = std::max(lastRound, confirmedRound);
        if (confirmedRound == 0 || latest - confirmedRound + 1 < static_cast<std::uint64_t>(std::max(confirmations, 1))) {
            ++report.awaitingConfirmations;
            continue;
        }
        if (auto settled = settle(row, true, row.note, report); !settled)
            return settled;
    }
    return {};
}

Result<void> AlgorandRefueler::settle(const RefuelRecord &row, bool succeeded, const std::string &note, CollectionRunReport &report)
{
    // A confirmed transaction was charged exactly its fee field; one that
    // never made it into a block was charged nothing.
    const Amount fee = succeeded ? row.maxFee : Amount::zero();
    const bool optIn = isOptIn(row);
    const ledger::AccountKey payer = ledger::walletAccount(wallets::walletTierName(optIn ? WalletTier::Deposit : WalletTier::Fee), coin());
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    std::vector<ledger::TransferRequest> postings;
    if (succeeded && !optIn)
        postings.push_back(ledger::TransferRequest::posted("refuel:" + row.txid, ledger::TransferCode::Refuel,
                                                           ledger::walletAccount(wallets::walletTierName(WalletTier::Deposit), coin()),
                                                           payer, row.amount, row.txid));
    if (fee.isPositive())
        postings.push_back(ledger::TransferRequest::posted((optIn ? "opt-in-fee:" : "refuel-fee:") + row.txid,
                                                           ledger::TransferCode::NetworkFee, ledger::expenseAccount(kNetworkFees, coin()),
                                                           payer, fee, row.txid));
    if (!postings.empty()) {
        if (auto posted = m_ledger.submitLinkedIn(work, postings); !posted)
            return posted.error();
    }
    if (auto moved = RefuelRepository(work.db(), m_database.dialect())
                         .advance(row.id, row.state, succeeded ? CollectionState::Confirmed : CollectionState::Failed, fee, note,
                                  m_clock.nowMs());
        !moved)
        return moved;
    const char *action = optIn ? (succeeded ? "algorand.deposit_opt_in.confirm" : "algorand.deposit_opt_in.fail")
                               : (succeeded ? "refuel.confirm" : "refuel.fail");
    if (auto audited = m_audit.append(work.db(), security::Actor::system("collector"), action, "refuel", row.txid, {},
                                      QJsonObject{{QStringLiteral("to"), text(row.toAddress)},
                                                  {QStringLiteral("for"), text(row.forAssets)},
                                                  {QStringLiteral("amount_base_units"), text(row.amount.toBaseUnitString())},
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
    qCInfo(lcAlgorandRefuels).noquote() << (optIn ? "opt-in" : "refuel") << text(row.txid) << (succeeded ? "confirmed" : "failed");
    return {};
}

} // namespace exchange::deposits
