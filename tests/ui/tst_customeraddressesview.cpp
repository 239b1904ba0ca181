// The customer's addresses widget offscreen, through its controls, on the
// demo data as an admin: an address typed in and confirmed is stored (read
// back from the store on the core thread), one cancelled is not, a refusal
// (the same address again, an exchange wallet) says why and changes nothing,
// Remove after its confirmation takes it off the list; the customer's
// signing keys for POST /withdraw are shown read-only.

#include "core/customers/customeraddressbook.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/actor.h"
#include "models/customeraddressesmodel.h"
#include "testcore.h"
#include "testoperators.h"
#include "ui/customers/customeraddressesview.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace exchange;

namespace {

const QString kOwn = QStringLiteral("GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37");
const QString kOther = QStringLiteral("GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6");
const QString kKey = QStringLiteral("GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H");

} // namespace

class TestCustomerAddressesView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addsAfterConfirmationAndNotWhenCancelled();
    void aRefusalSaysWhyAndChangesNothing();
    void removesAfterConfirmation();
    void showsTheSigningKeys();

private:
    // What the store holds for customer 1, read on the core thread.
    std::optional<std::vector<CustomerAddress>> stored();
    QMessageBox *confirmation() const;
    bool typeAndAdd(const QString &address, const QString &label);

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<CustomerAddressesView> m_view;
    QTableView *m_table = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

void TestCustomerAddressesView::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_view = std::make_unique<CustomerAddressesView>(m_core->runtime(), m_core->services(), m_core->session());
    m_view->show();
    m_table = m_view->findChild<QTableView *>(QStringLiteral("customerAddresses"));
    m_address = m_view->findChild<QLineEdit *>(QStringLiteral("addressText"));
    m_label = m_view->findChild<QLineEdit *>(QStringLiteral("addressLabel"));
    m_add = m_view->findChild<QPushButton *>(QStringLiteral("addAddress"));
    m_remove = m_view->findChild<QPushButton *>(QStringLiteral("removeAddress"));
    m_status = m_view->findChild<QLabel *>(QStringLiteral("addressStatus"));
    QVERIFY(m_table && m_address && m_label && m_add && m_remove && m_status);
    // Nobody chosen: nothing to do.
    QVERIFY(!m_address->isEnabled());
    QVERIFY(!m_add->isEnabled());
    m_view->setCustomer(1, QStringLiteral("c-1"));
    QTRY_VERIFY(m_address->isEnabled());
    QTRY_VERIFY(!m_view->findChild<QLabel *>(QStringLiteral("signingKeys"))->text().isEmpty());
}

void TestCustomerAddressesView::cleanup()
{
    m_view.reset();
    m_core.reset();
}

std::optional<std::vector<CustomerAddress>> TestCustomerAddressesView::stored()
{
    std::optional<std::vector<CustomerAddress>> out;
    bool done = false;
    auto *services = &m_core->services();
    m_core->runtime().post([services] { return services->customerAddresses().list(std::int64_t{1}); }, this,
                           [&](Result<std::vector<CustomerAddress>> result) {
                               if (result)
                                   out = std::move(result).value();
                               done = true;
                           });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return std::nullopt;
    return out;
}

QMessageBox *TestCustomerAddressesView::confirmation() const
{
    return m_view->findChild<QMessageBox *>(QStringLiteral("confirmAddressChange"));
}

bool TestCustomerAddressesView::typeAndAdd(const QString &address, const QString &label)
{
    m_address->clear();
    QTest::keyClicks(m_address, address);
    m_label->clear();
    QTest::keyClicks(m_label, label);
    if (!m_add->isEnabled())
        return false;
    QTest::mouseClick(m_add, Qt::LeftButton);
    return QTest::qWaitFor([this] { return confirmation() && confirmation()->isVisible(); }, 5000);
}

void TestCustomerAddressesView::addsAfterConfirmationAndNotWhenCancelled()
{
    QCOMPARE(m_table->model()->rowCount(), 0);
    QVERIFY(!m_add->isEnabled()); // no address typed

    // Cancelled: nothing stored.
    QVERIFY(typeAndAdd(kOther, QStringLiteral("maybe")));
    QVERIFY2(confirmation()->text().contains(kOther), qPrintable(confirmation()->text()));
    QTest::mouseClick(confirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!confirmation());
    QTest::qWait(50);
    QCOMPARE(stored()->size(), std::size_t{0});

    // Confirmed: stored as typed, shown in the table.
    QVERIFY(typeAndAdd(kOwn, QStringLiteral("hardware wallet")));
    const QString text = confirmation()->text();
    QVERIFY2(text.contains(kOwn) && text.contains(QStringLiteral("c-1")) && text.contains(QStringLiteral("hardware wallet")),
             qPrintable(text));
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    const auto rows = stored();
    QVERIFY(rows);
    QCOMPARE(rows->size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(rows->front().address), kOwn);
    QCOMPARE(rows->front().label, QStringLiteral("hardware wallet"));
    QCOMPARE(rows->front().chain, Chain::Stellar);
    QCOMPARE(m_table->model()->index(0, CustomerAddressesModel::Address).data().toString(), kOwn);
    QCOMPARE(m_table->model()->index(0, CustomerAddressesModel::Label).data().toString(), QStringLiteral("hardware wallet"));
    QVERIFY(m_address->text().isEmpty()); // ready for the next one
}

void TestCustomerAddressesView::aRefusalSaysWhyAndChangesNothing()
{
    QVERIFY(typeAndAdd(kOwn, QString()));
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    QTRY_VERIFY(!confirmation());

    // The same address again.
    QVERIFY(typeAndAdd(kOwn, QString()));
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
    QTRY_VERIFY2(m_status->text().contains(QStringLiteral("already")), qPrintable(m_status->text()));
    QVERIFY2(m_status->text().startsWith(QStringLiteral("Nothing was changed")), qPrintable(m_status->text()));
    QCOMPARE(stored()->size(), std::size_t{1});
    QCOMPARE(m_table->model()->rowCount(), 1);
}

void TestCustomerAddressesView::removesAfterConfirmation()
{
    QVERIFY(typeAndAdd(kOwn, QString()));
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
    QTRY_COMPARE(m_table->model()->rowCount(), 1);
    QTRY_VERIFY(!confirmation());
    QVERIFY(!m_remove->isEnabled()); // nothing selected
    m_table->selectRow(0);
    QVERIFY(m_remove->isEnabled());
    QTest::mouseClick(m_remove, Qt::LeftButton);
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    QVERIFY2(confirmation()->text().contains(kOwn), qPrintable(confirmation()->text()));
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
    QTRY_COMPARE(m_table->model()->rowCount(), 0);
    QCOMPARE(stored()->size(), std::size_t{0});
}

void TestCustomerAddressesView::showsTheSigningKeys()
{
    auto *keys = m_view->findChild<QLabel *>(QStringLiteral("signingKeys"));
    QVERIFY2(keys->text().startsWith(QStringLiteral("None")), qPrintable(keys->text()));
    // An admin registers one (as exctl customer keys add would).
    bool done = false;
    auto *services = &m_core->services();
    auto *db = &m_core->services().database();
    m_core->runtime().post(
        [services, db] {
            return services->withdrawalKeys().add(testAdmin(*db, "tester"), 1, Chain::Stellar, kKey.toStdString());
        },
        this, [&](auto result) {
            QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
            done = true;
        });
    QTRY_VERIFY(done);
    m_view->setCustomer(1, QStringLiteral("c-1"));
    QTRY_VERIFY2(keys->text().contains(kKey), qPrintable(keys->text()));
    QVERIFY(keys->text().startsWith(QStringLiteral("1 of 1 must sign")));
    // Read-only: nothing in the widget edits them.
    QVERIFY(!keys->textInteractionFlags().testFlag(Qt::TextEditable));
}

QTEST_MAIN(TestCustomerAddressesView)
#include "tst_customeraddressesview.moc"
