// `exctl migrate` as an operator runs it: a desktop's SQLite database (made
// with `exctl init --demo`) into the store of this run; the report, the
// refusals (exit 1, one line, nothing changed), usage errors (exit 2), and
// never a password on the screen.

#include "core/store/databaseurl.h"
#include "testdatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestExctlMigrate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void migratesAndReportsBothSides();
    void usageErrors();
    void aMissingSourceIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_source;
};

void TestExctlMigrate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("desktop.db"));
    const Run init = exctl({QStringLiteral("--db"), m_source, QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(init.code, 0);
}

void TestExctlMigrate::migratesAndReportsBothSides()
{
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    const QStringList args{QStringLiteral("migrate"), QStringLiteral("--from"), m_source, QStringLiteral("--to"), target.url()};
    const Run r = exctl(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("ledger check: clean on both")));
    QVERIFY(r.out.contains(QStringLiteral("entries verified on both")));
    QVERIFY(r.out.contains(QStringLiteral("ledger_transfers")));
    QVERIFY(r.out.contains(QStringLiteral("migrated to")));
    // PostgreSQL: the consoles' role gets its grants on the copy.
    QCOMPARE(r.out.contains(QStringLiteral("the consoles' role exchange_console may")), target.isPostgres());
    const auto url = exchange::DatabaseUrl::parse(target.url());
    QVERIFY(url);
    if (!url.value().password.isEmpty())
        QVERIFY(!(r.out + r.err).contains(url.value().password));

    // The copy is a working database of its own.
    const Run check = exctl({QStringLiteral("--db"), target.url(), QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(check.code, 0);
    const Run audit = exctl({QStringLiteral("--db"), target.url(), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(audit.code, 0);

    // Twice: refused, one line, and the target keeps what it has.
    const Run again = exctl(args);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("not empty")), qPrintable(again.err));
    QCOMPARE(again.err.trimmed().count(u'\n'), 0);
    if (!url.value().password.isEmpty())
        QVERIFY(!(again.out + again.err).contains(url.value().password));
    const Run still = exctl({QStringLiteral("--db"), target.url(), QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(still.code, 0);
    QCOMPARE(still.out, check.out);
}

void TestExctlMigrate::usageErrors()
{
    QCOMPARE(exctl({QStringLiteral("migrate"), QStringLiteral("--from"), m_source}).code, 2);
    QCOMPARE(exctl({QStringLiteral("migrate"), QStringLiteral("--from"), m_source, QStringLiteral("--to"), m_source}).code, 2);
    QCOMPARE(exctl({QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("mysql://x"), QStringLiteral("--to"), m_source}).code, 2);
}

void TestExctlMigrate::aMissingSourceIsRefused()
{
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    const Run r = exctl({QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("sqlite://") + missing,
                         QStringLiteral("--to"), target.url()});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("no exchange database at")));
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestExctlMigrate)
#include "tst_exctlmigrate.moc"
