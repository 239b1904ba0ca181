// The Customers screen offscreen, against a real store (SQLite and
// PostgreSQL): Add, Freeze and Unfreeze each confirmed in a dialog that
// says what changes, then found in the store and on the screen; Close
// refused while the customer has a balance (nothing changes) and done when
// they have none; the pane shows the chosen customer's balances. And the
// customer pickers: a search in the store, a page at most, nobody chosen
// until the operator chooses.

#include "core/ledger/ledgerservice.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/customerrepository.h"
#include "models/customeractions.h"
#include "models/customerdetailsource.h"
#include "models/customerlistmodel.h"
#include "models/customersmodel.h"
#include "testcore.h"
#include "ui/customers/customerconfirmdialog.h"
#include "ui/customers/customereditdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/dialogs/assigndepositdialog.h"
#include "ui/widgets/customerpicker.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace exchange;

namespace {
constexpr qint64 kT0 = 1'700'000'000'000;
}

class TestCustomersScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addFreezeUnfreezeReachTheStore();
    void closeIsRefusedWithABalanceAndDoneWithout();
    void pickersSearchTheStoreAndChooseNobody();

private:
    template<typename Dialog>
    Dialog *openedDialog();
    void choose(const QString &externalId);
    Customer stored(const QString &externalId);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<CustomersPage> m_page;
    CustomersModel *m_model = nullptr;
};

void TestCustomersScreen::init()
{
    m_core = std::make_unique<TestCore>(TestCore::Data::Empty);
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    CustomerRepository customers(m_core->services().database().connection());
    QVERIFY(customers.add(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"), kT0, QStringLiteral("u-1")).ok());
    QVERIFY(customers.add(QStringLiteral("Grace Hopper"), QString(), kT0, QStringLiteral("u-2")).ok());
    auto &runtime = m_core->runtime();
    auto &services = m_core->services();
    m_model = new CustomersModel(runtime, services);
    auto *details = new CustomerDetailsSource(runtime, services);
    auto *actions = new CustomerActions(services, m_core->session());
    m_page = std::make_unique<CustomersPage>(m_model, details, actions);
    // Gone with the page, before the core.
    for (QObject *part : std::initializer_list<QObject *>{m_model, details, actions})
        part->setParent(m_page.get());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_model->rowCount(), 2);
}

void TestCustomersScreen::cleanup()
{
    m_page.reset();
    m_core.reset();
}

template<typename Dialog>
Dialog *TestCustomersScreen::openedDialog()
{
    Dialog *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = m_page->findChild<Dialog *>();
        return found && found->isVisible();
    });
    return shown ? found : nullptr;
}

void TestCustomersScreen::choose(const QString &externalId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, CustomersModel::ExternalId).data().toString() == externalId) {
            m_page->table()->setCurrentIndex(m_model->index(r, 0));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 is not on the screen").arg(externalId)));
}

Customer TestCustomersScreen::stored(const QString &externalId)
{
    return CustomerRepository(m_core->services().database().connection()).findByExternalId(externalId).value();
}

void TestCustomersScreen::addFreezeUnfreezeReachTheStore()
{
    // Add: the dialog refuses an incomplete customer and says what it adds.
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    auto *add = openedDialog<CustomerEditDialog>();
    QVERIFY(add);
    QVERIFY(!add->confirmButton()->isEnabled());
    QTest::keyClicks(add->externalIdField(), QStringLiteral("u-77"));
    QVERIFY(!add->confirmButton()->isEnabled()); // no name yet
    QTest::keyClicks(add->nameField(), QStringLiteral("Katherine Johnson"));
    QTest::keyClicks(add->emailField(), QStringLiteral("kj@example.org"));
    QVERIFY(add->summary().contains(QStringLiteral("u-77")));
    QVERIFY(add->summary().contains(QStringLiteral("Katherine Johnson")));
    QTest::mouseClick(add->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(m_page->messages()->text().contains(QStringLiteral("u-77")), true);
    QVERIFY(!m_page->messages()->isError());
    const Customer added = stored(QStringLiteral("u-77"));
    QCOMPARE(added.name, QStringLiteral("Katherine Johnson"));
    QCOMPARE(added.email, QStringLiteral("kj@example.org"));
    QCOMPARE(added.state, CustomerState::Active);
    // On the screen and chosen, without a restart.
    QTRY_COMPARE(m_page->currentCustomerId(), added.id);

    // Freeze: the confirmation says deposits are still credited.
    QVERIFY(m_page->freezeButton()->isEnabled());
    QVERIFY(!m_page->unfreezeButton()->isEnabled());
    QTest::mouseClick(m_page->freezeButton(), Qt::LeftButton);
    auto *freeze = openedDialog<CustomerConfirmDialog>();
    QVERIFY(freeze);
    QVERIFY(freeze->text().contains(QStringLiteral("u-77")));
    QVERIFY(freeze->text().contains(QStringLiteral("Deposits are still credited")));
    // Cancelled: nothing changes.
    freeze->reject();
    QTest::qWait(200);
    QCOMPARE(stored(QStringLiteral("u-77")).state, CustomerState::Active);
    QTest::mouseClick(m_page->freezeButton(), Qt::LeftButton);
    freeze = openedDialog<CustomerConfirmDialog>();
    QVERIFY(freeze);
    QTest::mouseClick(freeze->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(stored(QStringLiteral("u-77")).state, CustomerState::Frozen);
    QTRY_COMPARE(m_model->index(m_model->rowOf(added.id), CustomersModel::State).data().toString(), QStringLiteral("Frozen"));
    QTRY_VERIFY(m_page->unfreezeButton()->isEnabled());
    QVERIFY(!m_page->freezeButton()->isEnabled());

    QTest::mouseClick(m_page->unfreezeButton(), Qt::LeftButton);
    auto *unfreeze = openedDialog<CustomerConfirmDialog>();
    QVERIFY(unfreeze);
    QTest::mouseClick(unfreeze->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(stored(QStringLiteral("u-77")).state, CustomerState::Active);
    QTRY_VERIFY(m_page->freezeButton()->isEnabled());
    // The other customers are untouched.
    QCOMPARE(stored(QStringLiteral("u-1")).state, CustomerState::Active);
}

void TestCustomersScreen::closeIsRefusedWithABalanceAndDoneWithout()
{
    // Ada has 5 XLM.
    QVERIFY(m_core->services().ledger().submit(ledger::TransferRequest::posted(
        "t:ada", ledger::TransferCode::Deposit, ledger::walletAccount(ledger::owner::DepositWallet, "XLM"),
        ledger::customerAccount(stored(QStringLiteral("u-1")).id, "XLM"), Amount::fromBaseUnits(50'000'000))).ok());
    choose(QStringLiteral("u-1"));
    // The pane: her XLM, 5 available, nothing held, 5 in total.
    QAbstractItemModel *balances = m_page->balancesTable()->model();
    const auto xlmRow = [&] {
        for (int r = 0; r < balances->rowCount(); ++r) {
            if (balances->index(r, 0).data().toString() == u"XLM")
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(xlmRow() >= 0 && balances->index(xlmRow(), 1).data().toString().startsWith(u'5'));
    QVERIFY(balances->index(xlmRow(), 2).data().toString().startsWith(u'0'));
    QVERIFY(balances->index(xlmRow(), 3).data().toString().startsWith(u'5'));

    QTest::mouseClick(m_page->closeButton(), Qt::LeftButton);
    auto *close = openedDialog<CustomerConfirmDialog>();
    QVERIFY(close);
    QVERIFY(close->text().contains(QStringLiteral("cannot be reopened")));
    // Her balance is named before she is closed.
    QVERIFY2(close->text().contains(QStringLiteral("They still have 5")) && close->text().contains(QStringLiteral("XLM")),
             qPrintable(close->text()));
    QTest::mouseClick(close->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(m_page->messages()->isError());
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("u-1")));
    QCOMPARE(stored(QStringLiteral("u-1")).state, CustomerState::Active);

    // Grace has nothing: closed, and then nothing more can be done to her.
    choose(QStringLiteral("u-2"));
    QTest::mouseClick(m_page->closeButton(), Qt::LeftButton);
    close = openedDialog<CustomerConfirmDialog>();
    QVERIFY(close);
    QVERIFY(!close->text().contains(QStringLiteral("They still have")));
    QTest::mouseClick(close->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE(stored(QStringLiteral("u-2")).state, CustomerState::Closed);
    QTRY_COMPARE(m_model->index(m_model->rowOf(stored(QStringLiteral("u-2")).id), CustomersModel::State).data().toString(),
                 QStringLiteral("Closed"));
    choose(QStringLiteral("u-2"));
    QVERIFY(!m_page->closeButton()->isEnabled());
    QVERIFY(!m_page->freezeButton()->isEnabled());
    QVERIFY(!m_page->editButton()->isEnabled());
}

void TestCustomersScreen::pickersSearchTheStoreAndChooseNobody()
{
    // More customers than a picker's page.
    CustomerRepository customers(m_core->services().database().connection());
    for (int i = 0; i < CustomerListModel::kPageSize + 10; ++i)
        QVERIFY(customers.add(QStringLiteral("Trader %1").arg(i), QString(), kT0, QStringLiteral("t-%1").arg(i)).ok());
    const qint64 grace = stored(QStringLiteral("u-2")).id;

    CustomerListModel list(m_core->runtime(), m_core->services().database());
    AssignDepositDialog dialog(7, QStringLiteral("10 XLM"), QStringLiteral("abc"), QString(), &list);
    dialog.show();
    QComboBox *found = dialog.customerPicker();
    QTRY_COMPARE(found->count(), CustomerListModel::kPageSize);
    QVERIFY(list.isTruncated());
    QCOMPARE(found->currentIndex(), -1);
    QVERIFY(!dialog.confirmButton()->isEnabled());

    // A name fragment: the store's answer, and still nobody chosen.
    QTest::keyClicks(dialog.picker()->searchField(), QStringLiteral("hopp"));
    QTRY_COMPARE(found->count(), 1);
    QCOMPARE(found->itemText(0), QStringLiteral("Grace Hopper (#%1)").arg(grace));
    QCOMPARE(found->currentIndex(), -1);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    found->setCurrentIndex(0);
    QCOMPARE(dialog.customerId(), grace);
    QVERIFY(dialog.confirmButton()->isEnabled());
    QVERIFY(dialog.summary().contains(QStringLiteral("Grace Hopper")));

    // A new search drops the choice; an external id and an internal id find theirs.
    dialog.picker()->searchField()->setText(QStringLiteral("t-59"));
    // Until the store answers, the old list cannot be chosen from.
    QVERIFY(!found->isEnabled());
    QCOMPARE(dialog.customerId(), 0);
    QTRY_VERIFY(found->isEnabled());
    QTRY_COMPARE(found->itemText(0), QStringLiteral("Trader 59 (#%1)").arg(stored(QStringLiteral("t-59")).id));
    QCOMPARE(found->count(), 1);
    QCOMPARE(found->currentIndex(), -1);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.picker()->searchField()->setText(QString::number(grace));
    QTRY_VERIFY(found->count() >= 1 && found->itemData(0, CustomerListModel::CustomerIdRole).toLongLong() == grace);
    QCOMPARE(found->currentIndex(), -1);
}

QTEST_MAIN(TestCustomersScreen)
#include "tst_customersscreen.moc"
