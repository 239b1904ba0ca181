// The key vault: keys encrypted at rest, unlocked only by an admin with a
// confirmed code, lent to a signer but never handed out, wiped on lock,
// "payouts wait" while locked, tampering found. Finally a scan of every log
// message, error message, audit record and stored row of the run for the
// known test key and passphrase.

#include "core/base/manualclock.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/sql.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QSqlRecord>
#include <QTest>

using namespace exchange;
using namespace exchange::security;

namespace {

QStringList g_logged;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}

// A test key anyone can see is a test key: 32 bytes counting 0xA0 upwards.
QByteArray testKey()
{
    QByteArray k(32, '\0');
    for (int i = 0; i < k.size(); ++i)
        k[i] = static_cast<char>(0xA0 + i);
    return k;
}

const QByteArray kPassphrase = QByteArrayLiteral("vault-test-passphrase-7");

Actor confirmedAdmin()
{
    Actor a = Actor::fromOperator(1, "adam", Role::Admin);
    a.secondFactor = true;
    return a;
}

} // namespace

class TestKeyVault : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void onlyAConfirmedAdminUnlocks();
    void keysAreLentWhileUnlockedAndWaitWhileLocked();
    void wrongPassphraseIsRefusedAndAudited();
    void alteredCiphertextIsFound();
    void nothingSecretLeaks();

private:
    void remember(const std::string &message) { m_messages << QString::fromStdString(message); }
    SecureBuffer keyBuffer() const
    {
        const QByteArray k = testKey();
        return SecureBuffer(reinterpret_cast<const unsigned char *>(k.constData()), static_cast<size_t>(k.size()));
    }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<KeyVault> m_vault;
    QStringList m_messages; // every error message the run produced
};

void TestKeyVault::initTestCase()
{
    qInstallMessageHandler(capture);
}

void TestKeyVault::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    addTestOperators(*m_db, {confirmedAdmin()}); // adam, as the vault reads him again
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_vault = std::make_unique<KeyVault>(*m_db, m_clock, *m_audit, nullptr, KeyVault::Strength::Interactive);
    QCOMPARE(m_vault->state().value(), KeyVault::State::Uninitialized);
    QVERIFY(m_vault->initialize(confirmedAdmin(), kPassphrase).ok());
    auto stored = m_vault->storeKey(confirmedAdmin(), "stellar-hot", "stellar", "GTESTPUBLICKEY", keyBuffer());
    QVERIFY(stored.ok());
    m_vault->lock(confirmedAdmin());
    QCOMPARE(m_vault->state().value(), KeyVault::State::Locked);
}

void TestKeyVault::cleanup()
{
    m_vault.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestKeyVault::onlyAConfirmedAdminUnlocks()
{
    Actor approver = Actor::fromOperator(2, "anna", Role::Approver);
    approver.secondFactor = true;
    auto refused = m_vault->unlock(approver, kPassphrase);
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    remember(refused.error().message);
    auto noCode = m_vault->unlock(Actor::fromOperator(1, "adam", Role::Admin), kPassphrase);
    QCOMPARE(noCode.error().code, ErrorCode::Unauthorized);
    remember(noCode.error().message);
    QVERIFY(!m_vault->isUnlocked());
    QVERIFY(m_vault->unlock(confirmedAdmin(), kPassphrase).ok());
    QVERIFY(m_vault->isUnlocked());
    auto again = m_vault->initialize(confirmedAdmin(), kPassphrase);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    remember(again.error().message);
}

void TestKeyVault::keysAreLentWhileUnlockedAndWaitWhileLocked()
{
    auto locked = m_vault->useKey("stellar-hot", [](const unsigned char *, std::size_t) { QFAIL("lent while locked"); });
    QCOMPARE(locked.error().code, ErrorCode::WrongState);
    QVERIFY(locked.error().message.find("payouts wait") != std::string::npos);
    remember(locked.error().message);

    QVERIFY(m_vault->unlock(confirmedAdmin(), kPassphrase).ok());
    QByteArray seen;
    QVERIFY(m_vault->useKey("stellar-hot", [&](const unsigned char *k, std::size_t n) {
        seen = QByteArray(reinterpret_cast<const char *>(k), static_cast<qsizetype>(n));
    }).ok());
    QCOMPARE(seen, testKey());
    auto unknown = m_vault->useKey("nope", [](const unsigned char *, std::size_t) {});
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    remember(unknown.error().message);
    auto keys = m_vault->keys(confirmedAdmin()).value();
    QCOMPARE(keys.size(), size_t(1));
    QCOMPARE(keys.front().publicId, std::string("GTESTPUBLICKEY"));
    QCOMPARE(keys.front().createdBy, std::string("adam"));

    m_vault->lock(confirmedAdmin());
    QCOMPARE(m_vault->useKey("stellar-hot", [](const unsigned char *, std::size_t) {}).error().code,
             ErrorCode::WrongState);
    auto storeLocked = m_vault->storeKey(confirmedAdmin(), "algo-hot", "algorand", "ALGOTEST", keyBuffer());
    QCOMPARE(storeLocked.error().code, ErrorCode::WrongState);
    remember(storeLocked.error().message);

    AuditFilter vault;
    vault.action = "vault.";
    std::vector<std::string> actions;
    for (const AuditEntry &e : m_audit->list(vault).value())
        actions.push_back(e.action);
    const std::vector<std::string> expected{"vault.lock", "vault.unlock", "vault.lock", "vault.add_key", "vault.create"};
    QCOMPARE(actions, expected);
}

void TestKeyVault::wrongPassphraseIsRefusedAndAudited()
{
    auto wrong = m_vault->unlock(confirmedAdmin(), QByteArrayLiteral("not-the-passphrase"));
    QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
    remember(wrong.error().message);
    QVERIFY(!m_vault->isUnlocked());
    QCOMPARE(m_audit->list().value().front().action, std::string("vault.unlock_failed"));
    QVERIFY(m_audit->verify().value().intact);
}

void TestKeyVault::alteredCiphertextIsFound()
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT ciphertext FROM vault_keys"));
    QVERIFY(q.ok() && q.value().next());
    QString box = q.value().value(0).toString();
    box[0] = box[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE vault_keys SET ciphertext = ?"), {box}).ok());
    auto r = m_vault->unlock(confirmedAdmin(), kPassphrase);
    QCOMPARE(r.error().code, ErrorCode::Corrupted);
    remember(r.error().message);
    QVERIFY(!m_vault->isUnlocked());
}

void TestKeyVault::nothingSecretLeaks()
{
    // A busy run: every path above once more, then every trace of it.
    QVERIFY(!m_vault->unlock(confirmedAdmin(), QByteArrayLiteral("not-the-passphrase")).ok());
    QVERIFY(m_vault->unlock(confirmedAdmin(), kPassphrase).ok());
    auto duplicate = m_vault->storeKey(confirmedAdmin(), "stellar-hot", "stellar", "GTESTPUBLICKEY", keyBuffer());
    QVERIFY(!duplicate.ok()); // the store refuses (and the driver logs why)
    remember(duplicate.error().message);
    QVERIFY(m_vault->storeKey(confirmedAdmin(), "eth-hot", "ethereum", "0xTEST", keyBuffer()).ok());
    m_vault->lock(confirmedAdmin());

    const QByteArray key = testKey();
    const QStringList needles{QString::fromLatin1(key.toHex()), QString::fromLatin1(key.toBase64()),
                              QString::fromLatin1(key.toHex().toUpper()), QString::fromLatin1(kPassphrase)};
    QStringList haystack = g_logged + m_messages;
    for (const AuditEntry &e : m_audit->list().value())
        haystack << QString::fromStdString(e.objectId + " " + e.before + " " + e.after);
    for (const QString &table : {QStringLiteral("vault_keys"), QStringLiteral("meta"), QStringLiteral("audit_log")}) {
        auto rows = sql::run(m_db->connection(), QStringLiteral("SELECT * FROM %1").arg(table));
        QVERIFY(rows.ok());
        while (rows.value().next()) {
            for (int i = 0; i < rows.value().record().count(); ++i)
                haystack << rows.value().value(i).toString();
        }
    }
    QVERIFY(haystack.size() > 20);
    QVERIFY(!g_logged.isEmpty()); // the refused insert was logged: the scan saw real log text
    for (const QString &text : haystack) {
        for (const QString &needle : needles)
            QVERIFY2(!text.contains(needle, Qt::CaseInsensitive), qPrintable(QStringLiteral("secret found in: ") + text.left(80)));
        QVERIFY(!text.toLatin1().contains(key));
    }
}

QTEST_GUILESS_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
