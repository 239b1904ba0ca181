// `exctl migrate` throughput: the demo database plus N ledger transfers
// (deposits to 1,000 customer accounts) in a desktop's SQLite file, copied
// to PostgreSQL (a new database on the server given) and to another SQLite
// file, then proven on both sides (ledger check, audit chain).
//
//   bench_migrate [--pg ADMIN_URL] [--transfers N] [--batch ROWS] [--quick]

#include "core/base/systemclock.h"
#include "core/demo/demodata.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/schema.h"
#include "core/base/systemclock.h"
#include "core/runtime/verifieddatabasecopy.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/trade/demomarket.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace exchange;
using namespace exchange::ledger;

namespace {

bool addTransfers(Database &db, const Clock &clock, int total)
{
    LedgerService ledger(db, clock);
    QRandomGenerator random(42);
    int serial = 0;
    while (serial < total) {
        std::vector<TransferRequest> batch;
        for (int i = 0; i < 1000 && serial < total; ++i) {
            const auto customer = static_cast<std::int64_t>(random.bounded(1000) + 1);
            batch.push_back(TransferRequest::posted("bench:" + std::to_string(++serial), TransferCode::Deposit,
                                                    walletAccount(owner::DepositWallet, "XLM"),
                                                    customerAccount(customer, "XLM"),
                                                    Amount::fromBaseUnits(1 + random.bounded(1'000'000'000))));
        }
        if (!ledger.submitEach(batch).ok())
            return false;
    }
    return true;
}

std::unique_ptr<Database> makeSource(const QString &file, const Clock &clock, int transfers)
{
    auto db = Database::open(QStringLiteral("sqlite://") + file);
    if (!db || !db.value()->migrate(allMigrations()) || !addDemoData(*db.value(), clock) || !trade::addDemoMarket(*db.value(), clock)
        || !addTransfers(*db.value(), clock, transfers))
        return nullptr;
    return std::move(db).value();
}

// A new, empty database on the server of ADMIN_URL; its URL.
QString createPgDatabase(const QString &adminUrl, const QString &name)
{
    auto admin = Database::open(adminUrl);
    if (!admin)
        return {};
    (void)sql::execute(admin.value()->connection(), QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    if (!sql::execute(admin.value()->connection(), QStringLiteral("CREATE DATABASE ") + name))
        return {};
    return adminUrl.left(adminUrl.lastIndexOf(u'/') + 1) + name;
}

void measure(const char *label, Database &source, const QString &targetUrl, const Clock &clock, int batchRows)
{
    auto target = Database::open(targetUrl);
    if (!target) {
        std::fprintf(stderr, "bench_migrate: %s: %s\n", label, target.error().message.c_str());
        return;
    }
    QElapsedTimer timer;
    timer.start();
    VerifiedDatabaseCopy copy(source, *target.value(), clock);
    copy.copier().setBatchRows(batchRows);
    auto report = copy.run();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        std::fprintf(stderr, "bench_migrate: %s: %s\n", label, report.error().message.c_str());
        return;
    }
    std::printf("migrate SQLite -> %-10s %9lld rows (%lld transfers) in %6.2f s, copy and both proofs: %8.0f rows/s\n",
                label, static_cast<long long>(report.value().copy.totalRows),
                static_cast<long long>(report.value().ledgerTransfers), seconds,
                static_cast<double>(report.value().copy.totalRows) / seconds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString pg;
    int transfers = 100'000;
    int batchRows = 0;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--pg" && i + 1 < args.size())
            pg = args.at(++i);
        else if (args.at(i) == u"--transfers" && i + 1 < args.size())
            transfers = args.at(++i).toInt();
        else if (args.at(i) == u"--batch" && i + 1 < args.size())
            batchRows = args.at(++i).toInt();
        else if (args.at(i) == u"--quick")
            transfers = 10'000;
    }
    QTemporaryDir dir;
    SystemClock clock;
    for (const int extra : {0, transfers}) {
        auto source = makeSource(dir.filePath(QStringLiteral("source-%1.db").arg(extra)), clock, extra);
        if (!source) {
            std::fprintf(stderr, "bench_migrate: cannot build the source database\n");
            return 1;
        }
        // One side's proof alone, to tell the copy from the checks in the
        // figures below (each of which proves both sides).
        QElapsedTimer proof;
        proof.start();
        const bool clean = ledger::LedgerChecker(*source, clock).check().ok() && security::AuditLog(*source, clock).verify().ok();
        std::printf("source: the demo database + %d transfers; its ledger check and audit chain alone: %.2f s%s\n", extra,
                    static_cast<double>(proof.nsecsElapsed()) / 1e9, clean ? "" : " (FAILED)");
        measure("SQLite", *source, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("target-%1.db").arg(extra)), clock, batchRows);
        if (!pg.isEmpty()) {
            const QString url = createPgDatabase(pg, QStringLiteral("bench_migrate_%1").arg(extra));
            if (url.isEmpty())
                std::fprintf(stderr, "bench_migrate: cannot create a PostgreSQL database\n");
            else
                measure("PostgreSQL", *source, url, clock, batchRows);
        }
    }
    return 0;
}
