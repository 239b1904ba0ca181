// TxidUploadDialog offscreen, through its controls, on the demo data with
// the chain played by a fake lookup: it shows the amount, the destination
// in its EIP-55 spelling and the warm wallet; a malformed TxId is explained
// under the field and keeps the button disabled; a TxId paying the wrong
// address is refused in plain words while the dialog stays open and the
// withdrawal unchanged; the right one marks it paid and closes the dialog.

#include "core/chains/fakepaymentlookup.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/operatorsession.h"
#include "testcore.h"
#include "testoperators.h"
#include "ui/dialogs/txiduploaddialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using exchange::withdrawals::WithdrawalRecord;
using exchange::withdrawals::WithdrawalState;

namespace {

// EIP-55's example, given in lower case; and another of its examples.
const std::string kDestinationLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
const QString kDestination = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const std::string kOther = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";

struct Setup {
    WithdrawalRecord withdrawal;
    std::string warm;
};

} // namespace

class TestTxidUploadDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void uploadThroughTheDialog();
    void enterRightAfterTypingConfirmsOnceChecked();
    void anUnreachableChainIsExplainedInFull();

private:
    // Ada's 2 ETH withdrawal in manual payout, the fake chain as its lookup.
    std::optional<Result<Setup>> manualPayout();

    template<typename R, typename Job>
    std::optional<R> onCore(Job job)
    {
        std::optional<R> answer;
        m_core->runtime().post(std::move(job), this, [&answer](R r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000))
            qWarning("the core thread did not answer in 15 s");
        return answer;
    }

    std::unique_ptr<TestCore> m_core;
    chains::FakePaymentLookup m_chain;
};

void TestTxidUploadDialog::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
}

void TestTxidUploadDialog::cleanup()
{
    m_core.reset();
}

std::optional<Result<Setup>> TestTxidUploadDialog::manualPayout()
{
    auto *services = &m_core->services();
    auto *chain = &m_chain;
    // On the core thread: Ada (customer 1) gets 5 ETH, asks for 2 (reviewed:
    // the limits are just above the demo's fee), and it goes to manual payout
    // from warm.
    auto setup = onCore<Result<Setup>>([services, chain]() -> Result<Setup> {
        const security::Actor cli = testAdmin(services->database(), "tester"); // a person sets limits
        if (auto limits = services->auditedSettings().change(cli, "ETH", {{AssetSetting::Limit24h, "0.001"}, {AssetSetting::Limit72h, "0.001"}});
            !limits)
            return limits.error();
        if (auto funded = services->ledger().submit(ledger::TransferRequest::posted(
                "test:eth", ledger::TransferCode::Deposit, ledger::walletAccount(ledger::owner::HotWallet, "ETH"),
                ledger::customerAccount(1, "ETH"), Amount::parse("5", 18).value()));
            !funded)
            return funded.error();
        auto requested = services->withdrawals().request(cli, 1, "ETH", kDestinationLower, Amount::parse("2", 18).value());
        if (!requested)
            return requested.error();
        // Approved by someone else first: four eyes before manual payout too.
        if (auto approved = services->withdrawals().approve(testAdmin(services->database(), "approver"), requested.value().id);
            !approved)
            return approved.error();
        auto manual = services->manualPayouts().sendToManual(cli, requested.value().id, "");
        if (!manual)
            return manual.error();
        auto warm = services->manualPayouts().warmWallets(manual.value());
        if (!warm)
            return warm.error();
        services->manualPayouts().setPaymentLookup(chain);
        return Setup{manual.value(), warm.value().front()};
    });
    return setup;
}

void TestTxidUploadDialog::uploadThroughTheDialog()
{
    auto *services = &m_core->services();
    auto setup = manualPayout();
    QVERIFY(setup.has_value());
    QVERIFY2(setup->ok(), setup->ok() ? "" : setup->error().message.c_str());
    const WithdrawalRecord withdrawal = setup->value().withdrawal;
    const std::string warm = setup->value().warm;
    const std::string wrongTx = "0x" + std::string(64, '1');
    const std::string rightTx = "0x" + std::string(64, '2');
    chains::Payment wrong;
    wrong.from = warm;
    wrong.to = kOther;
    wrong.amount = Amount::parse("2", 18).value();
    wrong.confirmed = true;
    m_chain.add(Chain::Ethereum, wrongTx, wrong);
    chains::Payment right = wrong;
    right.to = kDestinationLower;
    right.fee = Amount::parse("0.000021", 18).value();
    m_chain.add(Chain::Ethereum, rightTx, right);

    TxidUploadDialog dialog(m_core->session(), m_core->services(), withdrawal, *nativeAsset("ETH"));
    QSignalSpy paid(&dialog, &TxidUploadDialog::paid);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.destinationLabel()->text(), kDestination);
    QTRY_COMPARE(dialog.warmLabel()->text(), QString::fromStdString(warm));
    QVERIFY(!dialog.confirmButton()->isEnabled());

    // Malformed: said under the field, the button stays disabled.
    QTest::keyClicks(dialog.txidEdit(), QStringLiteral("0x1234"));
    QTRY_VERIFY(dialog.messageLabel()->text().contains(QStringLiteral("not a valid ethereum TxId")));
    QVERIFY(!dialog.confirmButton()->isEnabled());

    // Well formed but paying someone else: refused on the chain, in words.
    dialog.txidEdit()->clear();
    QTest::keyClicks(dialog.txidEdit(), QString::fromStdString(wrongTx));
    QTRY_VERIFY(dialog.confirmButton()->isEnabled());
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("pays %1 not %2").arg(QString::fromStdString(kOther), kDestination)),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(paid.count(), 0);
    const qint64 id = withdrawal.id;
    auto unchanged = onCore<Result<WithdrawalRecord>>([services, id] { return services->manualPayouts().find(id); });
    QVERIFY(unchanged && unchanged->ok());
    QCOMPARE(unchanged->value().state, WithdrawalState::ManualPayout);
    QVERIFY(!unchanged->value().txid);

    // The right one: paid, closed.
    dialog.txidEdit()->clear();
    QTest::keyClicks(dialog.txidEdit(), QString::fromStdString(rightTx));
    QTRY_VERIFY(dialog.confirmButton()->isEnabled());
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(paid.count(), 1);
    QCOMPARE(paid.first().first().toLongLong(), id);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto done = onCore<Result<WithdrawalRecord>>([services, id] { return services->manualPayouts().find(id); });
    QVERIFY(done && done->ok());
    QCOMPARE(done->value().state, WithdrawalState::Succeeded);
    QCOMPARE(done->value().txid.value_or(""), rightTx);
}

void TestTxidUploadDialog::enterRightAfterTypingConfirmsOnceChecked()
{
    auto setup = manualPayout();
    QVERIFY(setup.has_value());
    QVERIFY2(setup->ok(), setup->ok() ? "" : setup->error().message.c_str());
    const std::string tx = "0x" + std::string(64, '3');
    chains::Payment payment;
    payment.from = setup->value().warm;
    payment.to = kDestinationLower;
    payment.amount = Amount::parse("2", 18).value();
    payment.confirmed = true;
    m_chain.add(Chain::Ethereum, tx, payment);

    TxidUploadDialog dialog(m_core->session(), m_core->services(), setup->value().withdrawal, *nativeAsset("ETH"));
    QSignalSpy paid(&dialog, &TxidUploadDialog::paid);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Pasted and Enter at once: the check has not answered, the button is
    // still disabled; the Enter is kept, not lost.
    QTest::keyClicks(dialog.txidEdit(), QString::fromStdString(tx));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClick(dialog.txidEdit(), Qt::Key_Return);
    QVERIFY(dialog.confirmsWhenChecked());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("as soon as")), qPrintable(dialog.messageLabel()->text()));
    QTRY_COMPARE(paid.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // A TxId that fails its check is not confirmed by the Enter before it.
    TxidUploadDialog second(m_core->session(), m_core->services(), setup->value().withdrawal, *nativeAsset("ETH"));
    QSignalSpy secondPaid(&second, &TxidUploadDialog::paid);
    second.open();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTest::keyClicks(second.txidEdit(), QStringLiteral("0x12"));
    QTest::keyClick(second.txidEdit(), Qt::Key_Return);
    QTRY_VERIFY(second.messageLabel()->text().contains(QStringLiteral("not a valid ethereum TxId")));
    QVERIFY(!second.confirmsWhenChecked());
    QVERIFY(!second.isBusy());
    QCOMPARE(secondPaid.count(), 0);
    QVERIFY(second.isVisible());
}

void TestTxidUploadDialog::anUnreachableChainIsExplainedInFull()
{
    auto setup = manualPayout();
    QVERIFY(setup.has_value());
    QVERIFY2(setup->ok(), setup->ok() ? "" : setup->error().message.c_str());
    m_chain.setUnavailable(true);
    TxidUploadDialog dialog(m_core->session(), m_core->services(), setup->value().withdrawal, *nativeAsset("ETH"));
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.txidEdit(), QString::fromStdString("0x" + std::string(64, '4')));
    QTRY_VERIFY(dialog.confirmButton()->isEnabled());
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy());
    QLabel *message = dialog.messageLabel();
    QVERIFY2(message->text().startsWith(QStringLiteral("Not marked paid:")), qPrintable(message->text()));
    // Where to set a node, in the dialog's words.
    QVERIFY2(message->text().contains(QStringLiteral("Settings → Chains")), qPrintable(message->text()));
    // Every wrapped line of it fits: nothing cut off mid-sentence.
    QVERIFY(message->wordWrap());
    QTRY_VERIFY2(message->height() >= message->heightForWidth(message->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(message->height()).arg(message->heightForWidth(message->width()))));
    QVERIFY(message->geometry().bottom() < dialog.height());
}

QTEST_MAIN(TestTxidUploadDialog)
#include "tst_txiduploaddialog.moc"
