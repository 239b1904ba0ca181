// The Withdrawals screen's model over 1,000,000 withdrawals on SQLite:
// time to the first rows (first paint) of the review queue and of the
// history, to sort the history by amount, to filter it by state, asset,
// customer, amount and text, to jump to a deep page, and to refresh one
// changed row. Every figure is from the model's request to its loaded()
// signal, the SQL running on the core thread as in the console.
//
//   bench_withdrawals_model [--quick] [--rows N]
//
// The rows are bulk-inserted in one transaction with one prepared
// statement (the demo data's assets and customers plus 10,000 customers;
// the screen's indexes built after the load): mostly history, 0.5% under
// review, a few in processing and in errors.

#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/schema.h"
#include "core/base/systemclock.h"
#include "core/security/actor.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/store/sql.h"
#include "core/withdrawals/withdrawalindexes.h"
#include "core/withdrawals/withdrawalstate.h"
#include "models/operatorsession.h"
#include "models/withdrawalsmodel.h"
#include "testoperators.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace exchange;
using withdrawals::WithdrawalState;

namespace {

constexpr int kExtraCustomers = 10'000;

const char *const kDestinations[] = {
    "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", // XLM
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",               // ETH
    "47YPQTIGQEO7T4Y4RWDYWEKV6RTR2UNBQXBABEEGM72ESWDQNCQ52OPASU", // ALGO
};
const char *const kAssets[] = {"XLM", "ETH", "ALGO"};
const char *const kChains[] = {"stellar", "ethereum", "algorand"};

WithdrawalState stateFor(quint32 roll)
{
    // Per 10,000: 50 under review, 10 approved, 10 processing, 10 broadcast,
    // 5 error, 5 failed, 5 manual payout, 200 rejected, 100 cancelled, the
    // rest succeeded.
    if (roll < 50) return WithdrawalState::UnderReview;
    if (roll < 60) return WithdrawalState::Approved;
    if (roll < 70) return WithdrawalState::Processing;
    if (roll < 80) return WithdrawalState::Broadcast;
    if (roll < 85) return WithdrawalState::Error;
    if (roll < 90) return WithdrawalState::Failed;
    if (roll < 95) return WithdrawalState::ManualPayout;
    if (roll < 295) return WithdrawalState::Rejected;
    if (roll < 395) return WithdrawalState::Cancelled;
    return WithdrawalState::Succeeded;
}

bool fill(Database &db, int rows, std::int64_t nowMs)
{
    {
        UnitOfWork work(db);
        CustomerRepository customers(work.db());
        for (int c = 0; c < kExtraCustomers; ++c) {
            if (!customers.add(QStringLiteral("Bench customer %1").arg(c), QString(), nowMs))
                return false;
        }
        if (!work.commit())
            return false;
    }
    QSqlDatabase connection = db.connection();
    // Bulk load: the screen's indexes are dropped and built again afterwards
    // (each in one sorted pass), as one would load a backup.
    QStringList indexes = withdrawals::withdrawalIndexes(db.dialect()) + withdrawals::withdrawalSearchIndexes(db.dialect());
    for (const QString &create : indexes) {
        const QString name = create.section(u' ', 2, 2);
        if (!sql::execute(connection, QStringLiteral("DROP INDEX ") + name))
            return false;
    }
    if (!connection.transaction())
        return false;
    QSqlQuery q(connection);
    if (!q.prepare(QStringLiteral("INSERT INTO withdrawals (customer_id, asset, chain, destination, amount, fee, state,"
                                  " review_reason, requested_by, requested_at, updated_at, txid, note)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')")))
        return false;
    QRandomGenerator random(20261121);
    const std::int64_t start = nowMs - 90LL * 24 * 3600 * 1000; // 90 days of withdrawals
    const std::int64_t step = (nowMs - start) / rows;
    const QVariant zeroFee = db.dialect().amountToSql(Amount::zero());
    const QVariant noTxid(QMetaType::fromType<QString>());
    for (int i = 0; i < rows; ++i) {
        const int a = static_cast<int>(random.bounded(3));
        const WithdrawalState state = stateFor(random.bounded(10'000));
        // XLM 1 … 20,000; ETH 0.001 … 20; ALGO 1 … 50,000 (whole base units).
        const qint64 whole = a == 0 ? 1 + random.bounded(20'000) : a == 1 ? 1 + random.bounded(20'000) : 1 + random.bounded(50'000);
        const Amount amount = a == 0   ? Amount::fromBaseUnits(static_cast<int128>(whole) * 10'000'000)
                              : a == 1 ? Amount::fromBaseUnits(static_cast<int128>(whole) * 1'000'000'000'000'000)
                                       : Amount::fromBaseUnits(static_cast<int128>(whole) * 1'000'000);
        const std::int64_t at = start + static_cast<std::int64_t>(i) * step;
        q.addBindValue(static_cast<qint64>(1 + random.bounded(6 + kExtraCustomers)));
        q.addBindValue(QString::fromLatin1(kAssets[a]));
        q.addBindValue(QString::fromLatin1(kChains[a]));
        q.addBindValue(QString::fromLatin1(kDestinations[a]));
        q.addBindValue(db.dialect().amountToSql(amount));
        q.addBindValue(zeroFee);
        q.addBindValue(QString::fromLatin1(withdrawals::withdrawalStateName(state)));
        q.addBindValue(state == WithdrawalState::UnderReview ? QStringLiteral("24h: over the limit") : QStringLiteral(""));
        q.addBindValue(QStringLiteral("api"));
        q.addBindValue(static_cast<qint64>(at));
        q.addBindValue(static_cast<qint64>(at + 60'000));
        q.addBindValue(state == WithdrawalState::Succeeded ? QVariant(QStringLiteral("tx%1").arg(i)) : noTxid);
        if (!q.exec()) {
            std::fprintf(stderr, "insert %d failed: %s\n", i, qPrintable(q.lastError().text()));
            return false;
        }
    }
    if (!connection.commit())
        return false;
    for (const QString &create : indexes) {
        if (!sql::execute(connection, create))
            return false;
    }
    return sql::execute(connection, QStringLiteral("ANALYZE")).ok();
}

// Milliseconds from act() to the model's next loaded().
double timed(WithdrawalsModel &model, const std::function<void()> &act)
{
    QEventLoop loop;
    QElapsedTimer timer;
    const auto connection = QObject::connect(&model, &WithdrawalsModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &WithdrawalsModel::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        loop.quit();
    });
    timer.start();
    act();
    loop.exec();
    QObject::disconnect(connection);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void print(const char *what, double ms, const WithdrawalsModel &model)
{
    std::printf("  %-52s %9.1f ms  (%d rows, %s%lld match)\n", what, ms, model.rowCount(),
                model.matchCountIsExact() ? "" : "more than ",
                static_cast<long long>(model.matchCountIsExact() ? model.matchCount() : model.matchCount() - 1));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    int rows = args.contains(QStringLiteral("--quick")) ? 100'000 : 1'000'000;
    if (const int at = static_cast<int>(args.indexOf(QStringLiteral("--rows"))); at > 0 && at + 1 < args.size())
        rows = args.at(at + 1).toInt();

    QTemporaryDir dir;
    auto opened = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("withdrawals.db")));
    if (!opened || !opened.value()->migrate(allMigrations())) {
        std::fprintf(stderr, "bench_withdrawals_model: could not create the database\n");
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    SystemClock clock;
    if (!addDemoData(*db, clock)) {
        std::fprintf(stderr, "bench_withdrawals_model: demo data failed\n");
        return 1;
    }
    QElapsedTimer filling;
    filling.start();
    if (!fill(*db, rows, clock.nowMs())) {
        std::fprintf(stderr, "bench_withdrawals_model: filling failed\n");
        return 1;
    }
    const double fillSeconds = static_cast<double>(filling.nsecsElapsed()) / 1e9;
    db->releaseThreadConnection();

    CoreRuntime runtime;
    CoreServices services(std::move(db));
    OperatorSession session(runtime, services.operators());
    session.actAs(testAdmin(services.database(), "bench"));

    std::printf("Withdrawals screen model over %d withdrawals (SQLite, WAL; filled in %.1f s, one transaction)\n", rows,
                fillSeconds);
    std::unique_ptr<WithdrawalsModel> model;
    double ms = 0;
    {
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        model = std::make_unique<WithdrawalsModel>(runtime, services, session);
        QObject::connect(model.get(), &WithdrawalsModel::loaded, &loop, &QEventLoop::quit);
        loop.exec();
        ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    WithdrawalsModel &m = *model;
    print("first paint: review queue, oldest first", ms, m);
    print("history, newest first", timed(m, [&] { m.setView(WithdrawalsModel::View::History); }), m);
    print("history sorted by amount, largest first", timed(m, [&] { m.sort(WithdrawalsModel::Amount, Qt::DescendingOrder); }), m);
    print("  … smallest first", timed(m, [&] { m.sort(WithdrawalsModel::Amount, Qt::AscendingOrder); }), m);
    print("history sorted by customer", timed(m, [&] { m.sort(WithdrawalsModel::Customer, Qt::AscendingOrder); }), m);
    print("history sorted by state", timed(m, [&] { m.sort(WithdrawalsModel::State, Qt::AscendingOrder); }), m);
    print("history newest first again", timed(m, [&] { m.sort(WithdrawalsModel::Requested, Qt::DescendingOrder); }), m);
    print("filter state = error", timed(m, [&] { m.setStateFilter(WithdrawalState::Error); }), m);
    print("filter state = succeeded", timed(m, [&] { m.setStateFilter(WithdrawalState::Succeeded); }), m);
    print("  … sorted by amount", timed(m, [&] { m.sort(WithdrawalsModel::Amount, Qt::DescendingOrder); }), m);
    print("filter asset = ETH (all states), by amount", timed(m, [&] {
              m.setStateFilter(std::nullopt);
              m.setAssetFilter(std::string("ETH"));
          }), m);
    print("filter ETH amount 10 … 10.5", timed(m, [&] {
              m.setAmountFilter(Amount::fromBaseUnits(static_cast<int128>(10) * 1'000'000'000'000'000'000),
                                Amount::fromBaseUnits(static_cast<int128>(105) * 100'000'000'000'000'000));
          }), m);
    print("filter customer #4242 (all assets), newest first", timed(m, [&] {
              m.setAmountFilter(std::nullopt, std::nullopt);
              m.setAssetFilter(std::nullopt);
              m.sort(WithdrawalsModel::Requested, Qt::DescendingOrder);
              m.setCustomerFilter(4242);
          }), m);
    print("filter text \"Bench customer 4242\" (name)", timed(m, [&] {
              m.setCustomerFilter(std::nullopt);
              m.setTextFilter(QStringLiteral("Bench customer 4242"));
          }), m);
    print("find a TxId (\"tx99999\")", timed(m, [&] { m.setTextFilter(QStringLiteral("tx99999")); }), m);
    print("find an address (Ethereum, lower case: every ETH row)", timed(m, [&] {
              m.setTextFilter(QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
          }), m);
    print("history page 50 (offset 10,000)", timed(m, [&] {
              m.setTextFilter(QString());
              m.setPage(50);
          }), m);
    const int middle = rows / 2 / m.pageSize();
    print(qPrintable(QStringLiteral("history page %1 (offset %2)").arg(middle).arg(middle * m.pageSize())),
          timed(m, [&] { m.setPage(middle); }), m);
    {
        m.setPage(0);
        timed(m, [] {});
        const QString id = QString::number(m.index(3, 0).data(WithdrawalsModel::WithdrawalIdRole).toLongLong());
        print("live update of one row on the page", timed(m, [&] {
                  services.notifier().publish(ChangeNotifier::Topic::Withdrawal, id);
              }), m);
    }
    model.reset();
    runtime.stop([&services] { services.database().releaseThreadConnection(); });
    return 0;
}
