// The Withdrawals screen offscreen with a withdrawal held for integrity
// selected: Mark paid by TxId and Reject held show only for a held
// withdrawal, enabled for an admin, disabled for an approver with a tooltip
// saying that only an admin ends a hold. An admin's Reject held opens a
// confirmation with the amount, the destination and why the signer held
// it; it needs a reason, then asks for a two-factor code, and the store has
// the withdrawal rejected with the funds back. Mark paid by TxId opens the
// TxId dialog in its held form (the hot wallet, the hold's reason).
//
// The withdrawal is put on hold by an UPDATE of its state in SQL: that is
// what the payout signer does when its checks fail.

#include "core/ledger/ledgerservice.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/totp.h"
#include "core/store/sql.h"
#include "models/operatorsession.h"
#include "models/withdrawalsmodel.h"
#include "testcore.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/dialogs/txiduploaddialog.h"
#include "ui/dialogs/withdrawaldecisiondialog.h"
#include "ui/mainwindow.h"
#include "ui/screens/withdrawalsscreen.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabBar>
#include <QTest>

using namespace exchange;
using withdrawals::WithdrawalState;

namespace {

const std::string kEthLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
const QString kEthChecksummed = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QByteArray kDemoSecret = QByteArrayLiteral("demo-totp-not-secret");
const char *kHeldNote = "the ledger's hold w:1 was already paid or released. Held, nothing signed";

QString labelsOf(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace

class TestHeldReleaseScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anApproverSeesWhyNot();
    void anAdminRejectsAHeldWithdrawalWithACode();
    void markPaidOpensTheTxidDialogForHot();

private:
    qint64 heldWithdrawal();
    qint64 reviewedWithdrawal();
    void signIn(const char *user, const char *password);
    // Opens the screen on Errors (where held withdrawals are listed) with
    // only id shown and selected.
    WithdrawalsScreen *openOn(qint64 id, int view = 2);
    void answerCode(qint64 step);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestHeldReleaseScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
}

void TestHeldReleaseScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
}

qint64 TestHeldReleaseScreen::heldWithdrawal()
{
    auto &services = m_core->services();
    const Asset eth = *nativeAsset("ETH");
    if (!services.auditedLedger().adjust(security::Actor::cli("t"), 2, "ETH", eth.parse("20").value(), "test funds", "test:funds"))
        return 0;
    // Demo ETH limits: 5 in 24h; 1 ETH is paid automatically, so it is
    // processing until the signer holds it.
    auto w = services.withdrawals().request(security::Actor::cli("t"), 2, "ETH", kEthLower, eth.parse("1").value());
    if (!w || w.value().state != WithdrawalState::Processing)
        return 0;
    auto held = sql::run(services.database().connection(),
                         QStringLiteral("UPDATE withdrawals SET state = 'held_for_integrity', note = ? WHERE id = ?"),
                         {QString::fromLatin1(kHeldNote), QVariant::fromValue(static_cast<qint64>(w.value().id))});
    return held ? w.value().id : 0;
}

qint64 TestHeldReleaseScreen::reviewedWithdrawal()
{
    const Asset eth = *nativeAsset("ETH");
    auto w = m_core->services().withdrawals().request(security::Actor::cli("t"), 2, "ETH", kEthLower, eth.parse("6").value());
    return w && w.value().state == WithdrawalState::UnderReview ? w.value().id : 0;
}

void TestHeldReleaseScreen::signIn(const char *user, const char *password)
{
    auto session = m_core->services().operators().login(user, QByteArray(password));
    QVERIFY(session.ok());
    m_core->session().signIn(session.value());
}

WithdrawalsScreen *TestHeldReleaseScreen::openOn(qint64 id, int view)
{
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->resize(1280, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->showScreen(QStringLiteral("withdrawals"));
    auto *screen = qobject_cast<WithdrawalsScreen *>(m_window->screen(QStringLiteral("withdrawals")));
    if (!screen)
        return nullptr;
    screen->views()->setCurrentIndex(view);
    QTest::keyClicks(screen->textFilter(), QStringLiteral("#%1").arg(id));
    QAbstractItemModel *rows = screen->table()->model();
    if (!QTest::qWaitFor([&] {
            return rows->rowCount() == 1 && rows->index(0, 0).data(WithdrawalsModel::WithdrawalIdRole).toLongLong() == id;
        }))
        return nullptr;
    screen->table()->setFocus();
    screen->table()->selectRow(0);
    return screen;
}

void TestHeldReleaseScreen::answerCode(qint64 step)
{
    TotpPromptDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = m_window->findChild<TotpPromptDialog *>()) != nullptr && prompt->isVisible());
    QTest::keyClicks(prompt->codeEdit(), QString::fromStdString(security::Totp::codeForStep(kDemoSecret, step)));
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
}

void TestHeldReleaseScreen::anApproverSeesWhyNot()
{
    const qint64 id = heldWithdrawal();
    QVERIFY(id > 0);
    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openOn(id);
    QVERIFY(screen);
    QTRY_VERIFY(screen->releasePaidButton()->isVisible());
    QVERIFY(screen->releaseRejectButton()->isVisible());
    QVERIFY(!screen->releasePaidButton()->isEnabled());
    QVERIFY(!screen->releaseRejectButton()->isEnabled());
    QVERIFY2(screen->releasePaidButton()->toolTip().contains(QStringLiteral("Only an admin")),
             qPrintable(screen->releasePaidButton()->toolTip()));
    QVERIFY(screen->releaseRejectButton()->toolTip().contains(QStringLiteral("Only an admin")));
    // The ordinary decisions stay off for a held withdrawal.
    QVERIFY(!screen->rejectButton()->isEnabled());
    QVERIFY(!screen->retryButton()->isEnabled());
    QVERIFY(!screen->uploadTxidButton()->isEnabled());
    screen->rejectSelectedHeld();
    QVERIFY(!screen->findChild<WithdrawalDecisionDialog *>());
}

void TestHeldReleaseScreen::anAdminRejectsAHeldWithdrawalWithACode()
{
    const qint64 id = heldWithdrawal();
    QVERIFY(id > 0);
    const qint64 reviewed = reviewedWithdrawal();
    QVERIFY(reviewed > 0);
    const auto customer = ledger::customerAccount(2, "ETH");
    const Amount heldAvailable = m_core->services().ledger().account(customer).value().available();
    signIn("admin", "demo-admin");
    WithdrawalsScreen *screen = openOn(id);
    QVERIFY(screen);
    QTRY_VERIFY(screen->releaseRejectButton()->isEnabled());
    QVERIFY(screen->releasePaidButton()->isEnabled());
    if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS"))
        m_window->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/withdrawals-held.png"));

    QTest::mouseClick(screen->releaseRejectButton(), Qt::LeftButton);
    WithdrawalDecisionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<WithdrawalDecisionDialog *>()) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->decision(), WithdrawalDecisionDialog::Decision::RejectHeld);
    const QString shown = labelsOf(dialog);
    QVERIFY2(shown.contains(QStringLiteral("1.0000 ETH")), qPrintable(shown));
    QVERIFY2(shown.contains(kEthChecksummed), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("already paid or released")), qPrintable(shown));
    if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS"))
        dialog->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/withdrawals-held-reject.png"));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("the journal's txid never reached the chain"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    // The demo enrolment used an old step; the next one is valid now.
    answerCode(QDateTime::currentSecsSinceEpoch() / 30 + 1);
    QTRY_COMPARE(m_core->services().withdrawals().find(id).value().state, WithdrawalState::Rejected);
    QCOMPARE(m_core->services().withdrawals().find(id).value().note, std::string("the journal's txid never reached the chain"));
    const Asset eth = *nativeAsset("ETH");
    // 1 ETH and its fee are the customer's again.
    QVERIFY(m_core->services().ledger().account(customer).value().available() > heldAvailable.plus(eth.parse("1").value()).value());

    // Not held: the two buttons are not offered at all.
    screen->textFilter()->clear();
    screen->views()->setCurrentIndex(0);
    QTest::keyClicks(screen->textFilter(), QStringLiteral("#%1").arg(reviewed));
    QTRY_COMPARE(screen->table()->model()->rowCount(), 1);
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->rejectButton()->isEnabled());
    QVERIFY(!screen->releasePaidButton()->isVisible());
    QVERIFY(!screen->releaseRejectButton()->isVisible());
}

void TestHeldReleaseScreen::markPaidOpensTheTxidDialogForHot()
{
    const qint64 id = heldWithdrawal();
    QVERIFY(id > 0);
    signIn("admin", "demo-admin");
    WithdrawalsScreen *screen = openOn(id);
    QVERIFY(screen);
    QTRY_VERIFY(screen->releasePaidButton()->isEnabled());
    QTest::mouseClick(screen->releasePaidButton(), Qt::LeftButton);
    TxidUploadDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<TxidUploadDialog *>()) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->withdrawalId(), id);
    QVERIFY(dialog->releasesHold());
    const QString shown = labelsOf(dialog);
    QVERIFY2(shown.contains(QStringLiteral("From the hot wallet:")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("already paid or released")), qPrintable(shown));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS"))
        dialog->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/withdrawals-held-paid.png"));
    dialog->reject();
    QCOMPARE(m_core->services().withdrawals().find(id).value().state, WithdrawalState::HeldForIntegrity);
}

QTEST_MAIN(TestHeldReleaseScreen)
#include "tst_heldreleasescreen.moc"
