// The main window offers every screen of the product, reachable by
// Ctrl+1…9, and names the database without its password.

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/operatorsession.h"
#include "testdatabase.h"
#include "ui/mainwindow.h"

#include <QLabel>
#include <QTest>

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
        }
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
