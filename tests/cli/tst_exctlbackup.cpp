// `exctl backup` and `exctl restore` as an operator runs them: a backup
// taken while another process's writer keeps committing holds a
// consistent prefix of its writes and passes the ledger check and the
// audit chain; a file is never replaced, an exchange never overwritten; a
// damaged or foreign backup creates nothing; PostgreSQL is explained
// without connecting.

#include "core/ledger/ledgerservice.h"
#include "core/money/amount.h"
#include "core/base/systemclock.h"
#include "core/security/actor.h"
#include "core/security/auditedledger.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "sqlitedamage.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QTest>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include <sys/stat.h>

using namespace exchange;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run exctl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(EXCTL_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString sqliteUrl(const QString &path)
{
    return QStringLiteral("sqlite://") + path;
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

// One column of every row, as text.
QStringList column(const QString &path, const QString &sql)
{
    auto db = Database::open(sqliteUrl(path));
    if (!db)
        return {QStringLiteral("cannot open")};
    QStringList values;
    QSqlQuery query(db.value()->connection());
    if (!query.exec(sql))
        return {QStringLiteral("cannot query")};
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// Commits ledger adjustments "w:1", "w:2", … (each with its audit record,
// in one transaction) on its own thread and connection until stopped.
class Writer final
{
public:
    explicit Writer(QString url) : m_url(std::move(url))
    {
        m_thread = std::thread([this] { loop(); });
    }
    ~Writer() { stop(); }

    int committed() const { return m_committed.load(); }
    QString failure() const { return m_failure; }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void loop()
    {
        auto db = Database::open(m_url);
        if (!db) {
            m_failure = QString::fromStdString(db.error().message);
            return;
        }
        SystemClock clock;
        ledger::LedgerService books(*db.value(), clock);
        security::AuditLog audit(*db.value(), clock);
        security::AuditedLedger ledger(books, audit);
        const auto writer = security::Actor::cli("writer");
        while (!m_stop) {
            const int next = m_committed.load() + 1;
            auto done = ledger.adjust(writer, 2, "XLM", Amount::fromBaseUnits(1), "backup test", "w:" + std::to_string(next));
            if (!done) {
                m_failure = QString::fromStdString(done.error().message);
                break;
            }
            m_committed = next;
            // A busy exchange, not a tight loop: SQLite's lock is not fair,
            // and a writer that takes it again the instant it let go starves
            // every other writer (the backup's own audit record included).
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        db.value()->releaseThreadConnection();
    }

    QString m_url;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_committed{0};
    QString m_failure;
    std::thread m_thread;
};

} // namespace

class TestExctlBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backupWhileAWriterCommits();
    void anExistingFileIsNeverReplaced();
    void aDamagedDatabaseIsNotBackedUp();
    void anOlderSchemaIsBackedUpAsItIs();
    void restoresIntoANewPathOnly();
    void aDamagedOrForeignBackupCreatesNothing();
    void aFolderNamedLikeAUrlWorks();
    void postgresqlIsExplainedWithoutConnecting();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Files in the folder whose name holds ".partial-": none may be left.
    QStringList partials() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden);
    }

    QTemporaryDir m_dir;
    QString m_live;
    QString m_backup;
};

void TestExctlBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_live = path(QStringLiteral("live.db"));
    const Run init = exctl({QStringLiteral("--db"), sqliteUrl(m_live), QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(init.code == 0, qPrintable(init.err));
}

void TestExctlBackup::backupWhileAWriterCommits()
{
    m_backup = path(QStringLiteral("live-backup.db"));
    Writer writer(sqliteUrl(m_live));
    QTRY_VERIFY2_WITH_TIMEOUT(writer.committed() >= 20 || !writer.failure().isEmpty(), "the writer does not commit", 30000);
    QVERIFY2(writer.failure().isEmpty(), qPrintable(writer.failure()));
    const int atStart = writer.committed();
    const Run r = exctl({QStringLiteral("--db"), sqliteUrl(m_live), QStringLiteral("backup"), QStringLiteral("--to"), m_backup});
    const int atEnd = writer.committed();
    // A few more after the backup finished: the snapshot must not hold them.
    QTRY_VERIFY_WITH_TIMEOUT(writer.committed() >= atEnd + 5 || !writer.failure().isEmpty(), 30000);
    writer.stop();
    QVERIFY2(writer.failure().isEmpty(), qPrintable(writer.failure()));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("written to ") + m_backup), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("ledger clean, audit chain intact")), qPrintable(r.out));
    QCOMPARE(modeOf(m_backup), 0600);
    QVERIFY(partials().isEmpty());
    QVERIFY(!QFile::exists(m_backup + QStringLiteral("-wal"))); // one self-contained file

    // A prefix of the writes: w:1 … w:k and nothing after a gap, each with
    // its audit record, and not the writes that came after.
    const QStringList ids = column(m_backup, QStringLiteral("SELECT id FROM ledger_transfers WHERE id LIKE 'w:%'"));
    std::set<int> numbers;
    for (const QString &id : ids)
        numbers.insert(id.mid(2).toInt());
    QVERIFY(!numbers.empty());
    const int k = static_cast<int>(numbers.size());
    QCOMPARE(*numbers.begin(), 1);
    QCOMPARE(*numbers.rbegin(), k);
    QVERIFY2(k >= atStart, "the backup misses writes committed before it started");
    QVERIFY2(k <= atEnd, "the backup holds writes made after it finished");
    qInfo("the backup holds writes 1 to %d of %d (%d when exctl started, %d when it ended)", k, writer.committed(), atStart, atEnd);
    const QStringList records = column(m_backup, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_name = 'cli:writer'"));
    QCOMPARE(records, QStringList{QString::number(k)});

    // The copy is an exchange of its own; exctl's own checks agree.
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(m_backup), QStringLiteral("ledger"), QStringLiteral("check")}).code, 0);
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(m_backup), QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    // And the live database says who wrote which backup.
    const QStringList backups = column(m_live, QStringLiteral("SELECT object_id FROM audit_log WHERE action = 'database.backup'"));
    QVERIFY2(backups == QStringList{m_backup}, qPrintable(r.err));
}

void TestExctlBackup::anExistingFileIsNeverReplaced()
{
    const QString taken = path(QStringLiteral("taken.db"));
    {
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("yesterday's backup");
    }
    const Run r = exctl({QStringLiteral("--db"), sqliteUrl(m_live), QStringLiteral("backup"), QStringLiteral("--to"), taken});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("exists: a backup never replaces a file")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    QFile file(taken);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("yesterday's backup"));
    QVERIFY(partials().isEmpty());
    // Nor the database itself.
    const Run itself = exctl({QStringLiteral("--db"), sqliteUrl(m_live), QStringLiteral("backup"), QStringLiteral("--to"), m_live});
    QCOMPARE(itself.code, 1);
}

void TestExctlBackup::aDamagedDatabaseIsNotBackedUp()
{
    // The copy is proved before it gets the backup's name: a database with
    // a row missing from an index gives no backup that looks sound.
    const QString sick = path(QStringLiteral("sick.db"));
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(sick), QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    const QString damage = sqlitedamage::changeRowBehindIndex(
        sick, QStringLiteral("trade_orders_tx"),
        QStringLiteral("UPDATE trade_orders SET tx_id = tx_id || 'x' WHERE id = (SELECT MIN(id) FROM trade_orders WHERE tx_id IS NOT NULL)"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    const QString file = path(QStringLiteral("sick-backup.db"));
    const Run r = exctl({QStringLiteral("--db"), sqliteUrl(sick), QStringLiteral("backup"), QStringLiteral("--to"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("database damaged: ")) && r.err.contains(QStringLiteral("trade_orders_tx")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("no backup was written")), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
    QVERIFY(partials().isEmpty());
}

void TestExctlBackup::anOlderSchemaIsBackedUpAsItIs()
{
    // A backup taken before an upgrade must be the old version: exctl
    // backup never migrates (every other command would). The newest
    // migration's row is taken away to make the database look older.
    const QString old = path(QStringLiteral("old.db"));
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(old), QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    const QString newest = QStringLiteral("SELECT MAX(version) FROM schema_version");
    const int latest = column(old, newest).value(0).toInt();
    QVERIFY(latest > 1);
    {
        auto db = Database::open(sqliteUrl(old));
        QVERIFY(db);
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(latest)));
    }
    const QString file = path(QStringLiteral("old-backup.db"));
    const Run r = exctl({QStringLiteral("--db"), sqliteUrl(old), QStringLiteral("backup"), QStringLiteral("--to"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("schema version %1 (this build's is %2)").arg(latest - 1).arg(latest)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("were not run")), qPrintable(r.out));
    QCOMPARE(column(old, newest), QStringList{QString::number(latest - 1)});
    QCOMPARE(column(file, newest), QStringList{QString::number(latest - 1)});
}

void TestExctlBackup::restoresIntoANewPathOnly()
{
    QVERIFY2(QFile::exists(m_backup), "needs the backup of backupWhileAWriterCommits");
    const QString restored = path(QStringLiteral("restored.db"));
    const Run r = exctl({QStringLiteral("--db"), sqliteUrl(restored), QStringLiteral("restore"), QStringLiteral("--from"), m_backup});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("ledger clean, audit chain intact")), qPrintable(r.out));
    QCOMPARE(modeOf(restored), 0600);
    QVERIFY(partials().isEmpty());
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(restored), QStringLiteral("ledger"), QStringLiteral("check")}).code, 0);
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(restored), QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    // The same books as the backup, and the restore on record.
    const QString transfers = QStringLiteral("SELECT id FROM ledger_transfers ORDER BY id");
    QCOMPARE(column(restored, transfers), column(m_backup, transfers));
    QCOMPARE(column(restored, QStringLiteral("SELECT object_id FROM audit_log WHERE action = 'database.restore'")),
             QStringList{restored});

    // Never over an exchange: the restored one (with a change since) stays.
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(restored), QStringLiteral("ledger"), QStringLiteral("adjust"),
                    QStringLiteral("--customer"), QStringLiteral("2"), QStringLiteral("--asset"), QStringLiteral("XLM"),
                    QStringLiteral("--amount"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("after restore"),
                    QStringLiteral("--id"), QStringLiteral("after-restore")}).code,
             0);
    const Run again = exctl({QStringLiteral("--db"), sqliteUrl(restored), QStringLiteral("restore"), QStringLiteral("--from"), m_backup});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("restore never replaces an exchange database")), qPrintable(again.err));
    QCOMPARE(column(restored, QStringLiteral("SELECT id FROM ledger_transfers WHERE id = 'after-restore'")),
             QStringList{QStringLiteral("after-restore")});
    QVERIFY(partials().isEmpty());

    // A zero-byte file (made by touch, or by an aborted init) is no exchange.
    const QString empty = path(QStringLiteral("empty.db"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const Run intoEmpty = exctl({QStringLiteral("--db"), sqliteUrl(empty), QStringLiteral("restore"), QStringLiteral("--from"), m_backup});
    QVERIFY2(intoEmpty.code == 0, qPrintable(intoEmpty.err));
    QCOMPARE(column(empty, transfers), column(m_backup, transfers));

    // On a new machine the data folder is not there yet.
    const QString fresh = path(QStringLiteral("new-machine/ExchangeConsole/exchange.db"));
    const Run intoNewFolder = exctl({QStringLiteral("--db"), sqliteUrl(fresh), QStringLiteral("restore"), QStringLiteral("--from"), m_backup});
    QVERIFY2(intoNewFolder.code == 0, qPrintable(intoNewFolder.err));
    QCOMPARE(column(fresh, transfers), column(m_backup, transfers));
}

void TestExctlBackup::aDamagedOrForeignBackupCreatesNothing()
{
    QVERIFY2(QFile::exists(m_backup), "needs the backup of backupWhileAWriterCommits");
    const auto refusedAndNothingMade = [this](const QString &from, const QString &expected) {
        const QString target = path(QStringLiteral("never.db"));
        const Run r = exctl({QStringLiteral("--db"), sqliteUrl(target), QStringLiteral("restore"), QStringLiteral("--from"), from});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was restored")), qPrintable(r.err));
        QVERIFY(!QFile::exists(target));
        QVERIFY(partials().isEmpty());
    };

    // A row changed behind an index's back: sound pages, but the unique
    // index that allows one order per tx_id lost it. Found in the backup,
    // read-only, before anything is created.
    const QString damaged = path(QStringLiteral("damaged.db"));
    QVERIFY(QFile::copy(m_backup, damaged));
    const QString damage = sqlitedamage::changeRowBehindIndex(
        damaged, QStringLiteral("trade_orders_tx"),
        QStringLiteral("UPDATE trade_orders SET tx_id = tx_id || 'x' WHERE id = (SELECT MIN(id) FROM trade_orders WHERE tx_id IS NOT NULL)"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    refusedAndNothingMade(damaged, damaged + QStringLiteral(" is damaged: "));
    if (QTest::currentTestFailed())
        return;

    // Pages overwritten in the middle, as a bad disk or a torn copy leaves them.
    const QString torn = path(QStringLiteral("torn.db"));
    QVERIFY(QFile::copy(m_backup, torn));
    {
        QFile file(torn);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        QVERIFY(file.seek(4 * 4096));
        file.write(QByteArray(3 * 4096, '\xab'));
    }
    refusedAndNothingMade(torn, torn);
    if (QTest::currentTestFailed())
        return;

    const QString text = path(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    refusedAndNothingMade(text, QStringLiteral("not a readable SQLite database"));
    if (QTest::currentTestFailed())
        return;

    // An SQLite database, but some other program's.
    const QString foreign = path(QStringLiteral("foreign.db"));
    {
        auto db = Database::open(sqliteUrl(foreign));
        QVERIFY(db);
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("CREATE TABLE notes (body TEXT)")));
    }
    refusedAndNothingMade(foreign, QStringLiteral("not an Exchange Console database"));
}

void TestExctlBackup::aFolderNamedLikeAUrlWorks()
{
    // The partial copies are opened by URL; a space, '#' or '?' in the
    // folder's name must not cut it short.
    const QString folder = path(QStringLiteral("old disk #2 ?copy"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/backup.db");
    const Run backup = exctl({QStringLiteral("--db"), sqliteUrl(m_live), QStringLiteral("backup"), QStringLiteral("--to"), file});
    QVERIFY2(backup.code == 0, qPrintable(backup.err));
    QVERIFY(QFile::exists(file));
    // --db is a URL the operator writes, so it is percent-encoded there.
    const QString restored = folder + QStringLiteral("/restored.db");
    const QString target = QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(restored, "/"));
    const Run restore = exctl({QStringLiteral("--db"), target, QStringLiteral("restore"), QStringLiteral("--from"), file});
    QVERIFY2(restore.code == 0, qPrintable(restore.err));
    QVERIFY(QFile::exists(restored));
    QVERIFY(QDir(folder).entryList({QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestExctlBackup::postgresqlIsExplainedWithoutConnecting()
{
    // Port 1: nothing listens, so an attempt to connect would fail instead.
    const QString url = QStringLiteral("postgresql://ops:s3cret-pw@127.0.0.1:1/exchange");
    const QString file = path(QStringLiteral("pg.dump"));
    const Run r = exctl({QStringLiteral("--db"), url, QStringLiteral("backup"), QStringLiteral("--to"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("pg_dump --format=custom")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("PITR")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--host=127.0.0.1 --port=1 --username=ops --dbname=exchange")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("s3cret-pw")));
    QVERIFY(!QFile::exists(file));

    const Run restore = exctl({QStringLiteral("--db"), url, QStringLiteral("restore"), QStringLiteral("--from"), m_backup});
    QCOMPARE(restore.code, 1);
    QVERIFY2(restore.err.contains(QStringLiteral("pg_restore")), qPrintable(restore.err));
    QVERIFY(!restore.err.contains(QStringLiteral("s3cret-pw")));
}

void TestExctlBackup::usageErrors()
{
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(m_live), QStringLiteral("backup")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(m_live), QStringLiteral("backup"), QStringLiteral("extra")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("--db"), sqliteUrl(path(QStringLiteral("x.db"))), QStringLiteral("restore")}).code, 2);
    // A missing backup: refused, nothing created.
    const QString target = path(QStringLiteral("x.db"));
    const Run missing = exctl({QStringLiteral("--db"), sqliteUrl(target), QStringLiteral("restore"), QStringLiteral("--from"),
                               path(QStringLiteral("missing.db"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no backup at")));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestExctlBackup)
#include "tst_exctlbackup.moc"
