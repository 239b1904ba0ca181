// The tools every table has: CSV as RFC 4180 (quotes, commas and line
// breaks quoted, hidden rows and columns left out, columns in the order
// shown), Ctrl+C copying the selection as tab-separated lines with a
// shortened address copied whole and an amount exact, and the header
// remembered across runs.

#include "ui/widgets/tabletools.h"

#include "models/displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestTableTools : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ExchangeConsoleTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tabletools"));
        QSettings().clear();
    }

    void csvIsRfc4180OfWhatIsShown()
    {
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("Id"), QStringLiteral("Customer"), QStringLiteral("Amount"),
                                         QStringLiteral("Hidden")});
        model.appendRow({new QStandardItem(QStringLiteral("3")), new QStandardItem(QStringLiteral("Alan \"Al\" Turing")),
                         new QStandardItem(QStringLiteral("20,000.00")), new QStandardItem(QStringLiteral("x"))});
        model.appendRow({new QStandardItem(QStringLiteral("4")), new QStandardItem(QStringLiteral("two\nlines")),
                         new QStandardItem(QStringLiteral("1.5")), new QStandardItem(QStringLiteral("y"))});
        model.appendRow({new QStandardItem(QStringLiteral("5")), new QStandardItem(QStringLiteral("filtered out")),
                         new QStandardItem(QStringLiteral("0")), new QStandardItem(QStringLiteral("z"))});
        QTableView view;
        view.setModel(&model);
        view.setColumnHidden(3, true);
        view.setRowHidden(2, true);
        view.horizontalHeader()->moveSection(2, 1); // Amount shown before Customer
        QCOMPARE(TableTools::toCsv(&view), QStringLiteral("Id,Amount,Customer\r\n"
                                                          "3,\"20,000.00\",\"Alan \"\"Al\"\" Turing\"\r\n"
                                                          "4,1.5,\"two\nlines\"\r\n"));
    }

    void ctrlCCopiesTheSelectionWhole()
    {
        QStandardItemModel model(0, 2);
        auto *address = new QStandardItem(QStringLiteral("GCKGC5P3SF…VU5EYI6O"));
        address->setToolTip(QStringLiteral("GCKGC5P3SFVCJNIEFHNOQGDT2Z7VFSLHKG24LFCA6JLUOCORVU5EYI6O"));
        model.appendRow({new QStandardItem(QStringLiteral("3")), address});
        model.appendRow({new QStandardItem(QStringLiteral("4")), new QStandardItem(QStringLiteral("short"))});
        QTableView view;
        view.setModel(&model);
        TableTools::install(&view, QStringLiteral("tables/test/copy"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectAll();
        view.setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("3\tGCKGC5P3SFVCJNIEFHNOQGDT2Z7VFSLHKG24LFCA6JLUOCORVU5EYI6O\n4\tshort"));
    }

    void anAmountIsCopiedAndExportedExact()
    {
        // An amount cell shows its display precision; Ctrl+C and CSV take its
        // exact text, which pastes back into an amount field.
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Id"), QStringLiteral("Amount")});
        auto *amount = new QStandardItem(QStringLiteral("≈ 1,234.5678"));
        amount->setData(QStringLiteral("1234.567891234567891234"), displayformat::ExactTextRole);
        amount->setToolTip(QStringLiteral("1234.567891234567891234 ETH"));
        auto *plain = new QStandardItem(QStringLiteral("2.0000"));
        plain->setData(QStringLiteral("2"), displayformat::ExactTextRole);
        model.appendRow({new QStandardItem(QStringLiteral("3")), amount});
        model.appendRow({new QStandardItem(QStringLiteral("4")), plain});
        QTableView view;
        view.setModel(&model);
        TableTools::install(&view, QStringLiteral("tables/test/exact"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectAll();
        view.setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("3\t1234.567891234567891234\n4\t2"));
        QCOMPARE(TableTools::toCsv(&view), QStringLiteral("Id,Amount\r\n3,1234.567891234567891234\r\n4,2\r\n"));
    }

    void typingFiltersTheRows()
    {
        QStandardItemModel model(0, 2);
        for (const char *name : {"Ada Lovelace", "Alan Turing", "Barbara Liskov"})
            model.appendRow({new QStandardItem(QString::fromLatin1(name)), new QStandardItem(QStringLiteral("XLM"))});
        QTableView view;
        view.setModel(&model);
        auto *tools = TableTools::install(&view, QStringLiteral("tables/test/filter"), TableTools::TypeToFilter::Yes);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QTest::keyClicks(&view, QStringLiteral("a"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("l"));
        QCOMPARE(tools->filterText(), QStringLiteral("al"));
        QVERIFY(view.isRowHidden(0));  // Ada Lovelace
        QVERIFY(!view.isRowHidden(1)); // ALan Turing (any case)
        QVERIFY(view.isRowHidden(2));  // Barbara Liskov
        // A row that arrives later is filtered as well.
        model.appendRow({new QStandardItem(QStringLiteral("Grace Hopper")), new QStandardItem(QStringLiteral("ETH"))});
        QTRY_VERIFY(view.isRowHidden(3));
        // Esc clears the filter and gives the keys back to the table.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(tools->filterText(), QString());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!view.isRowHidden(row));
        QCOMPARE(QApplication::focusWidget(), &view);
    }

    void theHeaderIsRemembered()
    {
        QStandardItemModel model(1, 3);
        const QString key = QStringLiteral("tables/test/header");
        {
            QTableView view;
            view.setModel(&model);
            TableTools::install(&view, key);
            view.horizontalHeader()->resizeSection(1, 321);
            view.horizontalHeader()->moveSection(2, 0);
        }
        QTableView again;
        again.setModel(&model);
        TableTools::install(&again, key);
        QCOMPARE(again.horizontalHeader()->sectionSize(1), 321);
        QCOMPARE(again.horizontalHeader()->logicalIndex(0), 2);
    }
};

QTEST_MAIN(TestTableTools)
#include "tst_tabletools.moc"
