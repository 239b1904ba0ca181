// The Log of refused requests on a real store (SQLite and PostgreSQL): a row
// keeps the source, endpoint, status, reason, the payload's SHA-256 and its
// first 1 KiB cut on a UTF-8 boundary; a source over the repeat threshold in
// a minute counts on one row while another source is unaffected; the Log is
// pruned by age and by size as it is written; the settings in meta are
// read; and migration 16 shortens old rows keeping their hash and 1 KiB.
#include "core/base/manualclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/runtime/schema.h"
#include "core/store/migrator.h"
#include "core/store/sql.h"
#include "core/trade/tradeservice.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace exchange;
using namespace exchange::trade;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

struct Fixture {
    TestDatabase testDb;
    std::unique_ptr<Database> db = testDb.open();
    ManualClock clock{1700000000000};
    ledger::LedgerService ledger{*db, clock};
    security::AuditLog audit{*db, clock};
    TradeService trades{*db, ledger, clock, audit};
};

Refusal from(const std::string &source, const std::string &payload = "{}")
{
    return Refusal{source, "/trade", 403, "the signature does not match", payload};
}

std::vector<LogEntry> rowsOf(TradeService &trades, const std::string &source)
{
    std::vector<LogEntry> out;
    for (const LogEntry &e : trades.log(100000).value()) {
        if (e.source == source)
            out.push_back(e);
    }
    return out;
}

std::int64_t repeatsOf(const std::vector<LogEntry> &rows)
{
    std::int64_t n = 0;
    for (const auto &e : rows)
        n += e.repeats;
    return n;
}

} // namespace

class TestRefusalLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestDatabase::backendName())); }

    void aRowKeepsWhatAnOperatorNeeds()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        QVERIFY(f.trades.start().ok());
        // 1,023 ASCII bytes, then "é" (2 bytes) across the 1 KiB boundary.
        const std::string payload = std::string(1023, 'a') + "\xC3\xA9" + std::string(15000, 'b');
        QVERIFY(f.trades.logRefusal(Refusal{"203.0.113.7", "/trade", 400, "bad JSON", payload}).ok());
        QVERIFY(f.trades.logRefusal(Refusal{"2001:db8::1", "/cancel", 403, "bad signature", "abc"}).ok());
        const auto rows = f.trades.log(10).value();
        QCOMPARE(rows.size(), std::size_t(2));
        const LogEntry &big = rows.at(1);
        QCOMPARE(big.source, std::string("203.0.113.7"));
        QCOMPARE(big.endpoint, std::string("/trade"));
        QCOMPARE(big.status, 400);
        QCOMPARE(big.reason, std::string("bad JSON"));
        QCOMPARE(big.atMs, f.clock.nowMs());
        QCOMPARE(big.message, std::string(1023, 'a')); // the é would not fit whole
        QCOMPARE(big.payloadBytes, std::int64_t(payload.size()));
        QCOMPARE(QByteArray::fromStdString(big.payloadSha256),
                 QCryptographicHash::hash(QByteArray::fromStdString(payload), QCryptographicHash::Sha256).toHex());
        QCOMPARE(big.repeats, std::int64_t(1));
        const LogEntry &small = rows.at(0);
        QCOMPARE(small.source, std::string("2001:db8::1"));
        QCOMPARE(small.endpoint, std::string("/cancel"));
        QCOMPARE(small.status, 403);
        QCOMPARE(small.message, std::string("abc"));
        // FIPS 180-2's example: SHA-256("abc").
        QCOMPARE(small.payloadSha256, std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

        // The compatible call (no source, endpoint or status) still logs.
        QVERIFY(f.trades.logRefusal("{\"x\": 1}", "unknown payload field x").ok());
        const LogEntry plain = f.trades.log(1).value().front();
        QCOMPARE(plain.message, std::string("{\"x\": 1}"));
        QCOMPARE(plain.reason, std::string("unknown payload field x"));
        QCOMPARE(plain.source, std::string());
        QCOMPARE(plain.status, 0);
    }

    void repeatsFromOneSourceShareARow()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        QVERIFY(f.trades.start().ok());
        RefusalLogPolicy policy = f.trades.refusalLogPolicy();
        policy.repeatThreshold = 3;
        f.trades.setRefusalLogPolicy(policy);
        f.clock.set(1700000040000); // 40 s into a minute
        for (int i = 0; i < 10; ++i) {
            QVERIFY(f.trades.logRefusal(from("198.51.100.1", "flood " + std::to_string(i))).ok());
            if (i < 2)
                QVERIFY(f.trades.logRefusal(from("198.51.100.2")).ok());
            f.clock.advance(1000);
        }
        auto flood = rowsOf(f.trades, "198.51.100.1");
        // Three rows of their own, then one row counting the other seven.
        QCOMPARE(flood.size(), std::size_t(4));
        QCOMPARE(flood.front().repeats, std::int64_t(7));
        QCOMPARE(flood.front().message, std::string("flood 3"));
        for (std::size_t i = 1; i < flood.size(); ++i)
            QCOMPARE(flood[i].repeats, std::int64_t(1));
        QCOMPARE(repeatsOf(flood), std::int64_t(10));
        // Another source below the threshold: a row each.
        const auto other = rowsOf(f.trades, "198.51.100.2");
        QCOMPARE(other.size(), std::size_t(2));
        QCOMPARE(repeatsOf(other), std::int64_t(2));

        // The next minute counts afresh.
        f.clock.set(1700000100000);
        QVERIFY(f.trades.logRefusal(from("198.51.100.1", "next minute")).ok());
        flood = rowsOf(f.trades, "198.51.100.1");
        QCOMPARE(flood.size(), std::size_t(5));
        QCOMPARE(flood.front().message, std::string("next minute"));
        QCOMPARE(flood.front().repeats, std::int64_t(1));
    }

    void prunedByAge()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        QVERIFY(f.trades.start().ok());
        RefusalLogPolicy policy = f.trades.refusalLogPolicy();
        policy.maxAgeMs = 30 * kDay;
        f.trades.setRefusalLogPolicy(policy);
        QVERIFY(f.trades.logRefusal(from("a", "day 0")).ok());
        f.clock.advance(20 * kDay);
        QVERIFY(f.trades.logRefusal(from("b", "day 20")).ok());
        QCOMPARE(f.trades.log(100).value().size(), std::size_t(2));
        // The first write after the prune interval prunes: day 0 is now
        // more than 30 days ago.
        f.clock.advance(11 * kDay);
        QVERIFY(f.trades.logRefusal(from("c", "day 31")).ok());
        const auto rows = f.trades.log(100).value();
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows.at(0).message, std::string("day 31"));
        QCOMPARE(rows.at(1).message, std::string("day 20"));
        // A pass also runs when asked (exctl, a timer).
        f.clock.advance(20 * kDay);
        QVERIFY(f.trades.logRefusal(from("d", "day 51")).ok());
        f.clock.advance(1000);
        QVERIFY(f.trades.logRefusal(from("e", "day 51, a second later")).ok());
        QCOMPARE(f.trades.log(100).value().size(), std::size_t(3)); // day 51's first write pruned day 20
        f.clock.advance(29 * kDay);
        auto pruned = f.trades.pruneLog();
        QVERIFY(pruned.ok());
        QCOMPARE(pruned.value().byAge, 1); // day 31
        QCOMPARE(f.trades.log(100).value().size(), std::size_t(2));
    }

    void prunedBySize()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        QVERIFY(f.trades.start().ok());
        RefusalLogPolicy policy = f.trades.refusalLogPolicy();
        policy.repeatThreshold = 1000;
        const std::string payload(2000, 'x');
        const std::int64_t rowSize = RefusalLog::sizeOf(RefusalLog::entryFor(from("s000", payload), 0));
        policy.maxBytes = 20 * rowSize;
        f.trades.setRefusalLogPolicy(policy);
        for (int i = 0; i < 100; ++i) {
            char source[8];
            std::snprintf(source, sizeof source, "s%03d", i);
            QVERIFY(f.trades.logRefusal(from(source, payload)).ok());
        }
        const auto rows = f.trades.log(1000).value();
        // Never more than the budget plus what one interval writes (a
        // hundredth of it, at least a row), and the newest are the ones kept.
        QVERIFY2(std::int64_t(rows.size()) <= 21, std::to_string(rows.size()).c_str());
        QVERIFY(rows.size() >= 10);
        QCOMPARE(rows.front().source, std::string("s099"));
        for (std::size_t i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i].id < rows[i - 1].id);
        char oldest[8];
        std::snprintf(oldest, sizeof oldest, "s%03d", static_cast<int>(100 - rows.size()));
        QCOMPARE(rows.back().source, std::string(oldest));
        auto total = sql::run(f.db->connection(), QStringLiteral("SELECT SUM(size_bytes) FROM trade_log"));
        QVERIFY(total.ok() && total.value().next());
        QVERIFY(total.value().value(0).toLongLong() <= policy.maxBytes + rowSize);
    }

    void settingsComeFromMeta()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        QVERIFY(sql::run(f.db->connection(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '5'), (?, '7'), (?, '2')"),
                         {QString::fromLatin1(RefusalLogPolicy::kRepeatThresholdKey),
                          QString::fromLatin1(RefusalLogPolicy::kMaxAgeDaysKey),
                          QString::fromLatin1(RefusalLogPolicy::kMaxMegabytesKey)})
                    .ok());
        QVERIFY(f.trades.start().ok());
        QCOMPARE(f.trades.refusalLogPolicy().repeatThreshold, 5);
        QCOMPARE(f.trades.refusalLogPolicy().maxAgeMs, 7 * kDay);
        QCOMPARE(f.trades.refusalLogPolicy().maxBytes, std::int64_t(2000000));
        QVERIFY(sql::run(f.db->connection(), QStringLiteral("UPDATE meta SET value = 'lots' WHERE key = ?"),
                         {QString::fromLatin1(RefusalLogPolicy::kMaxAgeDaysKey)})
                    .ok());
        QCOMPARE(f.trades.start().error().code, ErrorCode::InvalidInput);
        // The defaults keep a month within 100 MB.
        QCOMPARE(RefusalLogPolicy().maxAgeMs, 30 * kDay);
        QCOMPARE(RefusalLogPolicy().maxBytes, std::int64_t(100000000));
    }

    void migrationSixteenKeepsHashAndFirstKiB()
    {
        TestDatabase t;
        REQUIRE_TEST_DATABASE(t);
        auto db = t.open(false);
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        // The store as version 15 left it, with rows of the old shape.
        QVERIFY(sql::execute(c, QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
                                               " description TEXT NOT NULL, applied_at BIGINT NOT NULL)")).ok());
        for (const Migration &m : allMigrations().migrations()) {
            if (m.version > 15)
                break;
            for (const QString &statement : m.statements(db->dialect()))
                QVERIFY2(sql::execute(c, statement).ok(), qPrintable(statement));
            QVERIFY(sql::run(c, QStringLiteral("INSERT INTO schema_version VALUES (?, 'old', 0)"), {m.version}).ok());
        }
        // 1,022 bytes, then "€" (3 bytes) across the 1 KiB boundary; a short one; an empty one.
        const QString longText = QString(1022, u'{') + QStringLiteral("€") + QString(5000, u'z');
        const QStringList old{longText, QStringLiteral("{\"sig\": \"nope\"}"), QStringLiteral("")};
        for (const QString &message : old)
            QVERIFY(sql::run(c, QStringLiteral("INSERT INTO trade_log (at, message, reason) VALUES (1700000000000, ?, 'old reason')"),
                             {message}).ok());
        QVERIFY(Migrator(c, db->dialect(), allMigrations()).migrate().ok());
        QCOMPARE(db->schemaVersion().value(), allMigrations().latestVersion());

        ManualClock clock{1700000000000};
        ledger::LedgerService ledger{*db, clock};
        security::AuditLog audit{*db, clock};
        TradeService trades{*db, ledger, clock, audit};
        const auto rows = trades.log(10).value();
        QCOMPARE(rows.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            const LogEntry &e = rows.at(2 - i); // newest first
            const QByteArray whole = old.at(static_cast<qsizetype>(i)).toUtf8();
            QCOMPARE(QByteArray::fromStdString(e.payloadSha256),
                     QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex());
            QCOMPARE(e.payloadBytes, std::int64_t(whole.size()));
            QCOMPARE(e.reason, std::string("old reason"));
            QCOMPARE(e.repeats, std::int64_t(1));
            QCOMPARE(e.atMs, std::int64_t(1700000000000));
        }
        QCOMPARE(rows.at(2).message, std::string(1022, '{'));
        QCOMPARE(rows.at(1).message, std::string("{\"sig\": \"nope\"}"));
        QCOMPARE(rows.at(0).message, std::string());
        // They count towards the size budget too.
        auto sizes = sql::run(c, QStringLiteral("SELECT MIN(size_bytes) FROM trade_log"));
        QVERIFY(sizes.ok() && sizes.value().next());
        QVERIFY(sizes.value().value(0).toLongLong() > 0);
    }
};

QTEST_GUILESS_MAIN(TestRefusalLog)
#include "tst_refusallog.moc"
