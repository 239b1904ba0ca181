// The Dashboard offscreen, through its controls: on the demo data it lists
// what needs an operator (the two withdrawals under review, the
// unattributed deposit), each line's button opens the screen that resolves
// it (by click and by keyboard), and it follows the store: an approval and
// an assignment made elsewhere change what it says without a refresh.

#include "core/deposits/depositrecord.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/dashboardsource.h"
#include "models/dutyboard.h"
#include "testcore.h"
#include "ui/screens/dashboardscreen.h"

#include <QDateTime>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

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
    // The demo: withdrawals 3 (20,000 XLM) and 4 (50,000 ALGO) under review,
    // one unattributed deposit (42 XLM); the books checked clean.
    QVERIFY2(anyContains(lines, QStringLiteral("Withdrawals waiting for review: 2;")), qPrintable(lines.join(u'\n')));
    QVERIFY2(anyContains(lines, QStringLiteral("Deposits not attributed to a customer: 1.")), qPrintable(lines.join(u'\n')));
    QVERIFY(!anyContains(lines, QStringLiteral("never been checked"))); // the demo checks its books
    QVERIFY(!anyContains(lines, QStringLiteral("discrepancies")));
    QStringList labels;
    for (QLabel *label : m_screen->findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(anyContains(labels, QStringLiteral("Audit chain intact")), qPrintable(labels.join(u'\n')));
    QVERIFY(anyContains(labels, QStringLiteral(": clean.")));
    QVERIFY(!anyContains(lines, QStringLiteral("audit chain is broken")));
    // Per asset, one row with hot, warm and cold.
    auto *wallets = m_screen->findChild<QTableWidget *>();
    QVERIFY(wallets);
    QCOMPARE(wallets->rowCount(), 3); // ALGO, ETH, XLM
    QStringList assets;
    for (int row = 0; row < wallets->rowCount(); ++row)
        assets << wallets->item(row, 0)->text();
    assets.sort();
    QCOMPARE(assets, (QStringList{QStringLiteral("ALGO"), QStringLiteral("ETH"), QStringLiteral("XLM")}));
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
            const security::Actor other = security::Actor::cli("another-operator");
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
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(m_screen->attentionTexts(), QStringLiteral("Withdrawals waiting for review: 1;")), 5000);
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
    QVERIFY(anyContains(lines, QStringLiteral("Withdrawals waiting for review: 2;")));
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

QTEST_MAIN(TestDashboardScreen)
#include "tst_dashboardscreen.moc"
