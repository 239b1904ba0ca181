// The main window offers every screen of the product, reachable by
// Ctrl+1…9, names the database without its password, and names the
// process that leads the background duties.

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/operatorsession.h"
#include "testdatabase.h"
#include "ui/mainwindow.h"

#include <QLabel>
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
                                       QStringLiteral("audit")};
            QCOMPARE(window.screenIds(), expected);
            for (int i = 0; i < expected.size(); ++i) {
                QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
                QCOMPARE(window.currentScreenId(), expected.at(i));
                QVERIFY(window.screen(expected.at(i))->isVisible());
            }
            QVERIFY(window.windowTitle().contains(QStringLiteral("sqlite://")) || t.isPostgres());
            QVERIFY(window.size().width() >= 960);
            // The application's icon, drawn from its SVG at any size.
            QVERIFY(!window.windowIcon().pixmap(16).isNull());
            QVERIFY(!window.windowIcon().pixmap(256).isNull());
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }

    // Issue 9: the status bar says which process runs the watchers and payouts.
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
