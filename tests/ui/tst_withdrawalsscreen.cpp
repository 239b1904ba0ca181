// The Withdrawals screen offscreen, through its controls, signed in as the
// demo approver: the request over the limit is first in the review queue
// with its reason; Ctrl+Shift+A opens a confirmation that names amount,
// asset, the destination in EIP-55 and what this approval does; confirming
// asks for a two-factor code, and with it the store has the withdrawal
// approved by "approver", audited. Under four eyes the first approval says
// so and leaves it under review. A rejection needs a reason; a withdrawal
// sent to manual payout (with a code) waits under Errors for its TxId,
// whose upload dialog opens from there; an upload refused because another
// console paid it first shows the withdrawal as it is now; a viewer's
// buttons are all disabled. In German, a review reason the core stored in
// English is said in German with German numbers, in the table, the details
// and the confirmation, and an action the core refuses is refused in a
// German sentence.

#include "core/base/dutystatus.h"
#include "core/chains/fakepaymentlookup.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/totp.h"
#include "core/store/sql.h"
#include "core/withdrawals/payoutrepository.h"
#include "models/displayformat.h"
#include "models/operatorsession.h"
#include "models/withdrawalsmodel.h"
#include "testcore.h"
#include "testoperators.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/dialogs/txiduploaddialog.h"
#include "ui/dialogs/withdrawaldecisiondialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/screens/withdrawalsscreen.h"
#include "ui/widgets/copybutton.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/withdrawaldetailspane.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

using namespace exchange;
using withdrawals::WithdrawalState;

namespace {

const std::string kEthLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
const QString kEthChecksummed = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QByteArray kDemoSecret = QByteArrayLiteral("demo-totp-not-secret");
const std::string kStellarAddress = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

QString labelsOf(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'|');
}

} // namespace

class TestWithdrawalsScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void approveThroughTheControlsWithACode();
    void firstOfTwoApprovalsUnderFourEyes();
    void rejectNeedsAReason();
    void sendToManualThenUploadTxid();
    void manualPayoutWaitsForFourEyes();
    void aRefusedTxidUploadShowsTheWithdrawalAsItIsNow();
    void aViewerCannotAct();
    void anApproverAsksToSpeedUpAStuckEthereumPayout();
    void aNewRequestKeepsTheOperatorsPlace();
    void aShortHotWalletAsksForReplenishment();
    void payoutsThatCannotStartAreSaidAboveTheTable();
    void at1280EveryColumnIsOnScreen();
    void theDetailsSayWhatIsTrueInEachState();
    void aReviewReasonIsSaidInGerman();
    void aRefusalByTheCoreIsSaidInGerman();

private:
    // Selects id in History and waits for its details.
    bool showDetails(WithdrawalsScreen *screen, qint64 id);
    qint64 requestOverTheLimit(const std::string &amount);
    void signIn(const char *user, const char *password);
    WithdrawalsScreen *openScreen();
    // Types "#id" into the find box until only that withdrawal is listed.
    bool showOnly(WithdrawalsScreen *screen, qint64 id);
    void answerCode(qint64 step);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestWithdrawalsScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
}

void TestWithdrawalsScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
    // Back to English for the next test: the German translators go.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
}

qint64 TestWithdrawalsScreen::requestOverTheLimit(const std::string &amount)
{
    auto &services = m_core->services();
    const Asset eth = *nativeAsset("ETH");
    if (!services.auditedLedger().adjust(security::Actor::cli("t"), 2, "ETH", eth.parse("20").value(), "test funds", "test:funds"))
        return 0;
    // Demo ETH limits: 5 in 24h, 12 in 72h.
    auto w = services.withdrawals().request(security::Actor::cli("t"), 2, "ETH", kEthLower, eth.parse(amount).value());
    if (!w || w.value().state != WithdrawalState::UnderReview)
        return 0;
    return w.value().id;
}

void TestWithdrawalsScreen::signIn(const char *user, const char *password)
{
    auto session = m_core->services().operators().login(user, QByteArray(password));
    QVERIFY(session.ok());
    m_core->session().signIn(session.value());
}

WithdrawalsScreen *TestWithdrawalsScreen::openScreen()
{
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->showScreen(QStringLiteral("withdrawals"));
    return qobject_cast<WithdrawalsScreen *>(m_window->screen(QStringLiteral("withdrawals")));
}

bool TestWithdrawalsScreen::showOnly(WithdrawalsScreen *screen, qint64 id)
{
    screen->textFilter()->clear();
    QTest::keyClicks(screen->textFilter(), QStringLiteral("#%1").arg(id));
    QAbstractItemModel *rows = screen->table()->model();
    return QTest::qWaitFor([&] {
        return rows->rowCount() == 1 && rows->index(0, 0).data(WithdrawalsModel::WithdrawalIdRole).toLongLong() == id;
    });
}

void TestWithdrawalsScreen::answerCode(qint64 step)
{
    TotpPromptDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = m_window->findChild<TotpPromptDialog *>()) != nullptr && prompt->isVisible());
    QTest::keyClicks(prompt->codeEdit(), QString::fromStdString(security::Totp::codeForStep(kDemoSecret, step)));
    QTest::mouseClick(prompt->okButton(), Qt::LeftButton);
}

void TestWithdrawalsScreen::approveThroughTheControlsWithACode()
{
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QTableView *table = screen->table();
    QVERIFY(showOnly(screen, id));
    const QString reason = table->model()->index(0, WithdrawalsModel::Reason).data().toString();
    QVERIFY2(reason.startsWith(QStringLiteral("24h: ")) && reason.endsWith(QStringLiteral(" of 5.0000 ETH")), qPrintable(reason));
    table->setFocus();
    table->selectRow(0);
    QTRY_VERIFY(screen->approveButton()->isEnabled());
    QVERIFY(screen->rejectButton()->isEnabled());
    QVERIFY(screen->cancelButton()->isEnabled());
    QVERIFY(!screen->retryButton()->isEnabled()); // not in error or failed
    QVERIFY(screen->detailsPane()->approvalsText().startsWith(QStringLiteral("0 of 1")));
    // The destination copies whole from the details; no TxId to copy yet.
    QGuiApplication::clipboard()->clear();
    CopyButton *copy = screen->detailsPane()->copyDestinationButton();
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text().toLower(),
             QString::fromStdString(m_core->services().withdrawals().find(id).value().destination).toLower());
    QVERIFY(!screen->detailsPane()->copyTxidButton()->isEnabled());

    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    WithdrawalDecisionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<WithdrawalDecisionDialog *>()) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->decision(), WithdrawalDecisionDialog::Decision::Approve);
    QStringList shown;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        shown << label->text();
    const QString all = shown.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("6.0000 ETH")), qPrintable(all));
    QVERIFY2(all.contains(kEthChecksummed), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Grace Hopper")), qPrintable(all));
    QVERIFY2(dialog->summary().contains(QStringLiteral("only approval")), qPrintable(dialog->summary()));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    // The demo enrolment used an old step; the next one is valid now.
    answerCode(QDateTime::currentSecsSinceEpoch() / 30 + 1);
    QTRY_COMPARE(m_core->services().withdrawals().find(id).value().state, WithdrawalState::Approved);
    QTRY_VERIFY(screen->messageBar()->isVisible());
    QVERIFY2(!screen->messageBar()->isError(), qPrintable(screen->messageBar()->text()));
    const auto approvals = m_core->services().withdrawals().approvals(id).value();
    QCOMPARE(approvals.size(), size_t(1));
    QCOMPARE(approvals.front().approver, std::string("approver"));
    const auto last = m_core->services().audit().list().value().front();
    QCOMPARE(last.action, std::string("withdrawal.approve"));
    QCOMPARE(last.actorName, std::string("approver"));
    // It left the review queue.
    QTRY_COMPARE(table->model()->rowCount(), 0);
    screen->views()->setCurrentIndex(1); // Processing: approved
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, WithdrawalsModel::State).data().toString(), QStringLiteral("Approved"));
}

void TestWithdrawalsScreen::firstOfTwoApprovalsUnderFourEyes()
{
    const Asset eth = *nativeAsset("ETH");
    QVERIFY(m_core->services().withdrawals().setTwoApproversAbove(testAdmin(m_core->services().database(), "t"), "ETH", eth.parse("5").value()).ok());
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    signIn("admin", "demo-admin");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QVERIFY(showOnly(screen, id));
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->approveButton()->isEnabled());
    QVERIFY(screen->detailsPane()->approvalsText().startsWith(QStringLiteral("0 of 2")));
    screen->approveSelected();
    WithdrawalDecisionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<WithdrawalDecisionDialog *>()) != nullptr && dialog->isVisible());
    QVERIFY2(dialog->summary().contains(QStringLiteral("first of the two")), qPrintable(dialog->summary()));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    answerCode(QDateTime::currentSecsSinceEpoch() / 30 + 1);
    QTRY_COMPARE(m_core->services().withdrawals().approvals(id).value().size(), size_t(1));
    QCOMPARE(m_core->services().withdrawals().find(id).value().state, WithdrawalState::UnderReview);
    // The row and the pane follow; the same approver cannot approve twice.
    QTRY_COMPARE(screen->table()->model()->index(0, WithdrawalsModel::Approvals).data().toString(), QStringLiteral("1 of 2"));
    QTRY_VERIFY(screen->detailsPane()->approvalsText().contains(QStringLiteral("admin at")));
    QVERIFY(!screen->approveButton()->isEnabled());
}

void TestWithdrawalsScreen::rejectNeedsAReason()
{
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QVERIFY(showOnly(screen, id));
    screen->table()->setFocus();
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->rejectButton()->isEnabled());
    QTest::keyClick(screen->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    WithdrawalDecisionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<WithdrawalDecisionDialog *>()) != nullptr && dialog->isVisible());
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("address on a sanctions list"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(m_core->services().withdrawals().find(id).value().state, WithdrawalState::Rejected);
    QCOMPARE(m_core->services().withdrawals().find(id).value().note, std::string("address on a sanctions list"));
}

void TestWithdrawalsScreen::sendToManualThenUploadTxid()
{
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    // Approved first: manual payout needs the approvals paying from hot needs.
    QVERIFY(m_core->services().withdrawals().approve(testAdmin(m_core->services().database(), "alice"), id).ok());
    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    screen->views()->setCurrentIndex(1); // Processing: approved
    QVERIFY(showOnly(screen, id));
    screen->table()->setFocus();
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->manualButton()->isEnabled());
    QVERIFY(!screen->uploadTxidButton()->isEnabled()); // not in manual payout yet
    QTest::keyClick(screen->table(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    WithdrawalDecisionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<WithdrawalDecisionDialog *>()) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->decision(), WithdrawalDecisionDialog::Decision::Manual);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("large: sign from warm"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    answerCode(QDateTime::currentSecsSinceEpoch() / 30 + 1);
    QTRY_COMPARE(m_core->services().withdrawals().find(id).value().state, WithdrawalState::ManualPayout);

    // Errors lists it (the find box still says #id); Upload TxId opens the
    // dialog that checks the TxId on the chain.
    screen->views()->setCurrentIndex(2);
    QTRY_COMPARE(screen->table()->model()->rowCount(), 1);
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->uploadTxidButton()->isEnabled());
    QVERIFY(!screen->manualButton()->isEnabled());
    QVERIFY(!screen->approveButton()->isEnabled());
    QTest::mouseClick(screen->uploadTxidButton(), Qt::LeftButton);
    TxidUploadDialog *upload = nullptr;
    QTRY_VERIFY((upload = screen->findChild<TxidUploadDialog *>()) != nullptr && upload->isVisible());
    QCOMPARE(upload->withdrawalId(), id);
    QVERIFY(!upload->confirmButton()->isEnabled());
    upload->reject();
}

// The case: above the four-eyes amount with none of its two
// approvals, Send to manual payout is disabled and says why, and so does the
// details pane; the service would refuse it anyway (tst_manualpayoutservice).
void TestWithdrawalsScreen::manualPayoutWaitsForFourEyes()
{
    const Asset eth = *nativeAsset("ETH");
    QVERIFY(m_core->services().withdrawals().setTwoApproversAbove(testAdmin(m_core->services().database(), "t"), "ETH", eth.parse("5").value()).ok());
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    signIn("admin", "demo-admin");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QVERIFY(showOnly(screen, id));
    screen->table()->selectRow(0);
    // The details have arrived once Approve is offered (it waits for them).
    QTRY_VERIFY(screen->approveButton()->isEnabled());
    QVERIFY(!screen->manualButton()->isEnabled());
    QCOMPARE(screen->manualButton()->toolTip(),
             QStringLiteral("Needs 2 approvals by different approvers, none of them the requester, before it is paid "
                            "outside the system; it has 0"));
    QVERIFY2(screen->detailsPane()->approvalsText().startsWith(QStringLiteral("0 of 2")),
             qPrintable(screen->detailsPane()->approvalsText()));
    QVERIFY2(screen->detailsPane()->approvalsText().contains(
                 QStringLiteral("Manual payout and a TxId upload need these approvals too.")),
             qPrintable(screen->detailsPane()->approvalsText()));
}

// Another console paid the withdrawal by hand, and this one has not heard
// of it (no notice: another process on SQLite, or a notice still on its
// way). Uploading a TxId here is refused with who did it, and the screen
// shows the withdrawal as it is now: paid, so no longer among the errors.
void TestWithdrawalsScreen::aRefusedTxidUploadShowsTheWithdrawalAsItIsNow()
{
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    auto &services = m_core->services();
    QVERIFY(services.withdrawals().approve(testAdmin(services.database(), "alice"), id).ok());
    QVERIFY(services.manualPayouts().sendToManual(testAdmin(services.database(), "t"), id, "sign from warm").ok());
    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    screen->views()->setCurrentIndex(2); // Errors
    QVERIFY(showOnly(screen, id));
    QTest::qWait(400); // the find box's own read, after typing stops
    QTRY_VERIFY(!screen->model()->isLoading());
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->uploadTxidButton()->isEnabled());

    // The other console: its own connection and notifier, as another process.
    auto otherDb = Database::open(m_core->database().url());
    QVERIFY2(otherDb.ok(), otherDb.ok() ? "" : otherDb.error().message.c_str());
    CoreServices other(std::move(otherDb).value());
    const withdrawals::WithdrawalRecord w = other.withdrawals().find(id).value();
    chains::FakePaymentLookup chain;
    chains::Payment payment;
    payment.from = other.manualPayouts().warmWallets(w).value().front();
    payment.to = kEthLower;
    payment.amount = w.amount;
    payment.fee = Amount::parse("0.000021", 18).value();
    payment.confirmed = true;
    const std::string paidTxid = "0x" + std::string(64, 'a');
    chain.add(Chain::Ethereum, paidTxid, payment);
    other.manualPayouts().setPaymentLookup(&chain);
    services.manualPayouts().setPaymentLookup(&chain);
    QVERIFY(other.manualPayouts().uploadTxid(testAdmin(other.database(), "alice"), id, paidTxid).ok());
    other.database().releaseThreadConnection();

    QTest::qWait(500);
    QCOMPARE(screen->table()->model()->rowCount(), 1); // not heard of here
    QTest::mouseClick(screen->uploadTxidButton(), Qt::LeftButton);
    TxidUploadDialog *upload = nullptr;
    QTRY_VERIFY((upload = screen->findChild<TxidUploadDialog *>()) != nullptr && upload->isVisible());
    QTest::keyClicks(upload->findChild<QLineEdit *>(), QStringLiteral("0x") + QString(64, u'c'));
    QTRY_VERIFY(upload->confirmButton()->isEnabled());
    QCOMPARE(screen->table()->model()->rowCount(), 1);
    QTest::mouseClick(upload->confirmButton(), Qt::LeftButton);
    const auto refusal = [upload] {
        QStringList texts;
        for (const QLabel *label : upload->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(u'|');
    };
    QTRY_VERIFY2(refusal().contains(QStringLiteral("Not marked paid")) && refusal().contains(QStringLiteral("alice")),
                 qPrintable(refusal()));
    QTRY_COMPARE(screen->table()->model()->rowCount(), 0);
    QCOMPARE(services.withdrawals().find(id).value().txid.value_or(""), paidTxid);
    upload->reject();
}

// New requests join the review queue while the operator has one selected
// further down a scrolled table: the model merges them (no reset), so the
// selection, the current row and the scroll position stay.
void TestWithdrawalsScreen::aNewRequestKeepsTheOperatorsPlace()
{
    auto &services = m_core->services();
    const Asset eth = *nativeAsset("ETH");
    QVERIFY(services.auditedLedger().adjust(security::Actor::cli("t"), 2, "ETH", eth.parse("200").value(), "test funds", "test:many").ok());
    const auto request = [&] {
        auto w = services.withdrawals().request(security::Actor::cli("t"), 2, "ETH", kEthLower, eth.parse("6").value());
        return w && w.value().state == WithdrawalState::UnderReview;
    };
    for (int i = 0; i < 12; ++i)
        QVERIFY(request());
    signIn("viewer", "demo-viewer");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QTableView *table = screen->table();
    QTRY_VERIFY(table->model()->rowCount() >= 12);
    QTRY_VERIFY(!screen->model()->isLoading());
    const int before = table->model()->rowCount();
    table->setFocus();
    table->selectRow(before - 1);
    table->scrollToBottom();
    const qint64 chosen = table->model()->index(before - 1, 0).data(WithdrawalsModel::WithdrawalIdRole).toLongLong();
    QVERIFY(table->verticalScrollBar()->value() > 0);
    // The operator's place is the chosen row on screen. (The scroll value
    // itself may move by a row: the lines above the table follow the
    // payout report, which the new request changes, and the table's
    // height with them.)
    const auto chosenOnScreen = [table] {
        return table->viewport()->rect().intersects(table->visualRect(table->currentIndex()));
    };
    QVERIFY(chosenOnScreen());
    QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);

    // The newest request goes to the end of the queue (oldest first).
    QVERIFY(request());
    QTRY_COMPARE(table->model()->rowCount(), before + 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(table->currentIndex().data(WithdrawalsModel::WithdrawalIdRole).toLongLong(), chosen);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data(WithdrawalsModel::WithdrawalIdRole).toLongLong(), chosen);
    QVERIFY(table->verticalScrollBar()->value() > 0);
    QVERIFY(chosenOnScreen());
}

void TestWithdrawalsScreen::aViewerCannotAct()
{
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    signIn("viewer", "demo-viewer");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QVERIFY(showOnly(screen, id));
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->detailsPane()->approvalsText().startsWith(QStringLiteral("0 of 1")));
    QVERIFY(!screen->approveButton()->isEnabled());
    QVERIFY(!screen->rejectButton()->isEnabled());
    QVERIFY(!screen->cancelButton()->isEnabled());
    QVERIFY(!screen->manualButton()->isEnabled());
    screen->approveSelected();
    QVERIFY(!screen->findChild<WithdrawalDecisionDialog *>());
}

// A payout on chain that no block takes: an approver's Speed up records the
// request (audited) for the payout signer; a viewer cannot ask.
void TestWithdrawalsScreen::anApproverAsksToSpeedUpAStuckEthereumPayout()
{
    auto &services = m_core->services();
    const Asset eth = *nativeAsset("ETH");
    QVERIFY(services.auditedLedger().adjust(security::Actor::cli("t"), 2, "ETH", eth.parse("2").value(), "test funds", "test:stuck").ok());
    auto w = services.withdrawals().request(security::Actor::cli("t"), 2, "ETH", kEthLower, eth.parse("1").value());
    QVERIFY(w.ok());
    QCOMPARE(w.value().state, WithdrawalState::Processing);
    // As the signer leaves it once sent: broadcast, its payout open.
    withdrawals::PayoutRecord p;
    p.withdrawalId = w.value().id;
    p.chain = Chain::Ethereum;
    p.asset = "ETH";
    p.source = "0x9858effd232b4033e47d90003d41ec34ecaeda94";
    p.destination = kEthLower;
    p.amount = w.value().amount;
    p.maxFee = Amount::parse("0.000021", 18).value();
    p.sequence = 0;
    p.rawTx = "0x02";
    p.txid = "0x" + std::string(64, 'c');
    p.state = withdrawals::PayoutState::Broadcast;
    p.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(withdrawals::PayoutRepository(services.database().connection(), services.database().dialect()).insert(p).ok());
    QVERIFY(sql::run(services.database().connection(), QStringLiteral("UPDATE withdrawals SET state = 'broadcast' WHERE id = ?"),
                     {static_cast<qint64>(w.value().id)}).ok());

    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    screen->views()->setCurrentIndex(1); // on its way
    QVERIFY(showDetails(screen, w.value().id));
    QTRY_VERIFY(screen->speedUpButton()->isEnabled());
    QVERIFY(!screen->retryButton()->isEnabled());
    QTest::qWait(50); // the layout's pass, for the picture
    // EXCHANGE_UI_SHOTS=DIR: the screen as the approver sees it, saved.
    if (const QString shots = qEnvironmentVariable("EXCHANGE_UI_SHOTS"); !shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/replace-withdrawals-speed-up.png")));
    QTest::mouseClick(screen->speedUpButton(), Qt::LeftButton);
    answerCode(QDateTime::currentSecsSinceEpoch() / 30 + 1);
    QTRY_VERIFY(screen->messageBar()->isVisible());
    QVERIFY2(!screen->messageBar()->isError(), qPrintable(screen->messageBar()->text()));
    const auto last = services.audit().list().value().front();
    QCOMPARE(last.action, std::string("withdrawal.speed_up_requested"));
    QCOMPARE(last.actorName, std::string("approver"));
    QCOMPARE(last.objectId, std::to_string(w.value().id));
}

void TestWithdrawalsScreen::aShortHotWalletAsksForReplenishment()
{
    signIn("viewer", "demo-viewer");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    // What the console's payout worker reports, through the main window.
    m_window->setPayoutStatus(QStringLiteral("ethereum"), exchange::DutyStatus::running(QStringLiteral("1 paid")));
    QVERIFY(screen->payoutStatusLabel()->text().contains(QStringLiteral("ethereum: 1 paid")));
    QVERIFY(!screen->payoutStatusLabel()->text().contains(QStringLiteral("replenishment")));
    m_window->setPayoutStatus(QStringLiteral("stellar"), exchange::DutyStatus::blocked(QStringLiteral(
                                                             "1 to error, hot is short by 250.00 XLM: replenish hot from warm")));
    const QString text = screen->payoutStatusLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("ethereum: 1 paid")) && text.contains(QStringLiteral("short by 250.00 XLM"))
                 && text.contains(QStringLiteral("replenishment from warm")),
             qPrintable(text));
}

void TestWithdrawalsScreen::payoutsThatCannotStartAreSaidAboveTheTable()
{
    signIn("viewer", "demo-viewer");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QVERIFY(!screen->payoutStatusLabel()->text().contains(QStringLiteral("algorand")));
    // Withdrawal 4 (50,000 ALGO) approved elsewhere: the demo's vault holds
    // no algorand hot key (and, on SQLite, where this console pays, is
    // locked) and there is no algorand node, so nothing would ever pay it.
    QVERIFY(m_core->services().withdrawals().approve(testAdmin(m_core->services().database(), "another-operator"), 4).ok());
    QTRY_VERIFY_WITH_TIMEOUT(screen->payoutStatusLabel()->text().contains(QStringLiteral("for algorand")), 5000);
    const QString text = screen->payoutStatusLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("The key vault holds no hot key for algorand (hot:algorand): 1 payout(s) cannot be "
                                          "signed")),
             qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("The key vault is locked: 1 payout(s) on algorand cannot be signed")),
             m_core->services().database().dialect().isSQLite());
    QVERIFY(!text.contains(QStringLiteral("No key vault exists")));
    QVERIFY2(text.contains(QStringLiteral("No node is configured for algorand: 1 payout(s) cannot be sent. Set one in "
                                          "Settings → Chains.")),
             qPrintable(text));
    QVERIFY(screen->payoutStatusLabel()->isVisible());
}

void TestWithdrawalsScreen::at1280EveryColumnIsOnScreen()
{
    signIn("viewer", "demo-viewer");
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showScreen(QStringLiteral("withdrawals"));
    auto *screen = qobject_cast<WithdrawalsScreen *>(m_window->screen(QStringLiteral("withdrawals")));
    QVERIFY(screen);
    QTableView *table = screen->table();
    // The history: every kind of row, the longest texts.
    screen->views()->setCurrentIndex(3);
    QTRY_VERIFY(table->model()->rowCount() >= 4);
    QTest::qWait(50);
    const QHeaderView *header = table->horizontalHeader();
    const int width = table->viewport()->width();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        QVERIFY2(header->sectionViewportPosition(c) + header->sectionSize(c) <= width,
                 qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                                .arg(header->sectionViewportPosition(c) + header->sectionSize(c))
                                .arg(width)));
        QVERIFY2(header->sectionSize(c) >= 24, qPrintable(QStringLiteral("column %1 is %2 px").arg(c).arg(header->sectionSize(c))));
    }
    // A reason too long for its column: elided, the whole in the tooltip
    // and in the details pane.
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex why = table->model()->index(r, WithdrawalsModel::Reason);
        if (table->fontMetrics().horizontalAdvance(why.data().toString()) > header->sectionSize(WithdrawalsModel::Reason) - 8)
            row = r;
    }
    if (row >= 0) {
        const QModelIndex why = table->model()->index(row, WithdrawalsModel::Reason);
        QCOMPARE(why.data(Qt::ToolTipRole).toString(), why.data().toString());
        QCOMPARE(table->textElideMode(), Qt::ElideRight);
        table->selectRow(row);
        QTRY_VERIFY(!screen->detailsPane()->findChildren<QLabel *>().isEmpty());
        bool whole = false;
        QTRY_VERIFY([&] {
            for (const QLabel *label : screen->detailsPane()->findChildren<QLabel *>())
                whole |= label->text() == why.data().toString() && label->wordWrap();
            return whole;
        }());
    }
    if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS"))
        m_window->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/withdrawals-1280.png"));
}

bool TestWithdrawalsScreen::showDetails(WithdrawalsScreen *screen, qint64 id)
{
    screen->views()->setCurrentIndex(3); // History
    if (!showOnly(screen, id))
        return false;
    screen->table()->selectRow(0);
    return QTest::qWaitFor([&] { return screen->detailsPane()->findChild<QLabel *>()->text().contains(QString::number(id)); });
}

// Each state's lines say what is true in it: within limits no approval was
// needed (not "0 of 1"); a rejected or cancelled one names who decided and
// when, and has no TxId line; a paid one shows its TxId.
void TestWithdrawalsScreen::theDetailsSayWhatIsTrueInEachState()
{
    auto &services = m_core->services();
    const Asset eth = *nativeAsset("ETH");
    QVERIFY(services.auditedLedger().adjust(security::Actor::cli("t"), 2, "ETH", eth.parse("2").value(), "test funds", "test:within").ok());
    auto within = services.withdrawals().request(security::Actor::cli("t"), 2, "ETH", kEthLower, eth.parse("1").value());
    QVERIFY2(within.ok(), within.ok() ? "" : within.error().message.c_str());
    QCOMPARE(within.value().state, WithdrawalState::Processing);
    const qint64 rejected = requestOverTheLimit("6");
    QVERIFY(rejected > 0);
    auto cancelled = services.withdrawals().request(security::Actor::cli("t"), 2, "ETH", kEthLower, eth.parse("7").value());
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled.value().state, WithdrawalState::UnderReview);
    QVERIFY(services.withdrawals().reject(testAdmin(services.database(), "alice"), rejected, "sanctioned address").ok());
    QVERIFY(services.withdrawals().cancel(security::Actor::cli("bob"), cancelled.value().id).ok());
    const auto rejectedAt = services.withdrawals().find(rejected).value().updatedAtMs;
    // As every screen shows a time (one formatter).
    const QString rejectedWhen = displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(rejectedAt));

    signIn("viewer", "demo-viewer");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    WithdrawalDetailsPane *pane = screen->detailsPane();

    QVERIFY(showDetails(screen, within.value().id));
    QTRY_COMPARE(pane->approvalsText(), QStringLiteral("Within limits: no approval needed"));
    QVERIFY(pane->decisionText().isEmpty());
    QVERIFY2(pane->txidText().contains(QStringLiteral("being paid")), qPrintable(pane->txidText()));
    QTest::qWait(50); // the layout's pass, for the picture

    QVERIFY(showDetails(screen, rejected));
    QTRY_VERIFY(!pane->decisionText().isEmpty());
    QCOMPARE(pane->decisionText(), QStringLiteral("Rejected by alice at %1; not paid").arg(rejectedWhen));
    QVERIFY2(pane->approvalsText().startsWith(QStringLiteral("0 of 1")), qPrintable(pane->approvalsText()));
    QVERIFY(pane->txidText().isEmpty()); // no TxId line
    QVERIFY(!pane->copyTxidButton()->isVisible());

    QVERIFY(showDetails(screen, cancelled.value().id));
    QTRY_VERIFY(pane->decisionText().startsWith(QStringLiteral("Cancelled by cli:bob at ")));
    QVERIFY(pane->txidText().isEmpty());

    // Paid by hand from warm, its TxId checked on the chain.
    const qint64 paid = requestOverTheLimit("6");
    QVERIFY(paid > 0);
    QVERIFY(services.withdrawals().approve(testAdmin(services.database(), "alice"), paid).ok());
    QVERIFY(services.manualPayouts().sendToManual(testAdmin(services.database(), "t"), paid, "sign from warm").ok());
    const withdrawals::WithdrawalRecord w = services.withdrawals().find(paid).value();
    chains::FakePaymentLookup chain;
    chains::Payment payment;
    payment.from = services.manualPayouts().warmWallets(w).value().front();
    payment.to = kEthLower;
    payment.amount = w.amount;
    payment.fee = Amount::parse("0.000021", 18).value();
    payment.confirmed = true;
    const std::string paidTxid = "0x" + std::string(64, 'b');
    chain.add(Chain::Ethereum, paidTxid, payment);
    services.manualPayouts().setPaymentLookup(&chain);
    QVERIFY(services.manualPayouts().uploadTxid(testAdmin(services.database(), "carol"), paid, paidTxid).ok());
    QVERIFY(showDetails(screen, paid));
    QTRY_COMPARE(pane->txidText(), QString::fromStdString(paidTxid));
    QVERIFY(pane->decisionText().isEmpty());
    services.manualPayouts().setPaymentLookup(nullptr);
}


// The core stores the reason in English ("24h: 10,500.00 of 10,000.00 XLM",
// written by whichever process took the request); a German operator reads
// it in German, with German numbers, wherever it is shown.
void TestWithdrawalsScreen::aReviewReasonIsSaidInGerman()
{
    auto &services = m_core->services();
    const Asset xlm = *nativeAsset("XLM");
    QVERIFY(services.auditedLedger()
                .adjust(security::Actor::cli("t"), 2, "XLM", xlm.parse("20000").value(), "test funds", "test:funds")
                .ok());
    // Demo XLM limits: 10,000 in 24h, 25,000 in 72h.
    auto requested = services.withdrawals().request(security::Actor::cli("t"), 2, "XLM", kStellarAddress,
                                                    xlm.parse("10500").value());
    QVERIFY2(requested.ok(), requested.ok() ? "" : requested.error().message.c_str());
    const qint64 id = requested.value().id;
    QCOMPARE(requested.value().reviewReason, std::string("24h: 10,500.00 of 10,000.00 XLM"));

    QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));
    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QVERIFY(showOnly(screen, id));
    const QModelIndex cell = screen->table()->model()->index(0, WithdrawalsModel::Reason);
    for (const QString &reason : {cell.data().toString(), cell.data(Qt::ToolTipRole).toString()}) {
        QVERIFY2(reason.contains(QStringLiteral("10.500,00")) && reason.contains(QStringLiteral("10.000,00")), qPrintable(reason));
        QVERIFY2(!reason.contains(QStringLiteral(" of ")), qPrintable(reason));
    }

    screen->table()->setFocus();
    screen->table()->selectRow(0);
    QTRY_VERIFY(labelsOf(screen->detailsPane()).contains(QStringLiteral("10.500,00")));
    QVERIFY2(!labelsOf(screen->detailsPane()).contains(QStringLiteral("10,500.00 of")), qPrintable(labelsOf(screen->detailsPane())));

    QTRY_VERIFY(screen->approveButton()->isEnabled());
    screen->approveSelected();
    WithdrawalDecisionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<WithdrawalDecisionDialog *>()) != nullptr && dialog->isVisible());
    const QString shown = labelsOf(dialog);
    QVERIFY2(shown.contains(QStringLiteral("10.500,00")) && !shown.contains(QStringLiteral(" of ")), qPrintable(shown));
    dialog->reject();
}

// Another process took the withdrawal on (it is processing now) while this
// console still lists it under review: approving it is refused by the core,
// and the German operator reads why in German.
void TestWithdrawalsScreen::aRefusalByTheCoreIsSaidInGerman()
{
    const qint64 id = requestOverTheLimit("6");
    QVERIFY(id > 0);
    QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));
    signIn("approver", "demo-approver");
    WithdrawalsScreen *screen = openScreen();
    QVERIFY(screen);
    QVERIFY(showOnly(screen, id));
    screen->table()->setFocus();
    screen->table()->selectRow(0);
    QTRY_VERIFY(screen->approveButton()->isEnabled());
    {
        // The other process: its own connection, unheard of by this console.
        auto other = Database::open(m_core->database().url());
        QVERIFY2(other.ok(), other.ok() ? "" : other.error().message.c_str());
        QVERIFY(sql::run(other.value()->connection(), QStringLiteral("UPDATE withdrawals SET state = 'processing' WHERE id = ?"),
                         {QVariant::fromValue<qint64>(id)})
                    .ok());
        other.value()->releaseThreadConnection();
    }
    screen->approveSelected();
    WithdrawalDecisionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<WithdrawalDecisionDialog *>()) != nullptr && dialog->isVisible());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    answerCode(QDateTime::currentSecsSinceEpoch() / 30 + 1);
    QTRY_VERIFY(screen->messageBar()->isVisible() && screen->messageBar()->isError());
    const QString said = screen->messageBar()->text();
    // The core's English is "a withdrawal in state processing cannot be approved".
    QVERIFY2(said.contains(QString::number(id)), qPrintable(said));
    for (const char *english : {"cannot be", "in state", "processing", "approved", "withdrawal"})
        QVERIFY2(!said.contains(QLatin1String(english), Qt::CaseInsensitive), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Auszahlung")) && said.contains(QStringLiteral("nicht")), qPrintable(said));
    QCOMPARE(m_core->services().withdrawals().find(id).value().state, WithdrawalState::Processing);
}

QTEST_MAIN(TestWithdrawalsScreen)
#include "tst_withdrawalsscreen.moc"
