// The payout signer, the key vault and the signer's journal agree on whose
// exchange this is and which admin key the chain of trust starts from, on
// this run's backend. The journal writes the pinned key down the first
// time the signer meets it; from then on a pin deleted from vault_keys
// (the journal tells it from an exchange that never pinned), another
// vault copied into the database, or an exchange id changed in the meta
// table (which would open a fresh, empty journal that remembers nothing
// signed) stops the signer: nothing is signed, nothing is held or
// repaired, and the run says why. A vault pinned before pins carried the
// exchange's id is bound to it at its next unlock. Without any pin
// nothing is signed, and nothing is written down.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/decisionsigner.h"
#include "core/security/exchangeidentity.h"
#include "core/security/keyvault.h"
#include "core/security/securebuffer.h"
#include "core/security/signerjournal.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
#include "testsigners.h"

#include <QTemporaryDir>
#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::KeyVault;
using exchange::security::Role;

namespace {

const QByteArray kPassphrase(PayoutStage::kPassphrase);

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

bool mentions(const std::vector<std::string> &problems, MessageId id)
{
    for (const std::string &p : problems) {
        const auto said = Message::parse(p);
        if (said && said->id == id)
            return true;
    }
    return false;
}

} // namespace

class TestSignerTrust : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theFirstRunWritesThePinnedKeyDown();
    void aPinDeletedInTheDatabaseStopsTheSigner();
    void anotherVaultCopiedInStopsTheSigner();
    void anExchangeIdChangedInTheDatabaseStopsTheSigner();
    void aPinFromBeforeIsBoundToTheExchangeAtTheNextUnlock();
    void withoutAPinNothingIsSignedNorWrittenDown();

private:
    // The stage (PayoutStage): root creates the vault, which pins their key
    // (pinned), or the command line does (not pinned); sam requests;
    // 24h 300 XLM, 72h 1000 XLM.
    void setUp(bool pinned);
    std::int64_t request(const char *amount);
    WithdrawalState state(std::int64_t id);
    // A console started afresh: a new vault object unlocked by root (its
    // keys as the database has them now) and a new signer.
    void restart();
    Result<PayoutRunReport> run();
    std::optional<std::string> journalAnchor();

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
};

void TestSignerTrust::init()
{
    // Each test sets its stage up with setUp(pinned).
}

void TestSignerTrust::setUp(bool pinned)
{
    PayoutStage::Limits limits;
    limits.limit24h = "300";
    limits.limit72h = "1000";
    m_stage = std::make_unique<PayoutStage>(m_clock, limits, pinned ? PayoutStage::Pin::RootsKey : PayoutStage::Pin::None);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    m_stage->chain().hotBalance = xlm("5000");
}

void TestSignerTrust::cleanup()
{
    m_stage.reset();
}

std::int64_t TestSignerTrust::request(const char *amount)
{
    return m_stage->request(amount);
}

WithdrawalState TestSignerTrust::state(std::int64_t id)
{
    return m_stage->withdrawals().find(id).value().state;
}

void TestSignerTrust::restart()
{
    m_stage->restart();
    auto unlocked = m_stage->vault().unlock(m_stage->admin(), kPassphrase);
    QVERIFY2(unlocked.ok(), unlocked.ok() ? "" : unlocked.error().message.c_str());
}

Result<PayoutRunReport> TestSignerTrust::run()
{
    return m_stage->payouts().run(m_stage->vault());
}

std::optional<std::string> TestSignerTrust::journalAnchor()
{
    auto id = security::ExchangeIdentity::find(m_stage->db());
    if (!id || !id.value())
        return std::nullopt;
    auto journal = security::SignerJournal::openExisting(
        security::SignerJournal::pathFor(security::SignerJournal::directory(), *id.value()), *id.value());
    if (!journal || !journal.value())
        return std::nullopt;
    return journal.value()->anchor();
}

void TestSignerTrust::theFirstRunWritesThePinnedKeyDown()
{
    setUp(true);
    const std::int64_t paid = request("100");
    auto first = run();
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(first.value().signedNew, 1);
    QCOMPARE(state(paid), WithdrawalState::Broadcast);
    const auto pinned = m_stage->vault().pinnedAdminKey();
    QVERIFY(pinned.ok() && pinned.value());
    QCOMPARE(journalAnchor(), std::optional<std::string>(pinned.value()->toHex().toStdString()));
    // The pin is sealed with this database's exchange id.
    QCOMPARE(m_stage->vault().boundExchangeId().value(), security::ExchangeIdentity::find(m_stage->db()).value());

    // A console started afresh with the same vault goes on paying.
    restart();
    const std::int64_t next = request("100");
    auto second = run();
    QVERIFY2(second.ok(), second.ok() ? "" : second.error().message.c_str());
    QVERIFY(!second.value().journalUnusable);
    QCOMPARE(second.value().signedNew, 1);
    QCOMPARE(state(next), WithdrawalState::Broadcast);
}

void TestSignerTrust::aPinDeletedInTheDatabaseStopsTheSigner()
{
    setUp(true);
    request("100");
    QVERIFY(run().ok());
    QVERIFY(journalAnchor().has_value());

    // The signer restarts (exctl serve unlocks as the command line, which
    // pins nothing) after the pin's row was deleted.
    m_stage->restart();
    QVERIFY(sql::run(m_stage->db().connection(), QStringLiteral("DELETE FROM vault_keys WHERE name = ?"),
                     {QString::fromLatin1(KeyVault::kTrustAnchorName)})
                .ok());
    QVERIFY(m_stage->vault().unlock(Actor::cli("signer"), kPassphrase).ok());
    QVERIFY(!m_stage->vault().pinnedAdminKey().value().has_value());

    const std::int64_t waiting = request("100");
    const int signingsBefore = m_stage->chain().signings;
    auto refused = run();
    QVERIFY2(refused.ok(), refused.ok() ? "" : refused.error().message.c_str());
    QVERIFY(refused.value().journalUnusable);
    QVERIFY(mentions(refused.value().problems, MessageId::SignerPinRemoved));
    QCOMPARE(refused.value().signedNew, 0);
    QCOMPARE(m_stage->chain().signings, signingsBefore);
    // Nothing is held or repaired: the withdrawal waits for the pin.
    QCOMPARE(state(waiting), WithdrawalState::Processing);

    // root, whose key the journal remembers, unlocks the vault and pins it
    // again: the signer goes on.
    restart();
    auto resumed = run();
    QVERIFY2(resumed.ok(), resumed.ok() ? "" : resumed.error().message.c_str());
    QVERIFY(!resumed.value().journalUnusable);
    QCOMPARE(state(waiting), WithdrawalState::Broadcast);
}

void TestSignerTrust::anotherVaultCopiedInStopsTheSigner()
{
    setUp(true);
    m_stage->signers().add("mallory", Role::Admin);
    request("100");
    QVERIFY(run().ok());

    // A vault of mallory's, made elsewhere with a passphrase they know,
    // copied over this one's rows.
    QVERIFY(sql::run(m_stage->db().connection(), QStringLiteral("DELETE FROM vault_keys")).ok());
    QVERIFY(sql::run(m_stage->db().connection(), QStringLiteral("DELETE FROM meta WHERE key = 'vault'")).ok());
    m_stage->restart();
    QVERIFY(m_stage->vault().initialize(m_stage->signers().confirmed("mallory"), "mallory's passphrase").ok());

    const std::int64_t waiting = request("100");
    const int signingsBefore = m_stage->chain().signings;
    auto refused = run();
    QVERIFY2(refused.ok(), refused.ok() ? "" : refused.error().message.c_str());
    QVERIFY(refused.value().journalUnusable);
    QVERIFY(mentions(refused.value().problems, MessageId::SignerPinSwapped));
    QCOMPARE(m_stage->chain().signings, signingsBefore);
    QCOMPARE(state(waiting), WithdrawalState::Processing);
}

void TestSignerTrust::anExchangeIdChangedInTheDatabaseStopsTheSigner()
{
    setUp(true);
    request("100");
    QVERIFY(run().ok());

    // A fresh id would open a fresh journal that remembers nothing signed.
    QVERIFY(sql::run(m_stage->db().connection(), QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                     {QStringLiteral("feedfacefeedfacefeedfacefeedface"), security::ExchangeIdentity::metaKey()})
                .ok());
    restart();
    const std::int64_t waiting = request("100");
    const int signingsBefore = m_stage->chain().signings;
    auto refused = run();
    QVERIFY2(refused.ok(), refused.ok() ? "" : refused.error().message.c_str());
    QVERIFY(refused.value().journalUnusable);
    QVERIFY(mentions(refused.value().problems, MessageId::SignerExchangeMismatch));
    QCOMPARE(m_stage->chain().signings, signingsBefore);
    QCOMPARE(state(waiting), WithdrawalState::Processing);
}

void TestSignerTrust::aPinFromBeforeIsBoundToTheExchangeAtTheNextUnlock()
{
    setUp(false);
    // A pin as vaults stored it before pins carried the exchange's id: the key alone.
    const Actor root = m_stage->signers().confirmed("root");
    const QByteArray key = root.signer->publicKey();
    const security::SecureBuffer bytes(reinterpret_cast<const unsigned char *>(key.constData()), static_cast<std::size_t>(key.size()));
    QVERIFY(m_stage->vault().storeKey(root, KeyVault::kTrustAnchorName, "trust", key.toHex().toStdString(), bytes).ok());
    QCOMPARE(m_stage->vault().pinnedAdminKey().value(), std::optional<QByteArray>(key));
    QVERIFY(!m_stage->vault().boundExchangeId().value().has_value());

    restart();
    QCOMPARE(m_stage->vault().pinnedAdminKey().value(), std::optional<QByteArray>(key));
    const auto id = security::ExchangeIdentity::find(m_stage->db()).value();
    QVERIFY(id.has_value());
    QCOMPARE(m_stage->vault().boundExchangeId().value(), id);
    auto audited = sql::run(m_stage->db().connection(),
                            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'vault.bind_exchange'"));
    QVERIFY(audited.ok() && audited.value().next());
    QCOMPARE(audited.value().value(0).toInt(), 1);
    // And it stays so: another unlock changes nothing.
    restart();
    QCOMPARE(m_stage->vault().boundExchangeId().value(), id);
}

void TestSignerTrust::withoutAPinNothingIsSignedNorWrittenDown()
{
    setUp(false);
    const std::int64_t waiting = request("100");
    auto first = run();
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QVERIFY(!first.value().journalUnusable);
    QVERIFY(first.value().noPinnedAdminKey);
    QVERIFY(mentions(first.value().problems, MessageId::SignerNoPinnedAdminKey));
    QCOMPARE(first.value().signedNew, 0);
    QCOMPARE(m_stage->chain().signings, 0);
    QCOMPARE(state(waiting), WithdrawalState::Processing);
    QVERIFY(!journalAnchor().has_value());
}

QTEST_GUILESS_MAIN(TestSignerTrust)
#include "tst_signertrust.moc"
