#include "core/customers/depositkeys.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/base/message.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/crypto/bip32key.h"
#include "core/crypto/hashes.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/wallets/ethereumdepositxpub.h"

#include <QJsonObject>

#include <vector>

namespace exchange::customers {

namespace {

struct Derived {
    std::string xpub;
    std::vector<std::pair<std::int64_t, std::string>> algorand; // index, address
};

Result<std::int64_t> poolSize(const QSqlDatabase &db)
{
    auto stored = MetaRepository(db).get(DepositKeys::poolSizeKey());
    if (!stored)
        return stored.error();
    if (!stored.value())
        return DepositKeys::kDefaultPoolSize;
    bool ok = false;
    const qint64 size = stored.value()->toLongLong(&ok);
    if (!ok || size < 0 || size > DepositKeys::kMaximumPoolSize)
        return Error{ErrorCode::Corrupted, "meta " + DepositKeys::poolSizeKey().toStdString() + " is not a pool size"};
    return static_cast<std::int64_t>(size);
}

// The next Algorand index to derive: above every index the chain has used,
// and never in the exchange's own range.
Result<std::int64_t> nextAlgorandIndex(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT MAX(derivation_index) FROM wallets WHERE chain = 'algorand'"));
    if (!q)
        return q.error();
    std::int64_t next = DepositKeys::kFirstCustomerIndex;
    if (q.value().next() && !q.value().value(0).isNull())
        next = std::max(next, static_cast<std::int64_t>(q.value().value(0).toLongLong()) + 1);
    return next;
}

} // namespace

DepositKeys::DepositKeys(Database &database, const Clock &clock, security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_audit(audit), m_notifier(notifier)
{
}

Result<std::optional<crypto::Bip32PublicKey>> DepositKeys::ethereumXpub(const QSqlDatabase &db)
{
    return wallets::EthereumDepositXpub::read(db);
}

Result<std::string> DepositKeys::ethereumAddress(const crypto::Bip32PublicKey &account, std::uint32_t index)
{
    return wallets::EthereumDepositXpub::address(account, index);
}

Result<DepositPoolStatus> DepositKeys::algorandPool(const QSqlDatabase &db)
{
    auto size = poolSize(db);
    if (!size)
        return size.error();
    auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM wallets WHERE chain = 'algorand' AND tier = 'deposit'"
                                         " AND customer_id IS NULL AND derivation_index IS NOT NULL"));
    if (!q)
        return q.error();
    DepositPoolStatus status;
    status.size = size.value();
    if (q.value().next())
        status.available = q.value().value(0).toLongLong();
    return status;
}

Result<DepositPoolStatus> DepositKeys::algorandPool() const
{
    return algorandPool(m_database.connection());
}

Result<void> DepositKeys::setPoolSize(const security::Actor &actor, std::int64_t size)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    if (size < 1 || size > kMaximumPoolSize)
        return Error{ErrorCode::InvalidInput,
                     "the Algorand deposit pool size is 1 to " + std::to_string(kMaximumPoolSize) + "; nothing changed"};
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    auto before = poolSize(work.db());
    if (!before)
        return before.error();
    if (auto set = MetaRepository(work.db()).set(poolSizeKey(), QString::number(size)); !set)
        return set.error();
    if (auto audited = m_audit.append(work.db(), actor, "deposit_pool.size", "meta", poolSizeKey().toStdString(),
                                      QJsonObject{{QStringLiteral("size"), static_cast<qint64>(before.value())}},
                                      QJsonObject{{QStringLiteral("size"), static_cast<qint64>(size)}});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return {};
}

Result<DepositKeysRefresh> DepositKeys::refresh(const security::Actor &actor, const security::KeyVault &vault)
{
    DepositKeysRefresh report;
    const QSqlDatabase db = m_database.connection();
    auto algoAsset = AssetRepository(db, m_database.dialect()).find("ALGO");
    const bool algorandConfigured = algoAsset.ok();
    if (!algoAsset && algoAsset.error().code != ErrorCode::NotFound)
        return algoAsset.error();
    auto status = algorandPool(db);
    if (!status)
        return status.error();
    auto from = nextAlgorandIndex(db);
    if (!from)
        return from.error();
    const std::int64_t wanted = algorandConfigured ? std::max<std::int64_t>(0, status.value().size - status.value().available) : 0;

    // Derived before any transaction: the seed is lent only for this call.
    Derived derived;
    Result<void> deriving;
    auto used = vault.useKey(security::KeyVault::kDepositSeedName, [&](const unsigned char *bytes, std::size_t size) {
        QByteArray seed(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
        const struct Wiped {
            QByteArray &bytes;
            ~Wiped() { crypto::wipe(bytes); }
        } wiped{seed};
        auto master = crypto::Bip32Key::fromSeed(seed);
        auto account = master ? master.value().derive(kEthereumAccountPath) : Result<crypto::Bip32Key>(master.error());
        if (!account) {
            deriving = account.error();
            return;
        }
        derived.xpub = crypto::Bip32PublicKey::fromPrivate(account.value()).serialise();
        for (std::int64_t index = from.value(); index < from.value() + wanted; ++index) {
            auto key = algorand::depositSeed(seed, static_cast<std::uint32_t>(index));
            if (!key) {
                deriving = key.error();
                return;
            }
            QByteArray secret = std::move(key).value();
            derived.algorand.emplace_back(index, algorand::addressFromSeed(secret));
            crypto::wipe(secret);
        }
    });
    if (!used) {
        if (used.error().code == ErrorCode::NotFound) // no seed in this vault: nothing to prepare
            return report;
        return used.error();
    }
    if (!deriving)
        return deriving.error();
    report.seedPresent = true;

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    // Read as stored, past an earlier refresh's finding: compared again.
    auto row = sql::run(work.db(), QStringLiteral("SELECT xpub FROM deposit_xpubs WHERE chain = 'ethereum'"));
    if (!row)
        return row.error();
    bool mismatch = false;
    if (!row.value().next()) {
        if (auto q = sql::run(work.db(),
                              QStringLiteral("INSERT INTO deposit_xpubs (chain, path, xpub, created_at) VALUES ('ethereum', ?, ?, ?)"),
                              {QString::fromLatin1(kEthereumAccountPath), QString::fromStdString(derived.xpub),
                               QVariant::fromValue(static_cast<qint64>(m_clock.nowMs()))});
            !q)
            return q.error();
        if (auto audited = m_audit.append(work.db(), actor, "deposit_xpub.record", "deposit_xpub", "ethereum", {},
                                          QJsonObject{{QStringLiteral("path"), QString::fromLatin1(kEthereumAccountPath)},
                                                      {QStringLiteral("xpub"), QString::fromStdString(derived.xpub)}});
            !audited)
            return audited.error();
        report.xpubRecorded = true;
    } else if (row.value().value(0).toString().toStdString() != derived.xpub) {
        mismatch = true;
        MetaRepository meta(work.db());
        auto flagged = meta.get(xpubMismatchKey());
        if (!flagged)
            return flagged.error();
        if (!flagged.value()) {
            // Ethereum issuing stops here; the finding is audited once.
            if (auto set = meta.set(xpubMismatchKey(), QString::fromStdString(derived.xpub)); !set)
                return set.error();
            if (auto audited = m_audit.append(work.db(), actor, "deposit_xpub.mismatch", "deposit_xpub", "ethereum",
                                              QJsonObject{{QStringLiteral("stored"), row.value().value(0).toString()}},
                                              QJsonObject{{QStringLiteral("seed"), QString::fromStdString(derived.xpub)}});
                !audited)
                return audited.error();
        }
    }
    // Another process may have topped the pool up since it was read: then
    // this one adds nothing.
    auto again = nextAlgorandIndex(work.db());
    if (!again)
        return again.error();
    if (!derived.algorand.empty() && again.value() == from.value()) {
        const QVariant now = QVariant::fromValue(static_cast<qint64>(m_clock.nowMs()));
        for (const auto &[index, address] : derived.algorand) {
            if (auto q = sql::run(work.db(),
                                  QStringLiteral("INSERT INTO wallets (chain, tier, asset, address, derivation_index, watch_only,"
                                                 " created_at) VALUES ('algorand', 'deposit', 'ALGO', ?, ?, 0, ?)"),
                                  {QString::fromStdString(address), QVariant::fromValue(static_cast<qint64>(index)), now});
                !q)
                return q.error();
        }
        report.poolAdded = static_cast<std::int64_t>(derived.algorand.size());
        if (auto audited = m_audit.append(work.db(), actor, "deposit_pool.refill", "deposit_pool", "algorand", {},
                                          QJsonObject{{QStringLiteral("from_index"), static_cast<qint64>(derived.algorand.front().first)},
                                                      {QStringLiteral("to_index"), static_cast<qint64>(derived.algorand.back().first)},
                                                      {QStringLiteral("added"), static_cast<qint64>(report.poolAdded)}});
            !audited)
            return audited.error();
    }
    auto after = algorandPool(work.db());
    if (!after)
        return after.error();
    report.pool = after.value();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    if (report.xpubRecorded || report.poolAdded > 0) {
        m_audit.announce();
        if (m_notifier && report.poolAdded > 0)
            m_notifier->publish(ChangeNotifier::Topic::Wallet, QStringLiteral("algorand"));
    }
    if (mismatch)
        return makeError(ErrorCode::Conflict, MessageId::DepositXpubMismatch);
    return report;
}

} // namespace exchange::customers
