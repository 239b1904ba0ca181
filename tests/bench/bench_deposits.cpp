// Deposits ingested per second through the Stellar stream path: a local
// server streams Horizon payment records for 1,000 customers' memos; the
// watcher batches them into DepositService on SQLite (WAL,
// synchronous=FULL), each batch committed with its cursor. Measured from
// the first request to the cursor reaching the last record.
//
//   bench_deposits [--quick]

#include "core/base/systemclock.h"
#include "core/deposits/depositservice.h"
#include "core/deposits/stellarwatcher.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/schema.h"
#include "core/base/systemclock.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/walletrepository.h"
#include "ssetestserver.h"
#include "testoperators.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace exchange;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 5000 : 50000;
    const std::string base = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

    QTemporaryDir dir;
    auto opened = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("deposits.db")));
    if (!opened || !opened.value()->migrate(allMigrations()))
        return 1;
    Database &db = *opened.value();
    SystemClock clock;
    {
        UnitOfWork work(db);
        CustomerRepository customers(work.db());
        for (int c = 0; c < 1000; ++c)
            (void)customers.add(QStringLiteral("Customer %1").arg(c), QString(), 1);
        (void)work.commit();
    }
    (void)exchange::security::AuditedSettings(db, clock).change(testAdmin(db, "bench"), "XLM", {{AssetSetting::MinDeposit, "1"}, {AssetSetting::MinCollection, "1"}});
    (void)wallets::WalletRepository(db.connection(), db.dialect())
        .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", base, {}, {}, false, {}, 0}, 1);

    std::vector<SseTestServer::Record> records;
    records.reserve(static_cast<size_t>(count));
    for (int n = 1; n <= count; ++n) {
        const qint64 token = (static_cast<qint64>(1000 + n) << 32) | 1;
        const QByteArray id = QByteArray::number(token);
        records.push_back({token, "{\"id\":\"" + id + "\",\"paging_token\":\"" + id
                                      + "\",\"transaction_successful\":true,\"type\":\"payment\",\"transaction_hash\":\""
                                      + QByteArray::number(n).rightJustified(64, '0')
                                      + "\",\"asset_type\":\"native\",\"from\":\"GSENDER\",\"to\":\"" + QByteArray::fromStdString(base)
                                      + "\",\"amount\":\"" + QByteArray::number(1 + n % 500) + ".5000000\","
                                      + "\"transaction\":{\"memo_type\":\"id\",\"memo\":\"" + QByteArray::number(1 + n % 1000) + "\"}}"});
    }
    const std::string last = std::to_string(records.back().token);
    SseTestServer server(std::move(records));
    if (!server.listen())
        return 1;

    ledger::LedgerService ledger(db, clock);
    security::AuditLog audit(db, clock);
    deposits::DepositService deposits(db, clock, ledger, audit);
    deposits::StellarWatcher watcher(deposits, QUrl(server.url()), base);
    QElapsedTimer timer;
    QObject::connect(&watcher, &deposits::StellarWatcher::batchIngested, &app, [&](int, const QString &cursor) {
        if (cursor.toStdString() != last)
            return;
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        std::printf("Deposit ingestion through the Stellar stream (SQLite, WAL, synchronous=FULL)\n");
        std::printf("  %-44s %12.0f deposits/s  (%d in %.2f s)\n", "stream -> DepositService, cursor durable",
                    count / seconds, count, seconds);
        std::fflush(stdout);
        watcher.stop();
        app.quit();
    });
    timer.start();
    watcher.start();
    QTimer::singleShot(600000, &app, [&] {
        std::fprintf(stderr, "bench_deposits: did not finish in 10 minutes\n");
        app.exit(1);
    });
    return app.exec();
}
