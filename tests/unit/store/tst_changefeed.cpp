// The change feed between processes: migration 13's triggers announce every
// committed change on PostgreSQL, and ChangeListener turns another
// process's notices into this process's ChangeNotifier signals, skips its
// own, hears nothing of a rollback, and after losing its connection hears
// again and asks every screen to read again.
//
// "Another process" here is a connection with another application_name,
// as psql, exctl or a second console would have; the multi-process run is
// tests/interop/shared_postgres.mjs.

#include "core/base/systemclock.h"
#include "core/demo/demodata.h"
#include "core/runtime/changefeedschema.h"
#include "core/runtime/changelistener.h"
#include "core/store/database.h"
#include "testdatabase.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <utility>
#include <vector>

using namespace exchange;
using Topic = ChangeNotifier::Topic;
using Heard = std::pair<Topic, QString>;

namespace {

// Collects what the notifier announces.
class Recorder final : public QObject
{
public:
    explicit Recorder(ChangeNotifier &notifier)
    {
        connect(&notifier, &ChangeNotifier::changed, this, [this](Topic topic, const QString &key) { heard.emplace_back(topic, key); });
    }
    bool has(Topic topic, const QString &key) const
    {
        return std::find(heard.begin(), heard.end(), Heard{topic, key}) != heard.end();
    }
    int count(Topic topic) const
    {
        return static_cast<int>(std::count_if(heard.begin(), heard.end(), [topic](const Heard &h) { return h.first == topic; }));
    }
    std::vector<Heard> heard;
};

// A connection of someone else: another application_name, as another
// process would have.
class Stranger final
{
public:
    explicit Stranger(const Database &db, const QString &name = QStringLiteral("psql"))
        : m_name(QStringLiteral("stranger-") + name)
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.url().applyTo(c);
        c.setConnectOptions(QStringLiteral("application_name=") + name);
        m_open = c.open();
    }
    ~Stranger()
    {
        { QSqlDatabase::database(m_name, false).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &statement)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT
private slots:
    void parsesNotices();
    void sqliteHasNothingToHear();
    void anotherProcessesChangesAreHeard();
    void ownChangesAndRollbacksAreNotHeard();
    void hearsAgainAfterTheConnectionDrops();
    void aBulkCopyIsAnnouncedOncePerTopic();
};

void TestChangeFeed::parsesNotices()
{
    auto n = ChangeListener::parse(QStringLiteral("Withdrawal|42|exchange-1-abc"));
    QVERIFY(n);
    QCOMPARE(n->topic, Topic::Withdrawal);
    QCOMPARE(n->key, QStringLiteral("42"));
    QCOMPARE(n->origin, QStringLiteral("exchange-1-abc"));
    n = ChangeListener::parse(QStringLiteral("Ledger||exctl"));
    QVERIFY(n);
    QCOMPARE(n->topic, Topic::Ledger);
    QVERIFY(n->key.isEmpty());
    n = ChangeListener::parse(QStringLiteral("Operator|night|shift|psql")); // a bar inside the key
    QVERIFY(n);
    QCOMPARE(n->key, QStringLiteral("night|shift"));
    QCOMPARE(n->origin, QStringLiteral("psql"));
    QVERIFY(!ChangeListener::parse(QStringLiteral("Teapot|1|x"))); // a topic this build does not know
    QVERIFY(!ChangeListener::parse(QStringLiteral("Withdrawal|42")));
    QVERIFY(!ChangeListener::parse(QString()));
}

void TestChangeFeed::sqliteHasNothingToHear()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (t.isPostgres())
        QSKIP("PostgreSQL is the other case of this test");
    auto db = t.open();
    QVERIFY(db);
    ChangeNotifier notifier;
    ChangeListener listener(*db, notifier);
    QVERIFY(listener.start());
    QVERIFY(!listener.isListening());
    QCOMPARE(changeFeedSchema(db->dialect()).size(), 1); // the migration is a no-op there
}

void TestChangeFeed::anotherProcessesChangesAreHeard()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (!t.isPostgres())
        QSKIP("the feed between processes is PostgreSQL's");
    auto db = t.open();
    QVERIFY(db);
    SystemClock clock;
    QVERIFY(addDemoData(*db, clock));
    ChangeNotifier notifier;
    Recorder recorder(notifier);
    ChangeListener listener(*db, notifier);
    QSignalSpy listening(&listener, &ChangeListener::listeningChanged);
    auto started = listener.start();
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    QVERIFY(listener.isListening());

    Stranger other(*db);
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(QStringLiteral("UPDATE withdrawals SET note = 'seen elsewhere' WHERE id = 3")));
    QVERIFY(other.exec(QStringLiteral("UPDATE assets SET name = name WHERE code = 'XLM'")));
    QVERIFY(other.exec(QStringLiteral("UPDATE chain_settings SET confirmations = confirmations WHERE chain = 'ethereum'")));
    QVERIFY(other.exec(QStringLiteral("UPDATE operators SET role = role WHERE username = 'viewer'")));
    // What the leading process says of its duties (migration 15).
    QVERIFY(other.exec(QStringLiteral("INSERT INTO duty_status (kind, name, health, text, reported_by, updated_at)"
                                      " VALUES ('watcher', 'ethereum', 'down', 'waiting', 'elsewhere', 1)")));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.has(Topic::Withdrawal, QStringLiteral("3")), 2000);
    QTRY_VERIFY(recorder.has(Topic::Duty, QString()));
    QTRY_VERIFY(recorder.has(Topic::Asset, QStringLiteral("XLM")));
    QTRY_VERIFY(recorder.has(Topic::Wallet, QStringLiteral("ethereum")));
    QTRY_VERIFY(recorder.has(Topic::Operator, QStringLiteral("viewer")));
    QVERIFY(!recorder.has(Topic::Withdrawal, QStringLiteral("4"))); // only what changed

    // A transaction of many rows: one notice per row, equal ones folded
    // into one; a ledger statement is one notice without a key.
    recorder.heard.clear();
    QVERIFY(other.exec(QStringLiteral("BEGIN")));
    QVERIFY(other.exec(QStringLiteral("UPDATE withdrawals SET note = note || '.' WHERE id IN (3, 4)")));
    QVERIFY(other.exec(QStringLiteral("UPDATE withdrawals SET note = note || '.' WHERE id = 3")));
    QVERIFY(other.exec(QStringLiteral("UPDATE ledger_accounts SET kind = kind WHERE false")));
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    QTRY_VERIFY(recorder.has(Topic::Withdrawal, QStringLiteral("4")) && recorder.has(Topic::Ledger, QString()));
    QTest::qWait(200);
    QCOMPARE(recorder.count(Topic::Withdrawal), 2);
    QCOMPARE(recorder.count(Topic::Ledger), 1);
    QCOMPARE(listening.count(), 1); // heard once, never lost
}

void TestChangeFeed::ownChangesAndRollbacksAreNotHeard()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (!t.isPostgres())
        QSKIP("the feed between processes is PostgreSQL's");
    auto db = t.open();
    QVERIFY(db);
    SystemClock clock;
    QVERIFY(addDemoData(*db, clock));
    ChangeNotifier notifier;
    Recorder recorder(notifier);
    ChangeListener listener(*db, notifier);
    QVERIFY(listener.start());

    // This process's own change: its services announce it themselves.
    QSqlQuery own(db->connection());
    QVERIFY(own.exec(QStringLiteral("UPDATE withdrawals SET note = 'mine' WHERE id = 4")));
    Stranger other(*db);
    QVERIFY(other.exec(QStringLiteral("BEGIN")));
    QVERIFY(other.exec(QStringLiteral("UPDATE withdrawals SET note = 'never' WHERE id = 5")));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    // A marker after both, from elsewhere: once it is heard, the others
    // would have been too.
    QVERIFY(other.exec(QStringLiteral("UPDATE withdrawals SET note = note WHERE id = 1")));
    QTRY_VERIFY(recorder.has(Topic::Withdrawal, QStringLiteral("1")));
    QVERIFY(!recorder.has(Topic::Withdrawal, QStringLiteral("4")));
    QVERIFY(!recorder.has(Topic::Withdrawal, QStringLiteral("5")));
    QCOMPARE(listener.heard(), quint64(1));
}

void TestChangeFeed::hearsAgainAfterTheConnectionDrops()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (!t.isPostgres())
        QSKIP("the feed between processes is PostgreSQL's");
    auto db = t.open();
    QVERIFY(db);
    SystemClock clock;
    QVERIFY(addDemoData(*db, clock));
    ChangeNotifier notifier;
    Recorder recorder(notifier);
    ChangeListener listener(*db, notifier);
    QSignalSpy listening(&listener, &ChangeListener::listeningChanged);
    QVERIFY(listener.start());
    listening.clear();

    // The server ends every session of this process (a restart, a network
    // cut): the listener notices, reconnects, and asks for a full re-read.
    Stranger admin(*db, QStringLiteral("dba"));
    QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'")
                           .arg(Database::processOrigin())));
    QTRY_VERIFY_WITH_TIMEOUT(listening.count() >= 2, 10000);
    QCOMPARE(listening.at(0).at(0).toBool(), false);
    QCOMPARE(listening.last().at(0).toBool(), true);
    QVERIFY(listener.isListening());
    QTRY_VERIFY(recorder.has(Topic::Withdrawal, QString()));
    QTRY_VERIFY(recorder.has(Topic::Ledger, QString()));
    recorder.heard.clear();
    Stranger other(*db);
    QVERIFY(other.exec(QStringLiteral("UPDATE withdrawals SET note = 'after' WHERE id = 2")));
    QTRY_VERIFY(recorder.has(Topic::Withdrawal, QStringLiteral("2")));
}

void TestChangeFeed::aBulkCopyIsAnnouncedOncePerTopic()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    if (!t.isPostgres()) {
        // Nothing to tell on SQLite, and nothing written.
        QSqlDatabase c = db->connection();
        QVERIFY(announceEveryTopic(c, db->dialect()));
        return;
    }
    ChangeNotifier notifier;
    Recorder recorder(notifier);
    ChangeListener listener(*db, notifier);
    QVERIFY(listener.start());

    // What DatabaseCopier runs in its transaction after a copy, here in
    // another process's.
    Stranger copier(*db, QStringLiteral("exctl-migrate"));
    QVERIFY(copier.isOpen());
    QSqlDatabase c = copier.connection();
    QVERIFY(copier.exec(QStringLiteral("BEGIN")));
    QVERIFY(announceEveryTopic(c, db->dialect()));
    QTest::qWait(200);
    QVERIFY(recorder.heard.empty()); // nothing before the commit
    QVERIFY(copier.exec(QStringLiteral("COMMIT")));

    const QMetaEnum topics = QMetaEnum::fromType<Topic>();
    QTRY_COMPARE(recorder.heard.size(), static_cast<size_t>(topics.keyCount()));
    for (int i = 0; i < topics.keyCount(); ++i) {
        const auto topic = static_cast<Topic>(topics.value(i));
        QCOMPARE(recorder.count(topic), 1);
        QVERIFY(recorder.has(topic, QString()));
    }
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
