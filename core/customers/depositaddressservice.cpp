#include "core/customers/depositaddressservice.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/base/message.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/derivationpath.h"
#include "core/customers/depositkeys.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/retryingtransaction.h"
#include "core/store/sql.h"

#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace exchange::customers {

namespace {

QVariant id64(std::int64_t value)
{
    return QVariant::fromValue(static_cast<qint64>(value));
}

QString chainText(Chain chain)
{
    return QString::fromLatin1(chainName(chain).data(), static_cast<qsizetype>(chainName(chain).size()));
}

// The chain's own coin: a deposit address receives it (tokens come later).
std::string nativeAssetCode(Chain chain)
{
    return exchange::nativeAssetOf(chain).code;
}

// The chain's hot wallet address, or DepositAddressNoHotWallet when the
// chain has no hot wallet or its native asset is not configured.
Result<std::string> hotAddress(const QSqlDatabase &db, const Dialect &dialect, Chain chain)
{
    const std::string asset = nativeAssetCode(chain);
    auto configured = AssetRepository(db, dialect).find(asset);
    if (!configured && configured.error().code != ErrorCode::NotFound)
        return configured.error();
    auto q = sql::run(db, QStringLiteral("SELECT address FROM wallets WHERE chain = ? AND tier = 'hot' ORDER BY id LIMIT 1"),
                      {chainText(chain)});
    if (!q)
        return q.error();
    if (!configured || !q.value().next())
        return makeError(ErrorCode::WrongState, MessageId::DepositAddressNoHotWallet, {std::string(chainName(chain))});
    return q.value().value(0).toString().toStdString();
}

Result<std::optional<DepositInstructions>> existing(const QSqlDatabase &db, std::int64_t customerId, Chain chain)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT address, derivation_index, asset FROM wallets WHERE chain = ? AND tier = 'deposit'"
                                     " AND customer_id = ? ORDER BY id LIMIT 1"),
                      {chainText(chain), id64(customerId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<DepositInstructions>();
    DepositInstructions found;
    found.chain = chain;
    found.customerId = customerId;
    found.address = q.value().value(0).toString().toStdString();
    if (!q.value().value(1).isNull())
        found.derivationIndex = q.value().value(1).toLongLong();
    found.asset = q.value().value(2).toString().toStdString();
    return std::optional<DepositInstructions>(found);
}

Result<DepositInstructions> stellarInstructions(const std::string &baseAccount, std::int64_t customerId)
{
    auto key = stellar::strkey::decodeAccountId(baseAccount);
    if (!key)
        return Error{ErrorCode::Corrupted, "the Stellar hot wallet's address is not an account id: " + key.error().message};
    DepositInstructions s;
    s.chain = Chain::Stellar;
    s.customerId = customerId;
    s.asset = nativeAssetCode(Chain::Stellar);
    s.address = baseAccount;
    s.memo = std::to_string(customerId);
    s.muxedAddress = stellar::strkey::encodeMuxedAccount({key.value(), static_cast<std::uint64_t>(customerId)});
    return s;
}

// Ethereum: the next index above every index the chain has used (and
// above the exchange's own range), derived from the recorded xpub.
Result<DepositInstructions> issueEthereum(const QSqlDatabase &db, std::int64_t customerId)
{
    auto xpub = DepositKeys::ethereumXpub(db);
    if (!xpub)
        return xpub.error();
    if (!xpub.value())
        return makeError(ErrorCode::WrongState, MessageId::DepositAddressNoXpub);
    auto q = sql::run(db, QStringLiteral("SELECT MAX(derivation_index) FROM wallets WHERE chain = 'ethereum'"));
    if (!q)
        return q.error();
    std::int64_t index = DepositKeys::kFirstCustomerIndex;
    if (q.value().next() && !q.value().value(0).isNull())
        index = std::max(index, static_cast<std::int64_t>(q.value().value(0).toLongLong()) + 1);
    for (;; ++index) {
        if (index >= static_cast<std::int64_t>(crypto::HardenedBit))
            return Error{ErrorCode::WrongState, "every non-hardened Ethereum deposit index is issued"};
        auto address = DepositKeys::ethereumAddress(*xpub.value(), static_cast<std::uint32_t>(index));
        if (!address) // BIP-32's invalid child (probability about 2^-127): the next index
            continue;
        DepositInstructions issued;
        issued.chain = Chain::Ethereum;
        issued.customerId = customerId;
        issued.asset = nativeAssetCode(Chain::Ethereum);
        issued.address = address.value();
        issued.derivationIndex = index;
        return issued;
    }
}

// Algorand: the lowest index of the pool, taken only if nobody took it
// meanwhile (else Conflict: the transaction runs again).
Result<DepositInstructions> issueAlgorand(const QSqlDatabase &db, std::int64_t customerId)
{
    auto q = sql::run(db, QStringLiteral("SELECT id, address, derivation_index, asset FROM wallets WHERE chain = 'algorand'"
                                         " AND tier = 'deposit' AND customer_id IS NULL AND derivation_index IS NOT NULL"
                                         " ORDER BY derivation_index LIMIT 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::WrongState, MessageId::DepositAddressPoolEmpty);
    const qint64 walletId = q.value().value(0).toLongLong();
    DepositInstructions issued;
    issued.chain = Chain::Algorand;
    issued.customerId = customerId;
    issued.address = q.value().value(1).toString().toStdString();
    issued.derivationIndex = q.value().value(2).toLongLong();
    issued.asset = q.value().value(3).toString().toStdString();
    auto taken = sql::run(db, QStringLiteral("UPDATE wallets SET customer_id = ? WHERE id = ? AND customer_id IS NULL"),
                          {id64(customerId), QVariant::fromValue(walletId)});
    if (!taken)
        return taken.error();
    if (taken.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "another console issued this pool address at the same moment"};
    return issued;
}

QJsonObject describe(const DepositInstructions &d)
{
    QJsonObject o{{QStringLiteral("chain"), chainText(d.chain)},
                  {QStringLiteral("asset"), QString::fromStdString(d.asset)},
                  {QStringLiteral("address"), QString::fromStdString(d.address)}};
    if (d.derivationIndex)
        o.insert(QStringLiteral("derivation_index"), static_cast<qint64>(*d.derivationIndex));
    return o;
}

} // namespace

DepositAddressService::DepositAddressService(Database &database, const Clock &clock, security::AuditLog &audit,
                                             ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_audit(audit), m_notifier(notifier)
{
}

Result<DepositInstructions> DepositAddressService::issue(const security::Actor &actor, const QString &externalId, Chain chain)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    auto done = inRetryingTransaction<DepositInstructions>(m_database, [&](UnitOfWork &work) -> Result<DepositInstructions> {
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageCustomers); !allowed)
            return allowed.error();
        auto customer = CustomerRepository(work.db()).findByExternalId(externalId);
        if (!customer)
            return customer.error();
        if (customer.value().state == CustomerState::Closed)
            return makeError(ErrorCode::WrongState, MessageId::DepositAddressClosedCustomer, {externalId.toStdString()});
        const std::int64_t id = customer.value().id;
        if (chain == Chain::Stellar) {
            auto hot = hotAddress(work.db(), m_database.dialect(), chain);
            if (!hot)
                return hot.error();
            return stellarInstructions(hot.value(), id);
        }
        return issueIn(work, actor, id, chain);
    });
    if (done && done.value().issuedNow) {
        m_audit.announce();
        announce(chain, done.value().customerId);
        if (chain == Chain::Algorand)
            refillIfLow();
    }
    return done;
}

Result<DepositInstructions> DepositAddressService::issueIn(UnitOfWork &work, const security::Actor &actor,
                                                           std::int64_t id, Chain chain)
{
    auto hot = hotAddress(work.db(), m_database.dialect(), chain);
    if (!hot)
        return hot.error();
    auto had = existing(work.db(), id, chain);
    if (!had)
        return had.error();
    if (had.value())
        return *had.value();
    Result<DepositInstructions> issued = chain == Chain::Ethereum ? issueEthereum(work.db(), id) : issueAlgorand(work.db(), id);
    if (!issued)
        return issued;
    if (chain == Chain::Ethereum) {
        auto q = sql::run(work.db(),
                          QStringLiteral("INSERT INTO wallets (chain, tier, asset, address, customer_id, derivation_index,"
                                         " watch_only, created_at) VALUES ('ethereum', 'deposit', ?, ?, ?, ?, 0, ?)"),
                          {QString::fromStdString(issued.value().asset), QString::fromStdString(issued.value().address),
                           id64(id), id64(*issued.value().derivationIndex), id64(m_clock.nowMs())});
        if (!q) // Conflict: another console took the index (or issued to this customer): run again
            return q.error();
    }
    issued.value().issuedNow = true;
    if (auto audited = m_audit.append(work.db(), actor, "customer.deposit_address", "customer", std::to_string(id), {},
                                      describe(issued.value()));
        !audited)
        return audited.error();
    return issued;
}

Result<BulkIssue> DepositAddressService::issueAll(const security::Actor &actor, Chain chain, int batchSize)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    if (chain == Chain::Stellar)
        return Error{ErrorCode::InvalidInput,
                     "nothing is issued on Stellar: each customer pays the hot account with their memo (or their M-address);"
                     " nothing changed"};
    batchSize = std::max(batchSize, 1);
    const QString chainName = chainText(chain);
    const QString lacking = QStringLiteral(
        " FROM customers c WHERE c.state = 'active' AND NOT EXISTS (SELECT 1 FROM wallets w"
        " WHERE w.chain = ? AND w.tier = 'deposit' AND w.customer_id = c.id)");
    BulkIssue summary;
    {
        // Before anything is issued: who has one, who lacks one, and
        // whether the pool covers them (checked again as each is issued).
        const QSqlDatabase db = m_database.connection();
        auto hot = hotAddress(db, m_database.dialect(), chain);
        if (!hot)
            return hot.error();
        if (chain == Chain::Ethereum) {
            auto xpub = DepositKeys::ethereumXpub(db);
            if (!xpub)
                return xpub.error();
            if (!xpub.value())
                return makeError(ErrorCode::WrongState, MessageId::DepositAddressNoXpub);
        }
        auto had = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM customers c WHERE c.state = 'active' AND EXISTS"
                                               " (SELECT 1 FROM wallets w WHERE w.chain = ? AND w.tier = 'deposit'"
                                               " AND w.customer_id = c.id)"),
                            {chainName});
        if (!had)
            return had.error();
        summary.alreadyHad = had.value().next() ? had.value().value(0).toLongLong() : 0;
        auto missing = sql::run(db, QStringLiteral("SELECT COUNT(*)") + lacking, {chainName});
        if (!missing)
            return missing.error();
        const std::int64_t lackingCount = missing.value().next() ? missing.value().value(0).toLongLong() : 0;
        if (chain == Chain::Algorand && lackingCount > 0) {
            auto pool = DepositKeys::algorandPool(db);
            if (!pool)
                return pool.error();
            if (pool.value().available < lackingCount)
                return Error{ErrorCode::WrongState,
                             "the Algorand deposit address pool holds " + std::to_string(pool.value().available) +
                                 " addresses for " + std::to_string(lackingCount) + " customers without one: " +
                                 std::to_string(lackingCount - pool.value().available) +
                                 " missing; `exctl deposit-pool --size N --fill` (N at least " + std::to_string(lackingCount) +
                                 ", the vault passphrase on stdin) fills it; nothing was issued"};
        }
    }
    for (;;) {
        std::vector<std::int64_t> issuedIds; // this batch's, announced once it committed
        auto batch = inRetryingTransaction<std::int64_t>(m_database, [&](UnitOfWork &work) -> Result<std::int64_t> {
            issuedIds.clear();
            if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageCustomers); !allowed)
                return allowed.error();
            auto q = sql::run(work.db(), QStringLiteral("SELECT c.id") + lacking + QStringLiteral(" ORDER BY c.id LIMIT ?"),
                              {chainName, batchSize});
            if (!q)
                return q.error();
            std::vector<std::int64_t> ids;
            while (q.value().next())
                ids.push_back(q.value().value(0).toLongLong());
            std::int64_t count = 0;
            for (const std::int64_t id : ids) {
                auto issued = issueIn(work, actor, id, chain);
                if (!issued)
                    return issued.error();
                if (issued.value().issuedNow) {
                    issuedIds.push_back(id);
                    ++count;
                }
            }
            return count;
        });
        if (!batch)
            return batch.error();
        if (batch.value() == 0)
            break;
        summary.issued += batch.value();
        m_audit.announce();
        for (const std::int64_t id : issuedIds)
            announce(chain, id);
    }
    if (summary.issued > 0 && chain == Chain::Algorand)
        refillIfLow();
    return summary;
}

void DepositAddressService::announce(Chain chain, std::int64_t customerId)
{
    if (!m_notifier)
        return;
    m_notifier->publish(ChangeNotifier::Topic::Customer, QString::number(customerId));
    m_notifier->publish(ChangeNotifier::Topic::Wallet, chainText(chain));
}

void DepositAddressService::setPoolRefill(DepositKeys *keys, const security::KeyVault *vault)
{
    m_refillKeys = keys;
    m_refillVault = vault;
}

void DepositAddressService::refillIfLow()
{
    if (!m_refillKeys || !m_refillVault || !m_refillVault->isUnlocked())
        return;
    auto pool = m_refillKeys->algorandPool();
    if (!pool || !pool.value().low())
        return;
    // The address is issued whatever happens here; a failed top-up is
    // tried again at the next issue or unlock, and the pool-low line stays.
    (void)m_refillKeys->refresh(security::Actor::system("deposit-pool"), *m_refillVault);
}

Result<std::optional<DepositInstructions>> DepositAddressService::instructions(std::int64_t customerId, Chain chain) const
{
    const QSqlDatabase db = m_database.connection();
    if (chain == Chain::Stellar) {
        auto hot = hotAddress(db, m_database.dialect(), chain);
        if (!hot)
            return hot.error();
        auto s = stellarInstructions(hot.value(), customerId);
        if (!s)
            return s.error();
        return std::optional<DepositInstructions>(s.value());
    }
    return existing(db, customerId, chain);
}

} // namespace exchange::customers
