// The Dashboard on what the database itself is: the demo says its keys are
// published (and no other database does); an older database that still has
// a published key as the exchange's address needs an operator; and a
// damaged database file, as the quick check at start finds it, is the first
// thing that needs one, its button leading to the Ledger. Webhook deliveries
// that are being retried or have failed are a line of their own, its button
// leading to the Webhooks screen; none, no line.

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/sql.h"
#include "core/trade/demomarket.h"
#include "models/dashboardsource.h"
#include "models/dutyboard.h"
#include "sqlitedamage.h"
#include "testdatabase.h"
#include "ui/screens/dashboardscreen.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

namespace {

enum class Data { Demo, Empty };

// One console's Dashboard over a database prepared beforehand.
class Console final
{
public:
    explicit Console(const TestDatabase &database)
    {
        auto db = database.open();
        if (!db)
            return;
        m_services = std::make_unique<CoreServices>(std::move(db));
        m_source = std::make_unique<DashboardSource>(m_runtime, *m_services);
        m_duties = std::make_unique<DutyBoard>([] { return QDateTime::currentMSecsSinceEpoch(); });
        m_screen = std::make_unique<DashboardScreen>(m_source.get(), m_duties.get());
        m_screen->resize(1100, 800);
        m_screen->show();
    }
    ~Console()
    {
        m_screen.reset();
        m_duties.reset();
        m_source.reset();
        Database *db = m_services ? &m_services->database() : nullptr;
        m_runtime.stop([db] {
            if (db)
                db->releaseThreadConnection();
        });
        m_services.reset();
    }
    Q_DISABLE_COPY_MOVE(Console)

    bool ready() const { return m_screen && m_source->report().has_value(); }
    DashboardScreen &screen() { return *m_screen; }
    QLabel *demoNotice() { return m_screen->findChild<QLabel *>(QStringLiteral("demoNotice")); }

private:
    CoreRuntime m_runtime;
    std::unique_ptr<CoreServices> m_services;
    std::unique_ptr<DashboardSource> m_source;
    std::unique_ptr<DutyBoard> m_duties;
    std::unique_ptr<DashboardScreen> m_screen;
};

bool prepare(const TestDatabase &database, Data data)
{
    auto db = database.open();
    if (!db)
        return false;
    if (data == Data::Empty)
        return true;
    ManualClock clock(1'700'000'000'000);
    return addDemoData(*db, clock).ok() && trade::addDemoMarket(*db, clock).ok();
}

QString lineContaining(const QStringList &lines, const QString &text)
{
    for (const QString &line : lines) {
        if (line.contains(text))
            return line;
    }
    return {};
}

} // namespace

class TestDashboardDatabase : public QObject
{
    Q_OBJECT
private slots:
    void theDemoSaysItsKeysArePublished();
    void anotherDatabaseSaysNothingOfADemo();
    void aPublishedKeyOutsideTheDemoNeedsYou();
    void aDamagedDatabaseNeedsYouFirst();
    void webhooksNotGettingThroughNeedYou();
};

void TestDashboardDatabase::theDemoSaysItsKeysArePublished()
{
    TestDatabase database;
    REQUIRE_TEST_DATABASE(database);
    QVERIFY(prepare(database, Data::Demo));
    Console console(database);
    QTRY_VERIFY(console.ready());
    QLabel *notice = console.demoNotice();
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("demo database")), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("published")));
    QVERIFY(notice->text().contains(QStringLiteral("Never use it for real money")));
    // The demo's published keys are expected there: no line about them.
    QVERIFY(lineContaining(console.screen().attentionTexts(), QStringLiteral("published key")).isEmpty());
    QVERIFY(lineContaining(console.screen().attentionTexts(), QStringLiteral("damaged")).isEmpty());
}

void TestDashboardDatabase::anotherDatabaseSaysNothingOfADemo()
{
    TestDatabase database;
    REQUIRE_TEST_DATABASE(database);
    QVERIFY(prepare(database, Data::Empty));
    Console console(database);
    QTRY_VERIFY(console.ready());
    QVERIFY(console.demoNotice());
    QVERIFY(!console.demoNotice()->isVisible());
    const QStringList lines = console.screen().attentionTexts();
    QVERIFY2(lineContaining(lines, QStringLiteral("published key")).isEmpty(), qPrintable(lines.join(u'\n')));
}

void TestDashboardDatabase::aPublishedKeyOutsideTheDemoNeedsYou()
{
    // A database made before the exchange's addresses were left unset: the
    // trade API still names the published all-0x07 key's address.
    TestDatabase database;
    REQUIRE_TEST_DATABASE(database);
    QVERIFY(prepare(database, Data::Empty));
    {
        auto db = database.open();
        QVERIFY(sql::run(db->connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('trade.address.ethereum', ?)"),
                         {QStringLiteral("0x4a62316623ad457F02cDC5D997deD67a383EC569")})
                    .ok());
    }
    Console console(database);
    QTRY_VERIFY(console.ready());
    const QStringList lines = console.screen().attentionTexts();
    const QString line = lineContaining(lines, QStringLiteral("published key"));
    QVERIFY2(line.contains(QStringLiteral("0x4a62316623ad457F02cDC5D997deD67a383EC569")), qPrintable(lines.join(u'\n')));
    QVERIFY(line.contains(QStringLiteral("trade.address.ethereum")));
    QVERIFY(!console.demoNotice()->isVisible());
}

void TestDashboardDatabase::aDamagedDatabaseNeedsYouFirst()
{
    TestDatabase database;
    REQUIRE_TEST_DATABASE(database);
    if (database.isPostgres())
        QSKIP("physical damage is made to an SQLite file");
    QVERIFY(prepare(database, Data::Demo));
    const QString path = database.url().mid(QStringLiteral("sqlite://").size());
    const QString damage = sqlitedamage::scrambleRootPage(path, QStringLiteral("trade_orders_tx"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));

    Console console(database);
    QTRY_VERIFY(console.ready());
    const QStringList lines = console.screen().attentionTexts();
    QVERIFY2(!lines.isEmpty() && lines.first().contains(QStringLiteral("database file is damaged")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(lines.first().contains(QStringLiteral("trade_orders_tx")));
    // The rest of the report is still there (this damage spares it).
    QVERIFY(!lineContaining(lines, QStringLiteral("Withdrawals waiting for review")).isEmpty());
    QSignalSpy opened(&console.screen(), &DashboardScreen::openScreen);
    QPushButton *go = nullptr;
    for (QLabel *label : console.screen().findChildren<QLabel *>(QStringLiteral("attentionText"))) {
        if (label->text().contains(QStringLiteral("damaged")))
            go = label->parentWidget()->findChild<QPushButton *>(QStringLiteral("attentionAction"));
    }
    QVERIFY(go);
    QTest::mouseClick(go, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("ledger"));
}

void TestDashboardDatabase::webhooksNotGettingThroughNeedYou()
{
    TestDatabase database;
    REQUIRE_TEST_DATABASE(database);
    QVERIFY(prepare(database, Data::Empty));
    {
        auto db = database.open();
        QVERIFY(db);
        const auto run = [&db](const char *statement) { return sql::run(db->connection(), QString::fromLatin1(statement)).ok(); };
        QVERIFY(run("INSERT INTO api_clients (name, public_key, scopes, enabled, created_at, updated_at)"
                    " VALUES ('webapp', 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'read', 1, 1, 1)"));
        QVERIFY(run("INSERT INTO webhook_endpoints (client_id, url, enabled, created_at, updated_at)"
                    " SELECT id, 'https://shop.example/hooks', 1, 1, 1 FROM api_clients"));
        for (const char *name : {"Ada", "Bob", "Cy"}) {
            QVERIFY(sql::run(db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, 1700000000000)"),
                             {QString::fromLatin1(name)}));
        }
        // One delivered, one being retried, one failed.
        QVERIFY(run("INSERT INTO webhook_deliveries (event_seq, endpoint_id, attempts, next_attempt_at, give_up_at,"
                    " last_status, delivered_at, failed_at, created_at)"
                    " SELECT e.seq, p.id, e.seq, 1, 2, 500,"
                    "  CASE WHEN e.seq = (SELECT MIN(seq) FROM webhook_events) THEN 5 END,"
                    "  CASE WHEN e.seq = (SELECT MAX(seq) FROM webhook_events) THEN 5 END, 1"
                    " FROM webhook_events e CROSS JOIN webhook_endpoints p"));
    }
    Console console(database);
    QTRY_VERIFY(console.ready());
    const QString line = lineContaining(console.screen().attentionTexts(), QStringLiteral("Webhooks not getting through"));
    QVERIFY2(line.contains(QStringLiteral("1 being retried, 1 failed")), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("exctl")), qPrintable(line));
    // Its button opens the Webhooks screen, where an admin retries them.
    QPushButton *open = nullptr;
    for (QLabel *label : console.screen().findChildren<QLabel *>(QStringLiteral("attentionText"))) {
        if (label->text() == line)
            open = label->parentWidget()->findChild<QPushButton *>(QStringLiteral("attentionAction"));
    }
    QVERIFY(open);
    QSignalSpy opened(&console.screen(), &DashboardScreen::openScreen);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("webhooks"));
}

QTEST_MAIN(TestDashboardDatabase)
#include "tst_dashboarddatabase.moc"
