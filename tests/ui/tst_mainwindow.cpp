// The main window offers every screen of the product, reachable by
// Ctrl+1…9, names the database without its password, and names the
// process that leads the background duties, and shows when the core is
// busy.

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/operatorsession.h"
#include "testdatabase.h"
#include "ui/dialogs/shortcutsdialog.h"
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include "ui/mainwindow.h"
#include "ui/theme.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/busyindicator.h"

#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSemaphore>
#include <QStatusBar>
#include <QTest>

#include <algorithm>

using namespace exchange;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void everyScreenIsThereAndReachableByKeyboard()
    {
        TestDatabase t;
        REQUIRE_TEST_DATABASE(t);
        CoreRuntime runtime;
        auto services = std::make_unique<CoreServices>(t.open());
        {
            OperatorSession session(runtime, services->operators());
            session.actAs(security::Actor::cli("tester"));
            MainWindow window(runtime, *services, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QStringList expected{QStringLiteral("dashboard"), QStringLiteral("orderbook"),
                                       QStringLiteral("withdrawals"), QStringLiteral("deposits"),
                                       QStringLiteral("wallets"), QStringLiteral("ledger"),
                                       QStringLiteral("settings"), QStringLiteral("operators"),
                                       QStringLiteral("audit"), QStringLiteral("customers"),
                                       QStringLiteral("webhooks")};
            QCOMPARE(window.screenIds(), expected);
            // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth; the eleventh from the list.
            for (int i = 0; i < 10; ++i) {
                QTest::keyClick(&window, i < 9 ? static_cast<Qt::Key>(Qt::Key_1 + i) : Qt::Key_0, Qt::ControlModifier);
                QCOMPARE(window.currentScreenId(), expected.at(i));
                QVERIFY(window.screen(expected.at(i))->isVisible());
            }
            auto *navigation = window.findChild<QListWidget *>();
            QVERIFY(navigation);
            navigation->setFocus();
            QTest::keyClick(navigation, Qt::Key_End);
            QCOMPARE(window.currentScreenId(), QStringLiteral("webhooks"));
            QVERIFY(window.screen(QStringLiteral("webhooks"))->isVisible());
            QVERIFY(window.windowTitle().contains(QStringLiteral("sqlite://")) || t.isPostgres());
            QVERIFY(window.size().width() >= 960);
            // The application's icon, drawn from its SVG at any size.
            QVERIFY(!window.windowIcon().pixmap(16).isNull());
            QVERIFY(!window.windowIcon().pixmap(256).isNull());
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }

    // Issue 10: F1 lists every shortcut, from the live widgets, by screen;
    // typing filters it.
    void helpListsTheShortcuts()
    {
        TestDatabase t;
        REQUIRE_TEST_DATABASE(t);
        CoreRuntime runtime;
        auto services = std::make_unique<CoreServices>(t.open());
        {
            OperatorSession session(runtime, services->operators());
            session.actAs(security::Actor::cli("tester"));
            MainWindow window(runtime, *services, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::keyClick(&window, Qt::Key_F1);
            ShortcutsDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()) != nullptr);
            QTRY_VERIFY(dialog->isVisible());
            auto rowsWith = [dialog](const QString &where, const QString &what, const QString &keys) {
                int n = 0;
                for (int row = 0; row < dialog->table()->rowCount(); ++row) {
                    if (dialog->table()->isRowHidden(row))
                        continue;
                    if (dialog->table()->item(row, 0)->text() == where && dialog->table()->item(row, 1)->text() == what
                        && dialog->table()->item(row, 2)->text() == keys)
                        ++n;
                }
                return n;
            };
            const QString approveKeys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText);
            QCOMPARE(rowsWith(QStringLiteral("Withdrawals"), QStringLiteral("Approve"), approveKeys), 1);
            QCOMPARE(rowsWith(QStringLiteral("Deposits"), QStringLiteral("Assign to customer"), approveKeys), 1);
            QCOMPARE(rowsWith(QStringLiteral("File menu"), QStringLiteral("Lock"),
                              QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)),
                     1);
            QCOMPARE(rowsWith(QStringLiteral("Go menu"), QStringLiteral("Withdrawals"),
                              QKeySequence(Qt::CTRL | Qt::Key_3).toString(QKeySequence::NativeText)),
                     1);
            // Every table copies with Ctrl+C: one line for all of them.
            const QString copyKeys = QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText);
            QCOMPARE(rowsWith(QStringLiteral("Tables"), QStringLiteral("Copy"), copyKeys), 1);
            QCOMPARE(rowsWith(QStringLiteral("Order book"), QStringLiteral("Copy"), copyKeys), 0);
            // Type to filter: only the rows that mention it stay.
            QTest::keyClicks(dialog->filter(), QStringLiteral("upload"));
            int shown = 0;
            for (int row = 0; row < dialog->table()->rowCount(); ++row)
                shown += dialog->table()->isRowHidden(row) ? 0 : 1;
            QVERIFY(shown >= 1);
            QCOMPARE(rowsWith(QStringLiteral("Withdrawals"), QStringLiteral("Approve"), approveKeys), 0);
            QTest::keyClick(dialog, Qt::Key_Escape);
            QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }

    // Issue 9: the status bar says which process runs the watchers and payouts.
    // Issue 17: the previous operator's error is not left for the next
    // one: locking (signing out) clears every screen's banner, and so does
    // another operator signing in.
    void lockAndAnotherSignInClearTheBanners()
    {
        TestDatabase t;
        REQUIRE_TEST_DATABASE(t);
        CoreRuntime runtime;
        auto services = std::make_unique<CoreServices>(t.open());
        {
            OperatorSession session(runtime, services->operators());
            session.actAs(security::Actor::cli("alice"));
            MainWindow window(runtime, *services, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showScreen(QStringLiteral("withdrawals"));
            auto *bar = window.screen(QStringLiteral("withdrawals"))->findChild<MessageBar *>();
            QVERIFY(bar);
            bar->showError(QStringLiteral("Not approved: alice's mistake"));
            QVERIFY(bar->isVisible());
            session.signOut(); // Ctrl+L
            QVERIFY(!bar->isVisible());
            QVERIFY(bar->text().isEmpty());
            bar->showError(QStringLiteral("Not approved: alice's second mistake"));
            session.actAs(security::Actor::cli("bob")); // another operator, without a sign-out between
            QVERIFY(!bar->isVisible());
            // The same operator's role refreshed: the message stays.
            bar->showError(QStringLiteral("Not approved: bob's own"));
            session.actAs(security::Actor::cli("bob"));
            QVERIFY(bar->isVisible());
            QCOMPARE(bar->text(), QStringLiteral("Not approved: bob's own"));
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }

    // Issue 17: the dark theme switched live reaches the navigation list
    // (a style sheet kept it white until a restart).
    void theNavigationFollowsALiveThemeSwitch()
    {
        TestDatabase t;
        REQUIRE_TEST_DATABASE(t);
        CoreRuntime runtime;
        auto services = std::make_unique<CoreServices>(t.open());
        {
            OperatorSession session(runtime, services->operators());
            session.actAs(security::Actor::cli("tester"));
            applyTheme(Theme::Light);
            MainWindow window(runtime, *services, session);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *navigation = window.findChild<QListWidget *>();
            QVERIFY(navigation);
            // The empty part of the list, under its items.
            auto emptyPixel = [navigation] {
                const QImage image = navigation->grab().toImage();
                return image.pixelColor(image.width() / 2, image.height() - 5);
            };
            QVERIFY2(emptyPixel().lightness() > 180, qPrintable(emptyPixel().name()));
            applyTheme(Theme::Dark);
            QTRY_VERIFY2(emptyPixel().lightness() < 100, qPrintable(emptyPixel().name()));
            if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS")) {
                window.showScreen(QStringLiteral("dashboard"));
                QTest::qWait(500);
                window.grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/dark-live.png"));
            }
            applyTheme(Theme::Light);
            QTRY_VERIFY(emptyPixel().lightness() > 180);
            applyTheme(Theme::System);
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }

    void statusBarNamesTheLeader()
    {
        TestDatabase t;
        REQUIRE_TEST_DATABASE(t);
        CoreRuntime runtime;
        auto services = std::make_unique<CoreServices>(t.open());
        {
            OperatorSession session(runtime, services->operators());
            session.actAs(security::Actor::cli("tester"));
            MainWindow window(runtime, *services, session);
            auto shown = [&window](const QString &text) {
                const auto labels = window.statusBar()->findChildren<QLabel *>();
                return std::any_of(labels.cbegin(), labels.cend(), [&text](const QLabel *l) { return l->text() == text; });
            };
            QVERIFY(shown(QStringLiteral("Leader: none yet")));
            window.setLeader(false, QStringLiteral("exctl serve on db1 (pid 4242)"));
            QVERIFY(shown(QStringLiteral("Leader: exctl serve on db1 (pid 4242)")));
            window.setLeader(true, QStringLiteral("exconsole alice on desk (pid 7)"));
            QVERIFY(shown(QStringLiteral("This console leads")));
            QVERIFY(!shown(QStringLiteral("Leader: exctl serve on db1 (pid 4242)")));
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }

    // Issue 10: work that takes a moment shows "Working…" in the status bar
    // until it is done; quick work does not flicker it.
    void busyIndicatorShowsLongWork()
    {
        TestDatabase t;
        REQUIRE_TEST_DATABASE(t);
        CoreRuntime runtime;
        auto services = std::make_unique<CoreServices>(t.open());
        {
            OperatorSession session(runtime, services->operators());
            session.actAs(security::Actor::cli("tester"));
            MainWindow window(runtime, *services, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *busy = window.statusBar()->findChild<QWidget *>(QStringLiteral("busyIndicator"));
            QVERIFY(busy);
            QTRY_VERIFY(runtime.pendingJobs() == 0); // the screens' first reads
            QTRY_VERIFY(!busy->isVisible());
            // Quick work: never shown.
            bool quickDone = false;
            runtime.post([] { return 0; }, &window, [&quickDone](int) { quickDone = true; });
            QTRY_VERIFY(quickDone);
            QTest::qWait(BusyIndicator::kDelayMs + 100);
            QVERIFY(!busy->isVisible());
            // Long work: shown after the delay, gone when it ends.
            QSemaphore release;
            runtime.run([&release] { release.acquire(); });
            QTRY_VERIFY(busy->isVisible());
            QVERIFY(busy->toolTip().contains(QStringLiteral("go on working")));
            release.release();
            QTRY_VERIFY(!busy->isVisible());
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
