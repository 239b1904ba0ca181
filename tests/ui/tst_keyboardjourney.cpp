// Issue 10's "done when", with the keyboard alone: a new user signs in as
// the demo admin, approves a withdrawal under review, sends one to manual
// payout and uploads its TxId, assigns the unattributed deposit and changes
// a max balance, every key sent to whatever has the focus (no widget
// is clicked or given the focus by the test), each result checked in the
// store. The chain that confirms the TxId is played by a fake lookup.

#include "core/chains/fakepaymentlookup.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/totp.h"
#include "models/operatorsession.h"
#include "testcore.h"
#include "testoperators.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/dialogs/txiduploaddialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace exchange;
using exchange::withdrawals::WithdrawalState;

namespace {

const QByteArray kDemoSecret = QByteArrayLiteral("demo-totp-not-secret");
const std::string kDestination = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"; // EIP-55's example

// Keys go where the focus is, as they would for an operator.
QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}


} // namespace

class TestKeyboardJourney : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theAdminsDayWithTheKeyboardAlone();

private:
    // Waits for a code prompt to have the focus, types the code, Enter.
    bool answerCode();
    // A code the core takes now: each step once, and one step either side
    // of now (an authenticator app would just show the next code).
    QString nextCode();
    // The withdrawal screen's find field: Ctrl+F, the id, Enter (to the table).
    void find(qint64 id);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    chains::FakePaymentLookup m_chain;
    qint64 m_lastStep = 0;
};

void TestKeyboardJourney::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
}

void TestKeyboardJourney::cleanup()
{
    m_window.reset();
    m_core.reset();
}

QString TestKeyboardJourney::nextCode()
{
    // Each code once, within one step of now: when the day has used the
    // codes up to the next step, wait for the clock (as a person would).
    [[maybe_unused]] const bool inTime =
        QTest::qWaitFor([this] { return m_lastStep + 1 <= QDateTime::currentSecsSinceEpoch() / 30 + 1; }, 31000);
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 30;
    m_lastStep = std::max(m_lastStep + 1, now - 1);
    return QString::fromStdString(security::Totp::codeForStep(kDemoSecret, m_lastStep));
}

bool TestKeyboardJourney::answerCode()
{
    if (!QTest::qWaitFor([] { return focused() && qobject_cast<TotpPromptDialog *>(focused()->window()); }, 5000)) {
        qWarning("no code prompt has the focus (focus: %s)", focused() ? focused()->metaObject()->className() : "none");
        return false;
    }
    type(nextCode());
    press(Qt::Key_Return);
    return true;
}

void TestKeyboardJourney::find(qint64 id)
{
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    press(Qt::Key_A, Qt::ControlModifier); // what was there goes
    type(QStringLiteral("#%1").arg(id));
    press(Qt::Key_Return);
}

void TestKeyboardJourney::theAdminsDayWithTheKeyboardAlone()
{
    // The demo, plus two ETH withdrawals under review (any of 0.001 ETH or
    // more is, with the limits just above the demo's fee) and the chain that
    // will confirm one's payout.
    CoreServices &services = m_core->services();
    const security::Actor cli = testAdmin(services.database(), "tester");
    QVERIFY(services.auditedSettings().change(cli, "ETH", {{AssetSetting::Limit24h, "0.001"}, {AssetSetting::Limit72h, "0.001"}}).ok());
    QVERIFY(services.ledger()
                .submit(ledger::TransferRequest::posted("test:eth", ledger::TransferCode::Deposit,
                                                        ledger::walletAccount(ledger::owner::HotWallet, "ETH"),
                                                        ledger::customerAccount(1, "ETH"), Amount::parse("5", 18).value()))
                .ok());
    const qint64 toApprove =
        services.withdrawals().request(cli, 1, "ETH", kDestination, Amount::parse("1", 18).value()).value().id;
    const qint64 toPayByHand =
        services.withdrawals().request(cli, 1, "ETH", kDestination, Amount::parse("2", 18).value()).value().id;
    QCOMPARE(services.withdrawals().find(toApprove).value().state, WithdrawalState::UnderReview);
    services.manualPayouts().setPaymentLookup(&m_chain);

    // Sign in: the name, Tab, the password, Enter.
    std::shared_ptr<security::Session> session;
    LoginDialog login(m_core->runtime(), services.operators());
    connect(&login, &LoginDialog::signedIn, this, [&session](std::shared_ptr<security::Session> s) { session = std::move(s); });
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QTRY_VERIFY(focused());
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("admin"));
    press(Qt::Key_Tab);
    type(QStringLiteral("demo-admin"));
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(session != nullptr, 10000);
    login.hide();
    m_core->session().signIn(session);
    m_window = std::make_unique<MainWindow>(m_core->runtime(), services, m_core->session());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // 1. Approve: Ctrl+3, find it, Ctrl+Shift+A, Enter, the code.
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("withdrawals"));
    find(toApprove);
    QTest::qWait(300); // the rows found arrive
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(focused() && focused()->window() != m_window.get()); // the confirmation
    press(Qt::Key_Return);
    QVERIFY(answerCode());
    QTRY_COMPARE_WITH_TIMEOUT(services.withdrawals().find(toApprove).value().state, WithdrawalState::Approved, 10000);

    // 2. Manual payout: it needs the approval a payout from hot needs, so
    // find it, approve it (Ctrl+Shift+A, Enter, the code), then under
    // Processing (Alt+P) Ctrl+Shift+M, a reason, Enter, the code; then on Errors (Alt+E)
    // Ctrl+Shift+U, the TxId, Enter.
    QTRY_VERIFY(focused() && focused()->window() == m_window.get());
    find(toPayByHand);
    QTest::qWait(300);
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(focused() && focused()->window() != m_window.get());
    press(Qt::Key_Return);
    QVERIFY(answerCode());
    QTRY_COMPARE_WITH_TIMEOUT(services.withdrawals().find(toPayByHand).value().state, WithdrawalState::Approved, 10000);
    QTRY_VERIFY(focused() && focused()->window() == m_window.get());
    press(Qt::Key_P, Qt::AltModifier); // approved ones are under Processing
    find(toPayByHand);
    QTest::qWait(300);
    press(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(focused() && focused()->window() != m_window.get());
    type(QStringLiteral("large: paid from warm by hand"));
    press(Qt::Key_Return);
    QVERIFY(answerCode());
    QTRY_COMPARE_WITH_TIMEOUT(services.withdrawals().find(toPayByHand).value().state, WithdrawalState::ManualPayout, 10000);
    const std::string warm = services.manualPayouts().warmWallets(services.withdrawals().find(toPayByHand).value()).value().front();
    const std::string txid = "0x" + std::string(64, 'b');
    chains::Payment payment;
    payment.from = warm;
    payment.to = kDestination;
    payment.amount = Amount::parse("2", 18).value();
    payment.fee = Amount::parse("0.000021", 18).value();
    payment.confirmed = true;
    m_chain.add(Chain::Ethereum, txid, payment);
    QTRY_VERIFY(focused() && focused()->window() == m_window.get());
    press(Qt::Key_E, Qt::AltModifier);
    find(toPayByHand);
    QTest::qWait(300);
    press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(focused() && qobject_cast<QLineEdit *>(focused()) && focused()->window() != m_window.get());
    type(QString::fromStdString(txid));
    // Checked as typed: the operator waits for "A valid TxId…".
    auto *upload = qobject_cast<TxidUploadDialog *>(focused()->window());
    QVERIFY(upload);
    QTRY_VERIFY(upload->confirmButton()->isEnabled());
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(services.withdrawals().find(toPayByHand).value().state, WithdrawalState::Succeeded, 10000);
    QCOMPARE(services.withdrawals().find(toPayByHand).value().txid.value_or(""), txid);

    // 3. Assign the unattributed deposit: Ctrl+4 (the first row is it),
    // Ctrl+Shift+A, the customer searched by typing, Enter, Down, Enter.
    QTRY_VERIFY(focused() && focused()->window() == m_window.get());
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("deposits"));
    const Amount graceBefore = services.ledger().account(ledger::customerAccount(2, "XLM")).value().balance();
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(focused() && focused()->window() != m_window.get());
    // The picker searches the store and chooses nobody: Enter goes to
    // what it found, Down takes the first, Enter credits.
    type(QStringLiteral("Grace"));
    press(Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<QComboBox *>(focused()));
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(services.ledger().account(ledger::customerAccount(2, "XLM")).value().balance().baseUnits()
                                  - graceBefore.baseUnits(),
                              static_cast<int128>(420'000'000), 10000); // the demo's 42 XLM

    // 4. A max balance: Ctrl+7, find XLM, Enter, Down (USDCXLM matches too),
    // Right to Hot max balance,
    // F2, the amount, Enter (pending), Ctrl+Enter to apply, the code.
    QTRY_VERIFY(focused() && focused()->window() == m_window.get());
    press(Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("settings"));
    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("XLM"));
    press(Qt::Key_Return);
    press(Qt::Key_Down); // USDCXLM (USDC on Stellar) first, then XLM
    for (int column = 0; column < 8; ++column) // Asset, Chain, Signed, … 72h limit, then Hot max balance
        press(Qt::Key_Right);
    press(Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("65000"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!qobject_cast<QLineEdit *>(focused()));
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(answerCode());
    QTRY_COMPARE_WITH_TIMEOUT(services.assetSettings().find("XLM").value().settings.hotMax, Amount::parse("65000", 7).value(),
                              10000);
}

QTEST_MAIN(TestKeyboardJourney)
#include "tst_keyboardjourney.moc"
