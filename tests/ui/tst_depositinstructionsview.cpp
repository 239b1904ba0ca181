// DepositInstructionsView offscreen on the demo database, signed in as the
// demo's operator: a demo customer's Ethereum and Algorand addresses (as
// the wallets table has them) and Stellar's account, memo and M-address,
// each with a QR code and Copy; a new customer has none, and "Issue
// address" is refused with the reason while the vault has prepared no
// Ethereum key (nothing written), then issues the seed's address once it
// has, which the store then holds for that customer.

#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/bip39.h"
#include "core/customers/depositkeys.h"
#include "core/demo/demotrust.h"
#include "core/runtime/coreservices.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/wallets/walletrepository.h"
#include "models/operatorsession.h"
#include "testcore.h"
#include "ui/customers/depositinstructionsview.h"
#include "ui/widgets/copybutton.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

namespace {

constexpr std::string_view kMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

} // namespace

class TestDepositInstructionsView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsADemoCustomersInstructions();
    void issuesForANewCustomerFromTheRecordedKey();

private:
    std::optional<wallets::Wallet> depositRow(qint64 customer, Chain chain);
    bool waitLoaded(Chain chain);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<DepositInstructionsView> m_view;
    std::map<Chain, int> m_loads;
};

void TestDepositInstructionsView::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    auto session = m_core->services().operators().login("operator", QByteArrayLiteral("demo-operator"));
    QVERIFY2(session.ok(), session.ok() ? "" : session.error().message.c_str());
    m_core->session().signIn(session.value());
    m_view = std::make_unique<DepositInstructionsView>(m_core->session(), m_core->services().depositAddresses());
    m_loads.clear();
    connect(m_view.get(), &DepositInstructionsView::loaded, this, [this](Chain chain) { ++m_loads[chain]; });
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDepositInstructionsView::cleanup()
{
    m_view.reset();
    m_core.reset();
}

std::optional<wallets::Wallet> TestDepositInstructionsView::depositRow(qint64 customer, Chain chain)
{
    for (const wallets::Wallet &w : wallets::WalletRepository(m_core->services().database().connection(),
                                                              m_core->services().database().dialect())
                                        .list()
                                        .value()) {
        if (w.chain == chain && w.customerId == customer)
            return w;
    }
    return std::nullopt;
}

bool TestDepositInstructionsView::waitLoaded(Chain chain)
{
    const int before = m_loads[chain];
    return QTest::qWaitFor([&] { return m_loads[chain] > before; }, 5000);
}

void TestDepositInstructionsView::showsADemoCustomersInstructions()
{
    const auto customers = CustomerRepository(m_core->services().database().connection()).list().value();
    QVERIFY(!customers.empty());
    const Customer &ada = customers.front();
    const auto eth = depositRow(ada.id, Chain::Ethereum);
    const auto algo = depositRow(ada.id, Chain::Algorand);
    QVERIFY(eth && algo);

    m_view->setCustomer(ada.id, ada.externalId);
    QTRY_COMPARE(m_view->addressEdit(Chain::Ethereum)->text(), QString::fromStdString(eth->address));
    QTRY_COMPARE(m_view->addressEdit(Chain::Algorand)->text(), QString::fromStdString(algo->address));
    QTRY_COMPARE(m_view->memoEdit()->text(), QString::number(ada.id));
    auto muxed = stellar::strkey::decodeMuxedAccount(m_view->muxedEdit()->text().toStdString());
    QVERIFY(muxed.ok());
    QCOMPARE(muxed.value().id, static_cast<std::uint64_t>(ada.id));
    QCOMPARE(QString::fromStdString(stellar::strkey::encodeAccountId(muxed.value().publicKey)),
             m_view->addressEdit(Chain::Stellar)->text());
    for (Chain chain : {Chain::Ethereum, Chain::Algorand, Chain::Stellar}) {
        QVERIFY(!m_view->qrLabel(chain)->pixmap().isNull());
        if (chain != Chain::Stellar)
            QVERIFY(!m_view->issueButton(chain)->isVisible());
    }
    // Copy puts the whole address on the clipboard.
    auto *copy = m_view->addressEdit(Chain::Ethereum)->parentWidget()->findChild<CopyButton *>();
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(eth->address));
}

void TestDepositInstructionsView::issuesForANewCustomerFromTheRecordedKey()
{
    auto added = CustomerRepository(m_core->services().database().connection())
                     .add(QStringLiteral("Newcomer"), QString(), 1, QStringLiteral("web:new"));
    QVERIFY(added.ok());
    const qint64 id = added.value().id;
    m_view->setCustomer(id, QStringLiteral("web:new"));
    QVERIFY(waitLoaded(Chain::Ethereum));
    QVERIFY(m_view->addressEdit(Chain::Ethereum)->text().isEmpty());
    QPushButton *issue = m_view->issueButton(Chain::Ethereum);
    QVERIFY(issue->isVisible());

    // A closed customer is issued nothing: refused, with the reason, nothing written.
    auto gone = CustomerRepository(m_core->services().database().connection())
                    .add(QStringLiteral("Gone"), QString(), 1, QStringLiteral("web:gone"));
    QVERIFY(gone.ok());
    QVERIFY(CustomerRepository(m_core->services().database().connection())
                .setState(gone.value().id, CustomerState::Closed, 2)
                .ok());
    m_view->setCustomer(gone.value().id, QStringLiteral("web:gone"));
    QVERIFY(waitLoaded(Chain::Ethereum));
    QTest::mouseClick(issue, Qt::LeftButton);
    QTRY_VERIFY(m_view->statusLabel(Chain::Ethereum)->text().contains(QStringLiteral("is closed")));
    QVERIFY(!depositRow(gone.value().id, Chain::Ethereum));
    QVERIFY(m_view->addressEdit(Chain::Ethereum)->text().isEmpty());

    // The demo recorded the Ethereum xpub of its published mnemonic: the
    // newcomer is issued theirs with the vault locked, at their own index.
    m_view->setCustomer(id, QStringLiteral("web:new"));
    QVERIFY(waitLoaded(Chain::Ethereum));
    QVERIFY(!m_core->services().vault().isUnlocked());
    QSignalSpy issued(m_view.get(), &DepositInstructionsView::issued);
    QTest::mouseClick(issue, Qt::LeftButton);
    QTRY_COMPARE(issued.count(), 1);
    const auto row = depositRow(id, Chain::Ethereum);
    QVERIFY(row && row->derivationIndex);
    const std::string expected = ethereum::checksumAddress(
        ethereum::addressFromSecretKey(
            ethereum::secretKeyFromMnemonic(kMnemonic, "", static_cast<std::uint32_t>(*row->derivationIndex)).value())
            .value());
    QCOMPARE(row->address, expected);
    QCOMPARE(m_view->addressEdit(Chain::Ethereum)->text(), QString::fromStdString(expected));
    QVERIFY(!m_view->qrLabel(Chain::Ethereum)->pixmap().isNull());
    QVERIFY(!issue->isVisible());
}

QTEST_MAIN(TestDepositInstructionsView)
#include "tst_depositinstructionsview.moc"
