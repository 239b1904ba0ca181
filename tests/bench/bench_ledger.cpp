// Ledger throughput: durable transfers per second on SQLite
// (synchronous=FULL) and PostgreSQL, committed one per transaction and in
// batches of 100 and 1,000, and the in-memory apply path alone.
//
//   bench_ledger [--pg URL] [--quick]
//
// Deposits from the deposit wallet to 1,000 customer accounts chosen by a
// fixed pseudo-random sequence, so runs are comparable.

#include "core/base/systemclock.h"
#include "core/ledger/ledgerengine.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/schema.h"
#include "core/base/systemclock.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace exchange;
using namespace exchange::ledger;

namespace {

constexpr int kCustomers = 1000;

std::vector<TransferRequest> deposits(int count, int &serial, QRandomGenerator &random)
{
    std::vector<TransferRequest> batch;
    batch.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const auto customer = static_cast<std::int64_t>(random.bounded(kCustomers) + 1);
        batch.push_back(TransferRequest::posted("bench:" + std::to_string(++serial), TransferCode::Deposit,
                                                walletAccount(owner::DepositWallet, "XLM"),
                                                customerAccount(customer, "XLM"),
                                                Amount::fromBaseUnits(1 + random.bounded(1'000'000'000))));
    }
    return batch;
}

// Transfers per second through the durable service, `total` transfers in
// batches of `batchSize` (1: one transaction per transfer).
double durable(Database &db, int batchSize, int total, int &serial)
{
    SystemClock clock;
    LedgerService ledger(db, clock);
    QRandomGenerator random(42);
    // Warm up: create every account once, outside the measurement.
    std::vector<TransferRequest> warm;
    for (int c = 1; c <= kCustomers; ++c)
        warm.push_back(TransferRequest::posted("warm:" + std::to_string(serial) + ":" + std::to_string(c),
                                               TransferCode::Deposit, walletAccount(owner::DepositWallet, "XLM"),
                                               customerAccount(c, "XLM"), Amount::fromBaseUnits(1)));
    (void)ledger.submitEach(warm);

    QElapsedTimer timer;
    timer.start();
    int done = 0;
    while (done < total) {
        const int n = std::min(batchSize, total - done);
        auto batch = deposits(n, serial, random);
        if (n == 1) {
            if (!ledger.submit(batch.front()).ok())
                std::fprintf(stderr, "bench: a transfer failed\n");
        } else {
            auto results = ledger.submitEach(batch);
            if (!results.ok())
                std::fprintf(stderr, "bench: a batch failed: %s\n", results.error().message.c_str());
        }
        done += n;
    }
    return total / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

double inMemory(int total)
{
    LedgerEngine engine;
    engine.reserve(kCustomers + 1, 0);
    engine.putAccount(Account{1, walletAccount(owner::DepositWallet, "XLM"), defaultFlags(AccountKind::Wallet), {}, {}, {}, {}});
    for (int c = 0; c < kCustomers; ++c)
        engine.putAccount(Account{c + 2, customerAccount(c + 1, "XLM"), defaultFlags(AccountKind::Customer), {}, {}, {}, {}});
    // Deposit wallet is an unflagged source here: the measurement is the
    // apply path, not the refusal.
    Account source = *engine.account(1);
    source.flags = NoFlags;
    engine.putAccount(source);
    std::vector<Transfer> transfers(static_cast<size_t>(total));
    QRandomGenerator random(7);
    for (int i = 0; i < total; ++i) {
        Transfer &t = transfers[static_cast<size_t>(i)];
        t.id = "m" + std::to_string(i);
        t.kind = TransferKind::Posted;
        t.code = TransferCode::Deposit;
        t.debitAccountId = 1;
        t.creditAccountId = 2 + random.bounded(kCustomers);
        t.asset = "XLM";
        t.amount = Amount::fromBaseUnits(1 + random.bounded(1000));
    }
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (Transfer &t : transfers)
        ok += engine.apply(std::move(t)).ok() ? 1 : 0;
    const double rate = total / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
    if (ok != total)
        std::fprintf(stderr, "bench: %d of %d in-memory transfers failed\n", total - ok, total);
    return rate;
}

void report(const char *what, double rate)
{
    std::printf("  %-44s %12.0f transfers/s\n", what, rate);
    std::fflush(stdout);
}

void runDurable(const char *name, const QString &url, bool quick)
{
    auto db = Database::open(url);
    if (!db || !db.value()->migrate(allMigrations())) {
        std::fprintf(stderr, "bench: cannot open %s\n", name);
        return;
    }
    int serial = 0;
    std::printf("%s\n", name);
    report("one transfer per transaction", durable(*db.value(), 1, quick ? 300 : 2000, serial));
    report("batches of 100", durable(*db.value(), 100, quick ? 5000 : 50000, serial));
    report("batches of 1,000", durable(*db.value(), 1000, quick ? 20000 : 200000, serial));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    QString pgUrl;
    if (const auto i = args.indexOf(QStringLiteral("--pg")); i >= 0 && i + 1 < args.size())
        pgUrl = args.at(i + 1);

    std::printf("Ledger benchmark (%s)\n", quick ? "quick" : "full");
    std::printf("in memory (LedgerEngine::apply, one thread)\n");
    report("apply", inMemory(quick ? 200000 : 2000000));

    QTemporaryDir dir;
    runDurable("SQLite, WAL, synchronous=FULL", QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db")), quick);

    if (!pgUrl.isEmpty()) {
        // A database of its own on the server.
        auto admin = Database::open(pgUrl);
        if (admin) {
            (void)sql::execute(admin.value()->connection(), QStringLiteral("DROP DATABASE IF EXISTS ledger_bench"));
            (void)sql::execute(admin.value()->connection(), QStringLiteral("CREATE DATABASE ledger_bench"));
            runDurable("PostgreSQL (local, fsync on)", pgUrl.left(pgUrl.lastIndexOf(u'/') + 1) + QStringLiteral("ledger_bench"), quick);
        } else {
            std::fprintf(stderr, "bench: cannot reach PostgreSQL\n");
        }
    }
    return 0;
}
