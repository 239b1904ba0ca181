// The Dashboard offscreen, through its controls: on the demo data it lists
// what needs an operator (the two withdrawals under review, the
// unattributed deposit), each line's button opens the screen that resolves
// it (by click and by keyboard), and it follows the store: an approval and
// an assignment made elsewhere change what it says without a refresh.

#include "core/deposits/depositrecord.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/base/dutystatus.h"
#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "models/dashboardsource.h"
#include "models/dutyboard.h"
#include "testcore.h"
#include "testoperators.h"
#include "ui/screens/dashboardscreen.h"

#include <QDateTime>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTest>

#include <functional>
#include <optional>

using namespace exchange;

namespace {

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.contains(text); });
}

QPushButton *actionFor(DashboardScreen &screen, const QString &text)
{
    for (QLabel *label : screen.findChildren<QLabel *>(QStringLiteral("attentionText"))) {
        if (label->text().contains(text))
            return label->parentWidget()->findChild<QPushButton *>(QStringLiteral("attentionAction"));
    }
    return nullptr;
}

} // namespace

class TestDashboardScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsWhatNeedsAnOperator();
    void eachLineOpensItsScreen();
    void followsTheStore();
    void aWatcherDownIsALineUntilItIsBack();
    void aWatcherWaitingForTheVaultLeadsToTheVault();
    void payoutsThatCannotStartAreLines();
    void aPayoutAlreadySentNeedsANodeNotTheVault();
    void aHotWalletAboveItsMaxIsALine();
    void aFeeWalletBelowItsAlertIsALine();
    void recentActivityIsNewestFirstByTime();

private:
    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<DashboardSource> m_source;
    std::unique_ptr<DutyBoard> m_duties;
    std::unique_ptr<DashboardScreen> m_screen;
};

void TestDashboardScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_source = std::make_unique<DashboardSource>(m_core->runtime(), m_core->services());
    m_duties = std::make_unique<DutyBoard>([] { return QDateTime::currentMSecsSinceEpoch(); });
    m_screen = std::make_unique<DashboardScreen>(m_source.get(), m_duties.get());
    m_screen->resize(1100, 800);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    QTRY_VERIFY(m_source->report().has_value() && m_source->auditChain().has_value());
}

void TestDashboardScreen::cleanup()
{
    m_screen.reset();
    m_duties.reset();
    m_source.reset();
    m_core.reset();
}

void TestDashboardScreen::listsWhatNeedsAnOperator()
{
    const QStringList lines = m_screen->attentionTexts();
    // The demo: withdrawals 3 (20,000 XLM), 4 (50,000 ALGO) and 6 (30,000
    // USDC on Stellar) under review,
    // one unattributed deposit (42 XLM); the books checked clean.
    QVERIFY2(anyContains(lines, QStringLiteral("Withdrawals waiting for review: 3;")), qPrintable(lines.join(u'\n')));
    QVERIFY2(anyContains(lines, QStringLiteral("Deposits not attributed to a customer: 1.")), qPrintable(lines.join(u'\n')));
    QVERIFY(!anyContains(lines, QStringLiteral("never been checked"))); // the demo checks its books
    QVERIFY(!anyContains(lines, QStringLiteral("discrepancies")));
    QStringList labels;
    for (QLabel *label : m_screen->findChildren<QLabel *>())
        labels << label->text();
    // When it was verified: records written since are not covered by it.
    QVERIFY2(anyContains(labels, QStringLiteral("Audit chain intact, verified ")), qPrintable(labels.join(u'\n')));
    QVERIFY(anyContains(labels, QStringLiteral(": clean.")));
    QVERIFY(!anyContains(lines, QStringLiteral("audit chain is broken")));
    // Per asset, one row with hot, warm and cold.
    auto *wallets = m_screen->findChild<QTableWidget *>();
    QVERIFY(wallets);
    QCOMPARE(wallets->rowCount(), 6); // ALGO, ETH, XLM and the demo's USDC on each chain
    QStringList assets;
    for (int row = 0; row < wallets->rowCount(); ++row)
        assets << wallets->item(row, 0)->text();
    assets.sort();
    QCOMPARE(assets, (QStringList{QStringLiteral("ALGO"), QStringLiteral("ETH"), QStringLiteral("USDC"), QStringLiteral("USDCALGO"),
                                  QStringLiteral("USDCXLM"), QStringLiteral("XLM")}));
}

void TestDashboardScreen::eachLineOpensItsScreen()
{
    QSignalSpy opened(m_screen.get(), &DashboardScreen::openScreen);
    QPushButton *review = actionFor(*m_screen, QStringLiteral("waiting for review"));
    QVERIFY(review);
    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("withdrawals"));
    // The keyboard: focus the deposit line's button and press Space.
    QPushButton *assign = actionFor(*m_screen, QStringLiteral("not attributed"));
    QVERIFY(assign);
    assign->setFocus();
    QTest::keyClick(assign, Qt::Key_Space);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).toString(), QStringLiteral("deposits"));
}

void TestDashboardScreen::followsTheStore()
{
    // Another operator approves withdrawal 4 and assigns the deposit.
    CoreServices *services = &m_core->services();
    bool done = false;
    m_core->runtime().post(
        [services] {
            const security::Actor other = testAdmin(services->database(), "another-operator");
            auto approved = services->withdrawals().approve(other, 4);
            deposits::DepositFilter unattributed;
            unattributed.state = deposits::DepositState::Unattributed;
            auto found = services->deposits().list(unattributed);
            if (!approved || !found || found.value().size() != 1)
                return false;
            return services->deposits().assign(other, found.value().front().id, 1).ok();
        },
        this, [&done](bool ok) { done = ok; });
    QTRY_VERIFY(done);
    // No refresh pressed: the dashboard follows the change notifications.
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(m_screen->attentionTexts(), QStringLiteral("Withdrawals waiting for review: 2;")), 5000);
    QTRY_VERIFY(!anyContains(m_screen->attentionTexts(), QStringLiteral("not attributed")));
}

void TestDashboardScreen::aWatcherDownIsALineUntilItIsBack()
{
    QSignalSpy open(m_screen.get(), &DashboardScreen::openScreen);
    // Not configured: no line (the demo has no nodes; that is a choice).
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("stellar"),
                  DutyStatus::off(QStringLiteral("not watching: no Horizon URL set")));
    QVERIFY(!anyContains(m_screen->attentionTexts(), QStringLiteral("stellar")));
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"),
                  DutyStatus::down(QStringLiteral("waiting: Connection refused; trying again in 4 s")));
    m_duties->set(DutyBoard::Kind::Payouts, QStringLiteral("algorand"),
                  DutyStatus::down(QStringLiteral("algod unreachable")));
    const QStringList lines = m_screen->attentionTexts();
    QVERIFY2(anyContains(lines, QStringLiteral("Deposit watcher ethereum: down since")), qPrintable(lines.join(u'\n')));
    QVERIFY(anyContains(lines, QStringLiteral("Connection refused")));
    QVERIFY2(anyContains(lines, QStringLiteral("Payouts on algorand: down since")), qPrintable(lines.join(u'\n')));
    // The other lines stay.
    QVERIFY(anyContains(lines, QStringLiteral("Withdrawals waiting for review: 3;")));
    // Its button leads to where node URLs are set; Space presses it.
    QPushButton *go = actionFor(*m_screen, QStringLiteral("Deposit watcher ethereum"));
    QVERIFY(go);
    go->setFocus();
    QTest::keyClick(go, Qt::Key_Space);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("settings"));
    // A running watcher's next block changes nothing here: the buttons
    // (and the keyboard focus on one) stay.
    const QPointer<QPushButton> kept(go);
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("stellar"), DutyStatus::running(QStringLiteral("streaming")));
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("algorand"), DutyStatus::running(QStringLiteral("up to date: 41")));
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("algorand"), DutyStatus::running(QStringLiteral("up to date: 42")));
    QVERIFY(!kept.isNull());
    QVERIFY(kept->hasFocus());
    // Back up: the line goes.
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"), DutyStatus::running(QStringLiteral("up to date: 12")));
    QVERIFY(!anyContains(m_screen->attentionTexts(), QStringLiteral("Deposit watcher ethereum")));
    QVERIFY(anyContains(m_screen->attentionTexts(), QStringLiteral("Payouts on algorand")));
}

void TestDashboardScreen::aWatcherWaitingForTheVaultLeadsToTheVault()
{
    // The watcher's line as the supervisor words it: waiting, around the
    // retry, around why (its tokens' signed identities need the vault).
    const auto watcherWaiting = [](MessageId cause, int seconds) {
        const std::string why = Message{cause, {"ethereum", "USDC"}}.english();
        return DutyStatus::down(
            dutyWords(MessageId::DutyWaiting, {dutyWords(MessageId::DutyRetrying, {why, std::to_string(seconds)}).toStdString()}));
    };
    QSignalSpy open(m_screen.get(), &DashboardScreen::openScreen);
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"), watcherWaiting(MessageId::DepositTokensVaultLocked, 4));
    const QStringList lines = m_screen->attentionTexts();
    QVERIFY2(anyContains(lines, QStringLiteral("Deposit watcher ethereum: down since")), qPrintable(lines.join(u'\n')));
    QVERIFY(anyContains(lines, QStringLiteral("ethereum tokens (USDC)")));
    QPushButton *go = actionFor(*m_screen, QStringLiteral("Deposit watcher ethereum"));
    QVERIFY(go);
    QCOMPARE(go->text(), QStringLiteral("Unlock the vault"));
    go->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("operators"));

    // No admin key pinned: the vault's screen too, to pin one.
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"), watcherWaiting(MessageId::DepositTokensNoPin, 8));
    go = actionFor(*m_screen, QStringLiteral("Deposit watcher ethereum"));
    QVERIFY(go);
    QCOMPARE(go->text(), QStringLiteral("Pin an admin's key"));
    go->click();
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toString(), QStringLiteral("operators"));

    // A node that does not answer is still the chain's settings.
    m_duties->set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"),
                  DutyStatus::down(dutyWords(MessageId::DutyWaiting,
                                             {dutyWords(MessageId::DutyRetrying, {"Connection refused", "16"}).toStdString()})));
    go = actionFor(*m_screen, QStringLiteral("Deposit watcher ethereum"));
    QVERIFY(go);
    QCOMPARE(go->text(), QStringLiteral("Chain settings"));
}

void TestDashboardScreen::payoutsThatCannotStartAreLines()
{
    // The demo's key vault is locked and it has no nodes; its one ETH
    // payout on its way is said so, nothing of algorand yet.
    CoreServices *services = &m_core->services();
    const QStringList locked = m_screen->attentionTexts();
    QVERIFY(!anyContains(locked, QStringLiteral("No key vault exists")));
    QVERIFY(!anyContains(locked, QStringLiteral("algorand")));
    if (services->database().dialect().isSQLite())
        QVERIFY2(anyContains(locked, QStringLiteral("The key vault is locked: 1 payout(s) on ethereum")),
                 qPrintable(locked.join(u'\n')));
    auto onCore = [this](std::function<bool()> work) {
        bool done = false;
        m_core->runtime().post([work] { return work(); }, this, [&done](bool ok) { done = ok; });
        QTRY_VERIFY(done);
    };
    // A database where no vault was ever made: the demo's taken away.
    onCore([services] {
        return sql::run(services->database().connection(), QStringLiteral("DELETE FROM meta WHERE key = 'vault'")).ok();
    });
    m_source->reload();
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(m_screen->attentionTexts(), QStringLiteral("No key vault exists: 1 payout(s) on ethereum")),
                             5000);
    // Withdrawal 4 (50,000 ALGO) approved: it waits for the payout from hot.
    onCore([services] { return services->withdrawals().approve(testAdmin(services->database(), "another-operator"), 4).ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(m_screen->attentionTexts(), QStringLiteral("payout(s) on algorand")), 5000);
    QStringList lines = m_screen->attentionTexts();
    QVERIFY2(anyContains(lines, QStringLiteral("No key vault exists: 1 payout(s) on algorand cannot be signed")),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(anyContains(lines, QStringLiteral("No node is configured for algorand: 1 payout(s) cannot be sent")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(!anyContains(lines, QStringLiteral("on stellar")));
    // Each button opens the screen that fixes it.
    QSignalSpy opened(m_screen.get(), &DashboardScreen::openScreen);
    QPushButton *vault = actionFor(*m_screen, QStringLiteral("No key vault exists: 1 payout(s) on algorand"));
    QVERIFY(vault);
    QCOMPARE(vault->text(), QStringLiteral("Create the vault"));
    QTest::mouseClick(vault, Qt::LeftButton);
    QPushButton *node = actionFor(*m_screen, QStringLiteral("No node is configured for algorand"));
    QVERIFY(node);
    QTest::mouseClick(node, Qt::LeftButton);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("operators"));
    QCOMPARE(opened.at(1).at(0).toString(), QStringLiteral("settings"));

    // A vault exists (its row; this console has not unlocked it) without a
    // hot key for algorand, and algorand gets a node.
    onCore([services] {
        if (!MetaRepository(services->database().connection()).set(QStringLiteral("vault"), QStringLiteral("x")))
            return false;
        auto algorand = services->wallets().chainSettings(Chain::Algorand);
        if (!algorand)
            return false;
        wallets::ChainSettings settings = algorand.value();
        settings.nodeUrl = "http://127.0.0.1:4001";
        return services->wallets().setChainSettings(testAdmin(services->database(), "tester"), settings).ok();
    });
    m_source->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!anyContains(m_screen->attentionTexts(), QStringLiteral("No key vault exists")), 5000);
    lines = m_screen->attentionTexts();
    if (services->database().dialect().isSQLite()) {
        // On SQLite this console is the one that pays: its locked vault is why.
        QVERIFY2(anyContains(lines, QStringLiteral("The key vault is locked: 1 payout(s) on algorand cannot be signed")),
                 qPrintable(lines.join(u'\n')));
        QPushButton *unlock = actionFor(*m_screen, QStringLiteral("The key vault is locked: 1 payout(s) on algorand"));
        QVERIFY(unlock);
        QCOMPARE(unlock->text(), QStringLiteral("Unlock the vault"));
    } else {
        // On PostgreSQL another process may lead with its vault open: not
        // claimed here (the leader's payouts line says it).
        QVERIFY(!anyContains(lines, QStringLiteral("The key vault is locked")));
    }
    QVERIFY2(anyContains(lines, QStringLiteral("holds no hot key for algorand (hot:algorand)")), qPrintable(lines.join(u'\n')));
    QVERIFY(!anyContains(lines, QStringLiteral("No node is configured for algorand")));
    QVERIFY(!anyContains(lines, QStringLiteral("pins no admin's signing key")));

    // The vault pins no admin's key (the demo's pin taken away): nothing is
    // signed, and the line asks an admin to pin theirs on the Operators screen.
    onCore([services] {
        return sql::run(services->database().connection(), QStringLiteral("DELETE FROM vault_keys WHERE name = ?"),
                        {QString::fromLatin1(security::KeyVault::kTrustAnchorName)})
            .ok();
    });
    m_source->reload();
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(m_screen->attentionTexts(),
                                         QStringLiteral("The key vault pins no admin's signing key: 1 payout(s) on algorand are "
                                                        "not signed until an admin pins theirs")),
                             5000);
    QPushButton *pin = actionFor(*m_screen, QStringLiteral("pins no admin's signing key: 1 payout(s) on algorand"));
    QVERIFY(pin);
    QCOMPARE(pin->text(), QStringLiteral("Pin an admin's key"));
    QTest::mouseClick(pin, Qt::LeftButton);
    QCOMPARE(opened.count(), 3);
    QCOMPARE(opened.at(2).at(0).toString(), QStringLiteral("operators"));

    // Cancelled before anything was signed, nothing waits on algorand: its lines go.
    onCore([services] { return services->withdrawals().cancel(security::Actor::cli("another-operator"), 4).ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(!anyContains(m_screen->attentionTexts(), QStringLiteral("algorand")), 5000);
}

void TestDashboardScreen::aPayoutAlreadySentNeedsANodeNotTheVault()
{
    // The demo's ETH withdrawal 5 is processing with nothing signed yet; on
    // SQLite this console would sign it, once its vault is unlocked.
    CoreServices *services = &m_core->services();
    const bool signsHere = services->database().dialect().isSQLite();
    QVERIFY(!signsHere || anyContains(m_screen->attentionTexts(), QStringLiteral("The key vault is locked: 1 payout(s) on ethereum")));
    QVERIFY(anyContains(m_screen->attentionTexts(), QStringLiteral("holds no hot key for ethereum (hot:ethereum): 1 payout(s)")));
    bool done = false;
    m_core->runtime().post(
        [services] {
            withdrawals::PayoutRecord sent;
            sent.withdrawalId = 5;
            sent.chain = Chain::Ethereum;
            sent.asset = "ETH";
            sent.source = "0x0000000000000000000000000000000000000001";
            sent.destination = "0x0000000000000000000000000000000000000002";
            sent.amount = Amount::parse("0.5", 18).value();
            sent.maxFee = Amount::parse("0.001", 18).value();
            sent.rawTx = "0x00";
            sent.txid = "0x" + std::string(64, 'a');
            sent.state = withdrawals::PayoutState::Broadcast;
            return withdrawals::PayoutRepository(services->database().connection(), services->database().dialect())
                .insert(sent)
                .ok();
        },
        this, [&done](bool ok) { done = ok; });
    QTRY_VERIFY(done);
    m_source->reload();
    // Sent: the vault has nothing to sign for it, but only a node follows it.
    QTRY_VERIFY_WITH_TIMEOUT(!anyContains(m_screen->attentionTexts(), QStringLiteral("hot key for ethereum")), 5000);
    QVERIFY(!anyContains(m_screen->attentionTexts(), QStringLiteral("The key vault is locked")));
    QVERIFY2(anyContains(m_screen->attentionTexts(), QStringLiteral("No node is configured for ethereum: 1 payout(s)")),
             qPrintable(m_screen->attentionTexts().join(u'\n')));
}

void TestDashboardScreen::aHotWalletAboveItsMaxIsALine()
{
    QVERIFY(!anyContains(m_screen->attentionTexts(), QStringLiteral("above its max balance")));
    const auto &report = m_source->report();
    QVERIFY(report);
    // The hot wallet with the most in it gets a max below its balance.
    const wallets::TierOverview *hot = nullptr;
    for (const auto &tier : report->tiers) {
        if (tier.tier == wallets::WalletTier::Hot && tier.ledgerBalance.baseUnits() > 1
            && (!hot || tier.ledgerBalance > hot->ledgerBalance))
            hot = &tier;
    }
    QVERIFY(hot);
    const std::string code = hot->asset;
    const Asset asset = report->assets.at(code);
    const Amount balance = hot->chainBalance.value_or(hot->ledgerBalance);
    const Amount max = Amount::fromBaseUnits(balance.baseUnits() / 2);
    CoreServices *services = &m_core->services();
    bool done = false;
    m_core->runtime().post(
        [services, code, asset, max] {
            return services->auditedSettings()
                .change(testAdmin(services->database(), "tester"), code, {{AssetSetting::HotMax, asset.format(max)}})
                .ok();
        },
        this, [&done](bool ok) { done = ok; });
    QTRY_VERIFY(done);
    const QString expected = QStringLiteral("Hot %1 holds %2 %1, above its max balance of %3 %1.")
                                 .arg(QString::fromStdString(code), QString::fromStdString(asset.formatGrouped(balance)),
                                      QString::fromStdString(asset.formatGrouped(max)));
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(m_screen->attentionTexts(), expected), 5000);
    QSignalSpy opened(m_screen.get(), &DashboardScreen::openScreen);
    QPushButton *go = actionFor(*m_screen, QStringLiteral("above its max balance"));
    QVERIFY(go);
    QTest::mouseClick(go, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("wallets"));
}

void TestDashboardScreen::aFeeWalletBelowItsAlertIsALine()
{
    QVERIFY(!anyContains(m_screen->attentionTexts(), QStringLiteral("low-balance alert")));
    CoreServices *services = &m_core->services();
    const auto run = [&](std::function<bool()> job) {
        std::optional<bool> done;
        m_core->runtime().post(std::move(job), this, [&done](bool ok) { done = ok; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(*done);
    };
    // An Ethereum fee wallet (EIP-55's example address) holding nothing yet,
    // and its limits: alert below 0.5 ETH, max 2 ETH.
    run([services] {
        wallets::Wallet fee;
        fee.chain = Chain::Ethereum;
        fee.tier = wallets::WalletTier::Fee;
        fee.asset = "ETH";
        fee.address = "0x52908400098527886E0F7030069857D2E4169EE7";
        return services->wallets().add(testAdmin(services->database(), "tester"), fee).ok();
    });
    QTest::qWait(100);
    QVERIFY(!anyContains(m_screen->attentionTexts(), QStringLiteral("low-balance alert"))); // no alert set: no line
    run([services] {
        auto settings = services->wallets().chainSettings(Chain::Ethereum).value();
        settings.feeWalletMax = Amount::parse("2", 18).value();
        settings.feeWalletLow = Amount::parse("0.5", 18).value();
        return services->wallets().setChainSettings(testAdmin(services->database(), "tester"), settings).ok();
    });
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(m_screen->attentionTexts(), QStringLiteral("below its low-balance alert")), 5000);
    const QStringList lines = m_screen->attentionTexts();
    QVERIFY2(anyContains(lines, QStringLiteral("The Ethereum fee wallet holds 0")), qPrintable(lines.join(u'\n')));
    QVERIFY2(anyContains(lines, QStringLiteral("below its low-balance alert of 0.5")), qPrintable(lines.join(u'\n')));
    QVERIFY2(anyContains(lines, QStringLiteral("Fund it from warm with 2")), qPrintable(lines.join(u'\n')));
    QVERIFY(anyContains(lines, QStringLiteral("exctl replenish export --asset ETH --tier fee")));
    QSignalSpy opened(m_screen.get(), &DashboardScreen::openScreen);
    QPushButton *go = actionFor(*m_screen, QStringLiteral("low-balance alert"));
    QVERIFY(go);
    QTest::mouseClick(go, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("wallets"));
}

// Records written by consoles whose clocks disagree: seq order is not time
// order. Recent activity is newest first by time, and of two records at the
// same time the later one (higher seq) first.
void TestDashboardScreen::recentActivityIsNewestFirstByTime()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ManualClock clock(now + 2 * 3600'000);
    security::AuditLog other(m_core->services().database(), clock, &m_core->services().notifier());
    const security::Actor actor = security::Actor::cli("skewed");
    QVERIFY(other.record(actor, "test.late", "test", "1").ok());
    clock.set(now + 3600'000); // written after, stamped an hour earlier
    QVERIFY(other.record(actor, "test.early", "test", "2").ok());
    clock.set(now + 2 * 3600'000);
    QVERIFY(other.record(actor, "test.tie", "test", "3").ok());
    m_source->reload();
    auto *recent = m_screen->findChild<QTreeWidget *>();
    QVERIFY(recent);
    QTRY_VERIFY(recent->topLevelItemCount() >= 3 && recent->topLevelItem(0)->text(2).startsWith(QStringLiteral("test.")));
    QCOMPARE(recent->topLevelItem(0)->text(2), QStringLiteral("test.tie"));
    QCOMPARE(recent->topLevelItem(1)->text(2), QStringLiteral("test.late"));
    QCOMPARE(recent->topLevelItem(2)->text(2), QStringLiteral("test.early"));
    const auto &entries = m_source->recent();
    for (size_t i = 1; i < entries.size(); ++i) {
        QVERIFY(entries[i - 1].atMs >= entries[i].atMs);
        if (entries[i - 1].atMs == entries[i].atMs)
            QVERIFY(entries[i - 1].seq > entries[i].seq);
    }
}

QTEST_MAIN(TestDashboardScreen)
#include "tst_dashboardscreen.moc"
