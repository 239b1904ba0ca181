// The Customers screen's history opens where the operator points: a double
// click on one of the chosen customer's withdrawals or deposits shows the
// Withdrawals or Deposits screen with that very row selected, whatever
// those screens were filtered by before. On the demo data, in the main
// window, offscreen.

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/customerdetailsource.h"
#include "models/depositsmodel.h"
#include "models/withdrawalsmodel.h"
#include "testcore.h"
#include "ui/customers/customerspage.h"
#include "ui/mainwindow.h"
#include "ui/screens/depositsscreen.h"
#include "ui/screens/withdrawalsscreen.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

class TestCustomerHistory : public QObject
{
    Q_OBJECT
private slots:
    void aHistoryRowOpensItsScreenAtThatRow();

private:
    static qint64 selectedId(QTableView *table, int role)
    {
        const QModelIndexList rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
        return rows.isEmpty() ? 0 : rows.first().data(role).toLongLong();
    }
    // The chosen customer's first row of view (after the pane read it) and
    // its record id.
    static std::pair<QModelIndex, qint64> firstOf(QTableView *view)
    {
        if (!QTest::qWaitFor([view] { return view->model() && view->model()->rowCount() > 0; }))
            return {};
        const QModelIndex index = view->model()->index(view->model()->rowCount() - 1, 0);
        return {index, index.data(CustomerDetailsSource::IdRole).toLongLong()};
    }
};

void TestCustomerHistory::aHistoryRowOpensItsScreenAtThatRow()
{
    TestCore core(TestCore::Data::Demo);
    QVERIFY2(core.failure().isEmpty(), qPrintable(core.failure()));
    {
        MainWindow window(core.runtime(), core.services(), core.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *withdrawals = qobject_cast<WithdrawalsScreen *>(window.screen(QStringLiteral("withdrawals")));
        auto *deposits = qobject_cast<DepositsScreen *>(window.screen(QStringLiteral("deposits")));
        auto *customers = qobject_cast<CustomersPage *>(window.screen(QStringLiteral("customers")));
        QVERIFY(withdrawals && deposits && customers);
        // Filters an operator left behind that would hide the row.
        withdrawals->textFilter()->setText(QStringLiteral("nobody-at-all"));
        deposits->filterEdit()->setText(QStringLiteral("nobody-at-all"));

        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentScreenId(), QStringLiteral("customers"));
        customers->selectCustomer(1);

        // The oldest withdrawal of the customer: not the first row anywhere.
        const auto [withdrawal, withdrawalId] = firstOf(customers->withdrawalsTable());
        QVERIFY(withdrawalId > 0);
        emit customers->withdrawalsTable()->activated(withdrawal);
        QCOMPARE(window.currentScreenId(), QStringLiteral("withdrawals"));
        QTRY_COMPARE(selectedId(withdrawals->table(), WithdrawalsModel::WithdrawalIdRole), withdrawalId);
        QCOMPARE(withdrawals->textFilter()->text(), QStringLiteral("#%1").arg(withdrawalId));

        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        const auto [deposit, depositId] = firstOf(customers->depositsTable());
        QVERIFY(depositId > 0);
        emit customers->depositsTable()->activated(deposit);
        QCOMPARE(window.currentScreenId(), QStringLiteral("deposits"));
        QVERIFY(deposits->filterEdit()->text().isEmpty());
        QTRY_COMPARE(selectedId(deposits->table(), DepositsModel::DepositIdRole), depositId);
    }
}

QTEST_MAIN(TestCustomerHistory)
#include "tst_customerhistory.moc"
