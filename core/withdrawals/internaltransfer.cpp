#include "core/withdrawals/internaltransfer.h"

#include "core/base/clock.h"
#include "core/chains/algorand/keys.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/retryingtransaction.h"
#include "core/store/unitofwork.h"
#include "core/wallets/ethereumdepositxpub.h"
#include "core/wallets/signerdestinations.h"
#include "core/wallets/walletrepository.h"
#include "core/withdrawals/internaldestination.h"
#include "core/withdrawals/withdrawaljson.h"
#include "core/withdrawals/withdrawalledger.h"
#include "core/withdrawals/withdrawalrecord.h"
#include "core/withdrawals/withdrawalrepository.h"

#include <QJsonObject>

#include <functional>

namespace exchange::withdrawals {

namespace {

Error notTrusted(const std::string &why)
{
    return Error{ErrorCode::Conflict, why};
}

// The customer of a deposit wallet row whose address the exchange's keys
// derive (derives: whether they do).
Result<std::int64_t> depositOwner(const std::optional<wallets::Wallet> &row, const std::string &destination,
                                  const std::function<Result<bool>(std::uint32_t index)> &derives)
{
    if (!row || row->tier != wallets::WalletTier::Deposit || !row->customerId)
        return notTrusted("no customer's deposit wallet has the address " + destination);
    if (!row->derivationIndex || *row->derivationIndex < 0 || *row->derivationIndex >= (std::int64_t(1) << 31))
        return notTrusted("the deposit wallet " + destination + " has no derivation index");
    auto derived = derives(static_cast<std::uint32_t>(*row->derivationIndex));
    if (!derived)
        return derived.error();
    if (!derived.value())
        return notTrusted("the exchange's keys do not derive " + destination + " at index "
                          + std::to_string(*row->derivationIndex));
    return *row->customerId;
}

} // namespace

InternalTransfer::InternalTransfer(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                   security::AuditLog &audit)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit)
{
}

Result<std::int64_t> InternalTransfer::trustedReceiver(const QSqlDatabase &db, const Dialect &dialect,
                                                       const security::KeyVault &vault, const WithdrawalRecord &w)
{
    if (w.chain == Chain::Stellar) {
        const auto m = InternalDestination::muxed(w.destination);
        if (!m || !m->customerId)
            return notTrusted(w.destination + " names no customer of the base account");
        auto destinations = wallets::SignerDestinations::fromVault(db, vault);
        if (!destinations)
            return destinations.error();
        if (auto hot = destinations.value().check(Chain::Stellar, wallets::WalletTier::Hot, nativeAssetOf(Chain::Stellar).code,
                                                  m->account);
            !hot)
            return notTrusted(hot.error().message);
        if (auto customer = CustomerRepository(db).find(*m->customerId); !customer) {
            if (customer.error().code != ErrorCode::NotFound)
                return customer.error();
            return notTrusted("no customer has the id " + std::to_string(*m->customerId));
        }
        return *m->customerId;
    }
    auto row = wallets::WalletRepository(db, dialect).findByAddress(w.chain, w.destination);
    if (!row)
        return row.error();
    if (w.chain == Chain::Ethereum) {
        auto xpub = wallets::EthereumDepositXpub::read(db);
        if (!xpub)
            return xpub.error();
        return depositOwner(row.value(), w.destination, [&](std::uint32_t index) -> Result<bool> {
            if (!xpub.value())
                return notTrusted("no Ethereum deposit xpub is recorded");
            auto address = wallets::EthereumDepositXpub::address(*xpub.value(), index);
            if (!address)
                return address.error();
            return address.value() == w.destination;
        });
    }
    return depositOwner(row.value(), w.destination, [&](std::uint32_t index) -> Result<bool> {
        Result<bool> outcome = Error{ErrorCode::Internal, "the deposit key was not derived"};
        auto used = vault.useKey(security::KeyVault::kDepositSeedName, [&](const unsigned char *seed, std::size_t size) {
            auto key = algorand::depositSeed(QByteArray(reinterpret_cast<const char *>(seed), static_cast<qsizetype>(size)), index);
            if (!key) {
                outcome = key.error();
                return;
            }
            QByteArray secret = std::move(key).value();
            outcome = algorand::addressFromSeed(secret) == w.destination;
            secret.fill('\0');
        });
        if (!used)
            return used.error();
        return outcome;
    });
}

Result<std::optional<InternalTransfer::Finding>> InternalTransfer::settle(const security::KeyVault &vault,
                                                                           const WithdrawalRecord &w,
                                                                           const security::Actor &actor)
{
    if (!w.internalTo)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + " is not an internal transfer"};
    auto receiver = trustedReceiver(m_database.connection(), m_database.dialect(), vault, w);
    if (!receiver) {
        if (receiver.error().code != ErrorCode::Conflict && receiver.error().code != ErrorCode::NotFound)
            return receiver.error();
        return std::optional<Finding>(
            Finding{"internal_destination", Message{MessageId::InternalTransferNotTrusted, {w.destination, receiver.error().message}}});
    }
    if (receiver.value() != *w.internalTo)
        return std::optional<Finding>(Finding{"internal_receiver",
                                              Message{MessageId::InternalTransferReceiverDiffers,
                                                      {w.destination, std::to_string(receiver.value()), std::to_string(*w.internalTo)}}});
    auto done = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto locked = repo.lockForDecision(w.id);
        if (!locked)
            return locked.error();
        const WithdrawalRecord &now = locked.value();
        if (now.state != WithdrawalState::Processing)
            return Error{ErrorCode::WrongState, "withdrawal " + std::to_string(w.id) + " left processing meanwhile; nothing settled"};
        if (now.destination != w.destination || now.amount != w.amount || now.fee != w.fee || now.internalTo != w.internalTo
            || now.customerId != w.customerId || now.asset != w.asset)
            return Error{ErrorCode::Conflict, "withdrawal " + std::to_string(w.id) + " changed since it was checked; nothing settled"};
        auto next = nextWithdrawalState(now.state, WithdrawalEvent::SettledInternally);
        if (!next)
            return next.error();
        const std::int64_t at = m_clock.nowMs();
        const std::string note = Message{MessageId::WithdrawalInternalTo, {std::to_string(receiver.value())}}.english();
        if (auto moved = repo.advance(w.id, now.state, next.value(), note, at); !moved)
            return moved.error();
        if (auto booked = WithdrawalLedger(m_ledger).settleInternal(work, now, receiver.value()); !booked)
            return booked.error();
        auto asset = AssetRepository(work.db(), m_database.dialect()).find(now.asset);
        if (!asset)
            return asset.error();
        WithdrawalRecord after = now;
        after.state = next.value();
        after.note = note;
        after.updatedAtMs = at;
        if (auto audited = m_audit.append(work.db(), actor, "withdrawal.internal", "withdrawal", std::to_string(w.id),
                                          describeWithdrawal(now, asset.value().asset),
                                          describeWithdrawal(after, asset.value().asset));
            !audited)
            return audited.error();
        return true;
    });
    if (!done)
        return done.error();
    return std::optional<Finding>();
}

} // namespace exchange::withdrawals
