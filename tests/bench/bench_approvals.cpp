// Withdrawal approvals under contention, on SQLite and PostgreSQL: T
// approvers (threads, each with its own Database connection, ledger, audit
// log and WithdrawalService) go through the same queue of N withdrawals
// under review in the same order, so they meet on every one of them. Each
// decision locks the withdrawal; the first approval (the first two under
// four eyes) wins and the others are refused naming who decided. Prints
// withdrawals approved per second, attempts per second and the refusals,
// and checks the outcome (every withdrawal approved, exactly the expected
// number of refusals, each naming an approver).
//
//   bench_approvals [--pg URL] [--quick] [--threads T] [--withdrawals N]

#include "core/base/systemclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/schema.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testoperators.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cstdio>
#include <thread>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

constexpr int kCustomers = 100;
const std::string kDestination = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";

Amount eth(const char *text)
{
    return Amount::parse(text, 18).value();
}

struct Figures {
    int approved = 0;  // withdrawals that ended approved
    int successes = 0; // approve() calls that succeeded (two per withdrawal under four eyes)
    int refusals = 0;  // refused naming who decided
    int failures = 0;  // anything else
    double seconds = 0;
};

// N withdrawals under review (over the 24h limit), spread over customers so
// that each request's limit check reads a short history.
std::vector<std::int64_t> queue(Database &db, int n, const std::string &tag)
{
    SystemClock clock;
    const Actor admin = Actor::cli("bench");
    ledger::LedgerService books(db, clock);
    security::AuditLog audit(db, clock);
    WithdrawalService service(db, clock, books, audit);
    std::vector<std::int64_t> customers;
    for (int c = 0; c < kCustomers; ++c) {
        auto added = CustomerRepository(db.connection()).add(QStringLiteral("Bench %1 %2").arg(QString::fromStdString(tag)).arg(c),
                                                             QString(), clock.nowMs());
        if (!added)
            return {};
        customers.push_back(added.value().id);
        if (!books.submit(ledger::TransferRequest::posted("bench:" + tag + ":" + std::to_string(c), ledger::TransferCode::Deposit,
                                                           ledger::walletAccount(ledger::owner::HotWallet, "ETH"),
                                                           ledger::customerAccount(added.value().id, "ETH"), eth("1000000"))))
            return {};
    }
    std::vector<std::int64_t> ids;
    for (int i = 0; i < n; ++i) {
        auto r = service.request(admin, customers[static_cast<size_t>(i % kCustomers)], "ETH", kDestination, eth("2"));
        if (!r || r.value().state != WithdrawalState::UnderReview) {
            std::fprintf(stderr, "bench: a withdrawal could not be queued: %s\n",
                         r ? "not under review" : r.error().message.c_str());
            return {};
        }
        ids.push_back(r.value().id);
    }
    return ids;
}

Figures contend(const QString &url, const std::vector<std::int64_t> &ids, int threads)
{
    std::atomic<int> successes{0}, refusals{0}, failures{0};
    std::barrier start(threads + 1);
    std::barrier done(threads + 1);
    std::vector<std::thread> approvers;
    for (int t = 0; t < threads; ++t) {
        approvers.emplace_back([&, t] {
            auto db = Database::open(url);
            if (!db) {
                failures += static_cast<int>(ids.size());
                start.arrive_and_wait();
                done.arrive_and_wait();
                return;
            }
            {
                SystemClock clock;
                ledger::LedgerService books(*db.value(), clock);
                security::AuditLog audit(*db.value(), clock);
                WithdrawalService service(*db.value(), clock, books, audit);
                Actor me = Actor::fromOperator(100 + t, "approver" + std::to_string(t), Role::Approver);
                me.secondFactor = true;
                (void)db.value()->connection(); // opened before the clock starts
                start.arrive_and_wait();
                for (std::int64_t id : ids) {
                    auto r = service.approve(me, id);
                    if (r)
                        ++successes;
                    else if (r.error().message.find(" was already approved by ") != std::string::npos)
                        ++refusals;
                    else {
                        if (failures++ < 3)
                            std::fprintf(stderr, "bench: %s\n", r.error().message.c_str());
                    }
                }
                done.arrive_and_wait();
            }
            db.value()->releaseThreadConnection();
        });
    }
    QElapsedTimer timer;
    start.arrive_and_wait();
    timer.start();
    done.arrive_and_wait();
    Figures f;
    f.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    for (std::thread &t : approvers)
        t.join();
    f.successes = successes;
    f.refusals = refusals;
    f.failures = failures;
    return f;
}

int approvedAmong(Database &db, const std::vector<std::int64_t> &ids)
{
    if (ids.empty())
        return 0;
    auto q = sql::run(db.connection(), QStringLiteral("SELECT COUNT(*) FROM withdrawals WHERE state = 'approved' AND id BETWEEN ? AND ?"),
                      {QVariant::fromValue<qint64>(ids.front()), QVariant::fromValue<qint64>(ids.back())});
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

void report(const char *what, const Figures &f, int n, int threads, int approvalsEach)
{
    const int attempts = n * threads;
    const int expectedRefusals = n * (threads - approvalsEach);
    const bool right = f.approved == n && f.successes == n * approvalsEach && f.refusals == expectedRefusals && f.failures == 0;
    std::printf("  %-40s %8.0f approved/s %8.0f attempts/s  %6d refused (expected %d)%s\n", what,
                f.seconds > 0 ? f.approved / f.seconds : 0.0, f.seconds > 0 ? attempts / f.seconds : 0.0, f.refusals,
                expectedRefusals, right ? "" : "  WRONG OUTCOME");
    if (!right)
        std::printf("    approved %d of %d, %d successes, %d other failures\n", f.approved, n, f.successes, f.failures);
}

void run(const char *name, const QString &url, int n, int threads)
{
    auto db = Database::open(url);
    if (!db || !db.value()->migrate(allMigrations())) {
        std::fprintf(stderr, "bench: cannot open %s\n", name);
        return;
    }
    SystemClock clock;
    const Actor admin = testAdmin(*db.value(), "bench"); // money settings are a person's
    if (!exchange::security::AuditedSettings(*db.value(), clock)
             .change(admin, "ETH", {{AssetSetting::WithdrawFee, "0.001"}, {AssetSetting::Limit24h, "1"}, {AssetSetting::Limit72h, "3"}})) {
        std::fprintf(stderr, "bench: cannot set the limits\n");
        return;
    }
    // The approvers as operator rows: every decision reads its operator's
    // role and state again (security/currentauthority.h).
    for (int t = 0; t < threads; ++t) {
        if (!sql::run(db.value()->connection(),
                      QStringLiteral("INSERT INTO operators (id, username, role, password_hash, created_at, updated_at)"
                                     " VALUES (?, ?, 'approver', 'bench', 0, 0)"),
                      {100 + t, QStringLiteral("approver%1").arg(t)})) {
            std::fprintf(stderr, "bench: cannot add the approvers\n");
            return;
        }
    }
    std::printf("%s, %d withdrawals under review\n", name, n);

    const auto alone = queue(*db.value(), n, "alone");
    Figures f = contend(url, alone, 1);
    f.approved = approvedAmong(*db.value(), alone);
    report("1 approver (no contention)", f, n, 1, 1);

    const auto shared = queue(*db.value(), n, "shared");
    f = contend(url, shared, threads);
    f.approved = approvedAmong(*db.value(), shared);
    report((std::to_string(threads) + " approvers on the same queue").c_str(), f, n, threads, 1);

    if (threads >= 2) {
        ledger::LedgerService books(*db.value(), clock);
        security::AuditLog audit(*db.value(), clock);
        if (!WithdrawalService(*db.value(), clock, books, audit).setTwoApproversAbove(admin, "ETH", eth("1"))) {
            std::fprintf(stderr, "bench: cannot set four eyes\n");
            return;
        }
        const auto fourEyes = queue(*db.value(), n, "foureyes");
        f = contend(url, fourEyes, threads);
        f.approved = approvedAmong(*db.value(), fourEyes);
        report((std::to_string(threads) + " approvers, four eyes (2 needed)").c_str(), f, n, threads, 2);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const auto option = [&args](const char *name, const QString &fallback) {
        const auto i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString pgUrl = option("--pg", QString());
    const int threads = std::max(1, option("--threads", QStringLiteral("4")).toInt());
    const int n = std::max(1, option("--withdrawals", quick ? QStringLiteral("300") : QStringLiteral("2000")).toInt());

    std::printf("Approval benchmark (%s): %d approvers, each trying every withdrawal in the same order\n",
                quick ? "quick" : "full", threads);
    QTemporaryDir dir;
    run("SQLite, WAL, synchronous=FULL", QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db")), n, threads);

    if (!pgUrl.isEmpty()) {
        auto admin = Database::open(pgUrl);
        if (admin) {
            (void)sql::execute(admin.value()->connection(), QStringLiteral("DROP DATABASE IF EXISTS approvals_bench"));
            (void)sql::execute(admin.value()->connection(), QStringLiteral("CREATE DATABASE approvals_bench"));
            run("PostgreSQL (local, fsync on)", pgUrl.left(pgUrl.lastIndexOf(u'/') + 1) + QStringLiteral("approvals_bench"), n,
                threads);
        } else {
            std::fprintf(stderr, "bench: cannot reach PostgreSQL\n");
        }
    }
    return 0;
}
