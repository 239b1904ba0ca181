// TradeKeys: what the core refuses before a key is made (rights, a locked
// vault, an address already set), that a refusal stores no key, that an
// import of the address already set writes nothing, and that the secret it
// generated appears in no stored row, audit record or error message.

#include "core/base/manualclock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/stellar/keys.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/sql.h"
#include "core/trade/exchangeaddresses.h"
#include "core/trade/tradekeys.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QDateTime>
#include <QSqlRecord>
#include <QTest>

using namespace exchange;
using namespace exchange::security;
using exchange::trade::TradeKeys;

namespace {

Actor confirmed(Role role)
{
    Actor a = Actor::fromOperator(1, "adam", role);
    a.secondFactor = true;
    return a;
}

} // namespace

class TestTradeKeys : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onlyAConfirmedAdminGeneratesAndARefusalStoresNoKey();
    void aLockedVaultGeneratesNothing();
    void aSetAddressIsKeptUnlessReplaced();
    void importOfTheAddressAlreadySetWritesNothing();
    void theSecretIsStoredNowhereInTheClear();

private:
    int count(const QString &table) const
    {
        auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<trade::ExchangeAddresses> m_addresses;
    std::unique_ptr<TradeKeys> m_keys;
    // A throwaway passphrase of this run.
    const QByteArray m_passphrase = QByteArrayLiteral("tradekeys-test-") + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
};

void TestTradeKeys::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    addTestOperators(*m_db, {confirmed(Role::Admin)}); // adam, as the vault reads him again
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_vault = std::make_unique<KeyVault>(*m_db, m_clock, *m_audit, nullptr, KeyVault::Strength::Interactive);
    QVERIFY(m_vault->initialize(confirmed(Role::Admin), m_passphrase));
    m_addresses = std::make_unique<trade::ExchangeAddresses>(*m_db, *m_audit);
    m_keys = std::make_unique<TradeKeys>(*m_vault, *m_addresses);
}

void TestTradeKeys::cleanup()
{
    m_keys.reset();
    m_addresses.reset();
    m_vault.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestTradeKeys::onlyAConfirmedAdminGeneratesAndARefusalStoresNoKey()
{
    Actor unconfirmed = Actor::fromOperator(1, "adam", Role::Admin);
    for (const Actor &actor : {confirmed(Role::Approver), confirmed(Role::Operator), unconfirmed}) {
        auto refused = m_keys->generate(actor, Chain::Stellar, TradeKeys::Existing::Replace);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    }
    QCOMPARE(count(QStringLiteral("vault_keys")), 0);
    QVERIFY(!m_addresses->address(Chain::Stellar).value());
    auto made = m_keys->generate(confirmed(Role::Admin), Chain::Stellar, TradeKeys::Existing::Refuse);
    QVERIFY2(made, made ? "" : made.error().message.c_str());
    QCOMPARE(m_addresses->address(Chain::Stellar).value(), std::optional<std::string>(made.value().address));
}

void TestTradeKeys::aLockedVaultGeneratesNothing()
{
    m_vault->lock(confirmed(Role::Admin));
    const int audited = count(QStringLiteral("audit_log"));
    auto refused = m_keys->generate(confirmed(Role::Admin), Chain::Ethereum, TradeKeys::Existing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(count(QStringLiteral("vault_keys")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), audited);
    QVERIFY(!m_addresses->address(Chain::Ethereum).value());
}

void TestTradeKeys::aSetAddressIsKeptUnlessReplaced()
{
    const std::string set = ethereum::checksumAddress(ethereum::addressFromSecretKey(QByteArray(32, '\x5c')).value());
    QVERIFY(m_addresses->set(confirmed(Role::Admin), Chain::Ethereum, set));
    auto refused = m_keys->generate(confirmed(Role::Admin), Chain::Ethereum, TradeKeys::Existing::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.find(set) != std::string::npos, refused.error().message.c_str());
    QCOMPARE(count(QStringLiteral("vault_keys")), 0);
    QCOMPARE(m_addresses->address(Chain::Ethereum).value(), std::optional<std::string>(set));

    auto replaced = m_keys->generate(confirmed(Role::Admin), Chain::Ethereum, TradeKeys::Existing::Replace);
    QVERIFY(replaced);
    QVERIFY(replaced.value().address != set);
    QCOMPARE(replaced.value().keyName, std::string("trade:ethereum:1"));
    QCOMPARE(m_addresses->address(Chain::Ethereum).value(), std::optional<std::string>(replaced.value().address));
    // The next one is numbered after it, and becomes the chain's trade key.
    auto next = m_keys->generate(confirmed(Role::Admin), Chain::Ethereum, TradeKeys::Existing::Replace);
    QVERIFY(next);
    QCOMPARE(next.value().keyName, std::string("trade:ethereum:2"));
    QCOMPARE(m_keys->newestKey(confirmed(Role::Admin), Chain::Ethereum).value()->address, next.value().address);
}

void TestTradeKeys::importOfTheAddressAlreadySetWritesNothing()
{
    auto made = m_keys->generate(confirmed(Role::Admin), Chain::Algorand, TradeKeys::Existing::Refuse);
    QVERIFY(made);
    const int audited = count(QStringLiteral("audit_log"));
    auto imported = m_keys->import(confirmed(Role::Admin), Chain::Algorand, TradeKeys::Existing::Refuse);
    QVERIFY2(imported, imported ? "" : imported.error().message.c_str());
    QCOMPARE(imported.value().address, made.value().address);
    QCOMPARE(count(QStringLiteral("audit_log")), audited);
    // Locked, the key cannot be opened: nothing is set from its row alone.
    m_vault->lock(confirmed(Role::Admin));
    auto locked = m_keys->import(confirmed(Role::Admin), Chain::Algorand, TradeKeys::Existing::Replace);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code, ErrorCode::WrongState);
}

void TestTradeKeys::theSecretIsStoredNowhereInTheClear()
{
    auto made = m_keys->generate(confirmed(Role::Admin), Chain::Stellar, TradeKeys::Existing::Refuse);
    QVERIFY(made);
    QByteArray secret;
    QVERIFY(m_vault->useKey(made.value().keyName, [&](const unsigned char *key, std::size_t size) {
        secret = QByteArray(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
    }));
    QCOMPARE(secret.size(), 32);
    QCOMPARE(stellar::accountIdFromSeed(secret), made.value().address);
    // A second generate is refused: its message must not carry the secret either.
    auto refused = m_keys->generate(confirmed(Role::Admin), Chain::Stellar, TradeKeys::Existing::Refuse);
    QVERIFY(!refused);
    const QStringList forms{QString::fromLatin1(secret.toHex()), QString::fromLatin1(secret.toHex().toUpper()),
                            QString::fromLatin1(secret.toBase64())};
    QStringList seen{QString::fromStdString(refused.error().message)};
    for (const QString &table : {QStringLiteral("audit_log"), QStringLiteral("meta"), QStringLiteral("vault_keys")}) {
        auto q = sql::run(m_db->connection(), QStringLiteral("SELECT * FROM ") + table);
        QVERIFY(q);
        while (q.value().next()) {
            for (int i = 0; i < q.value().record().count(); ++i)
                seen << q.value().value(i).toString();
        }
    }
    for (const QString &text : seen) {
        for (const QString &form : forms)
            QVERIFY2(!text.contains(form, Qt::CaseInsensitive), qPrintable(text.left(80)));
    }
}

QTEST_GUILESS_MAIN(TestTradeKeys)
#include "tst_tradekeys.moc"
