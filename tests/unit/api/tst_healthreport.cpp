// GET /health of exctl serve: what a monitor reads. The words of each duty
// are there for people; "down" names the duties that should work and do
// not, so that a monitor can alert without parsing the words, and the HTTP
// status follows the database alone.

#include "core/api/healthreport.h"

#include <QJsonArray>
#include <QTest>

using namespace exchange;
using namespace exchange::api;

class TestHealthReport : public QObject
{
    Q_OBJECT
private slots:
    void healthyWithNothingDown();
    void downDutiesAreNamed();
    void withoutTheDatabaseItIsUnavailable();
    void aPrivilegeWarningIsShownButNotUnhealthy();
};

void TestHealthReport::healthyWithNothingDown()
{
    HealthReport report;
    report.databaseOk = true;
    report.schemaVersion = 14;
    report.watchers.insert(QStringLiteral("ethereum"), DutyStatus::running(QStringLiteral("up to date: block 12")));
    report.watchers.insert(QStringLiteral("stellar"), DutyStatus::off(QStringLiteral("not watching: no Horizon URL set")));
    const QJsonObject json = report.toJson();
    QCOMPARE(report.httpStatus(), 200);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("watchers")).toObject().value(QStringLiteral("ethereum")).toString(),
             QStringLiteral("up to date: block 12"));
    // Not configured is not down.
    QCOMPARE(json.value(QStringLiteral("down")).toArray(), QJsonArray());
}

void TestHealthReport::downDutiesAreNamed()
{
    HealthReport report;
    report.databaseOk = true;
    report.watchers.insert(QStringLiteral("ethereum"),
                           DutyStatus::down(QStringLiteral("waiting: connection refused; trying again in 5 s")));
    report.watchers.insert(QStringLiteral("algorand"), DutyStatus::running(QStringLiteral("up to date: round 9")));
    report.payouts.insert(QStringLiteral("algorand"), DutyStatus::down(QStringLiteral("node unreachable")));
    const QJsonObject json = report.toJson();
    // A duty down does not make the process unhealthy: it still serves the
    // API and the other chains; the monitor decides what to do with "down".
    QCOMPARE(report.httpStatus(), 200);
    QCOMPARE(json.value(QStringLiteral("down")).toArray(),
             (QJsonArray{QStringLiteral("ethereum"), QStringLiteral("payouts algorand")}));
    QCOMPARE(json.value(QStringLiteral("payouts")).toObject().value(QStringLiteral("algorand")).toString(),
             QStringLiteral("node unreachable"));
}

void TestHealthReport::withoutTheDatabaseItIsUnavailable()
{
    HealthReport report;
    report.databaseError = QStringLiteral("database unreachable");
    const QJsonObject json = report.toJson();
    QCOMPARE(report.httpStatus(), 503);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("unavailable"));
    QCOMPARE(json.value(QStringLiteral("database")).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("database unreachable"));
}

void TestHealthReport::aPrivilegeWarningIsShownButNotUnhealthy()
{
    HealthReport report;
    report.databaseOk = true;
    QVERIFY(!report.toJson().value(QStringLiteral("database")).toObject().contains(QStringLiteral("warning")));
    report.databaseWarning = QStringLiteral("the database role exchange is a superuser");
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("database")).toObject().value(QStringLiteral("warning")).toString(),
             QStringLiteral("the database role exchange is a superuser"));
    // A weaker control is for people to fix, not a reason to stop serving.
    QCOMPARE(report.httpStatus(), 200);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QStringLiteral("down")).toArray(), QJsonArray());
}

QTEST_GUILESS_MAIN(TestHealthReport)
#include "tst_healthreport.moc"
