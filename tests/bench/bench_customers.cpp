// The Customers screen's model over 1,000,000 customers on SQLite: time to
// the first rows (first paint, sorted by external id as the screen opens),
// to sort by name and by state, to fetch the next page, and to filter by a
// fragment of the external id (one match: the whole table is read), by a
// common fragment, by a name, by a deposit address and by a Stellar memo.
// Every figure is from the model's request to its loaded() signal, the SQL
// running on the core's aside thread as in the console. The filters and the
// name sort are timed without and with customerSearchSchema's indexes
// (FTS5 trigram, and (name, id)), migration 25: taken off for the first
// round, built again over the rows for the second.
//
//   bench_customers [--quick] [--rows N]
//
// The customers are bulk-inserted in one transaction with one prepared
// statement; every fifth has an Ethereum deposit address and an XLM
// balance (ledger accounts), every other one an email.

#include "core/base/systemclock.h"
#include "core/customers/customersearchschema.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/schema.h"
#include "core/store/database.h"
#include "core/store/dialect.h"
#include "core/store/sql.h"
#include "models/customersmodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace exchange;

namespace {

const char *const kFirst[] = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Katherine",
                              "John", "Margaret", "Dennis", "Ken", "Radia", "Tim", "Hedy", "Claude"};
const char *const kLast[] = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Johnson",
                             "Backus", "Hamilton", "Ritchie", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Shannon"};

QString externalIdOf(int i)
{
    return QStringLiteral("cust-%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString addressOf(int i)
{
    return QStringLiteral("0x%1").arg(static_cast<qulonglong>(i) * 2654435761ULL, 40, 16, QLatin1Char('0'));
}

bool fill(Database &db, int rows, qint64 nowMs)
{
    QSqlDatabase connection = db.connection();
    if (!connection.transaction())
        return false;
    QSqlQuery customer(connection);
    QSqlQuery wallet(connection);
    QSqlQuery account(connection);
    if (!customer.prepare(QStringLiteral("INSERT INTO customers (id, external_id, name, email, state, created_at, updated_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)"))
        || !wallet.prepare(QStringLiteral("INSERT INTO wallets (chain, tier, asset, address, customer_id, derivation_index, created_at)"
                                          " VALUES ('ethereum', 'deposit', 'ETH', ?, ?, ?, ?)"))
        || !account.prepare(QStringLiteral("INSERT INTO ledger_accounts (kind, owner, asset, flags, debits_pending, debits_posted,"
                                           " credits_pending, credits_posted, created_at) VALUES ('customer', ?, 'XLM', 0, ?, ?, ?, ?, ?)"))) {
        std::fprintf(stderr, "prepare failed: %s\n", qPrintable(connection.lastError().text()));
        return false;
    }
    QRandomGenerator random(20261206);
    const QVariant zero = db.dialect().amountToSql(Amount::zero());
    const QVariant noEmail(QMetaType::fromType<QString>());
    for (int i = 1; i <= rows; ++i) {
        const QString name = QStringLiteral("%1 %2 %3")
                                 .arg(QLatin1String(kFirst[random.bounded(16)]), QLatin1String(kLast[random.bounded(16)]))
                                 .arg(i);
        customer.addBindValue(i);
        customer.addBindValue(externalIdOf(i));
        customer.addBindValue(name);
        customer.addBindValue(i % 2 == 0 ? QVariant(QStringLiteral("user%1@example.org").arg(i)) : noEmail);
        customer.addBindValue(i % 97 == 0 ? QStringLiteral("frozen") : QStringLiteral("active"));
        customer.addBindValue(nowMs);
        customer.addBindValue(nowMs);
        if (!customer.exec()) {
            std::fprintf(stderr, "customer %d: %s\n", i, qPrintable(customer.lastError().text()));
            return false;
        }
        if (i % 5 != 0)
            continue;
        wallet.addBindValue(addressOf(i));
        wallet.addBindValue(i);
        wallet.addBindValue(i);
        wallet.addBindValue(nowMs);
        account.addBindValue(QString::number(i));
        account.addBindValue(zero);
        account.addBindValue(zero);
        account.addBindValue(zero);
        account.addBindValue(db.dialect().amountToSql(Amount::fromBaseUnits(static_cast<int128>(1 + random.bounded(1'000'000)) * 10'000'000)));
        account.addBindValue(nowMs);
        if (!wallet.exec() || !account.exec()) {
            std::fprintf(stderr, "wallet or account %d: %s %s\n", i, qPrintable(wallet.lastError().text()),
                         qPrintable(account.lastError().text()));
            return false;
        }
    }
    if (!connection.commit())
        return false;
    return sql::execute(connection, QStringLiteral("ANALYZE")).ok();
}

// Milliseconds from act() to the model's next loaded().
double timed(CustomersModel &model, const std::function<void()> &act)
{
    QEventLoop loop;
    QElapsedTimer timer;
    const auto done = QObject::connect(&model, &CustomersModel::loaded, &loop, &QEventLoop::quit);
    const auto failed = QObject::connect(&model, &CustomersModel::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        loop.quit();
    });
    timer.start();
    act();
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void print(const char *what, double ms, const CustomersModel &model)
{
    const QString first = model.rowCount() > 0 ? model.index(0, CustomersModel::ExternalId).data().toString() : QString();
    std::printf("  %-56s %8.1f ms  (%d rows%s, first %s)%s\n", what, ms, model.rowCount(),
                model.canFetchMore({}) ? " and more" : "", qPrintable(first), ms > 100 ? "  OVER 100 ms" : "");
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
    auto opened = Database::open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("customers.db")));
    if (!opened || !opened.value()->migrate(allMigrations())) {
        std::fprintf(stderr, "bench_customers: could not create the database\n");
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    // Migration 25's search index comes off for the fill and the first
    // round (the schema before it), and is built again for the second.
    for (const char *statement : {"DROP TRIGGER customers_search_insert", "DROP TRIGGER customers_search_delete",
                                  "DROP TRIGGER customers_search_update", "DROP TABLE customers_search",
                                  "DROP INDEX customers_name"}) {
        if (!sql::execute(db->connection(), QString::fromLatin1(statement))) {
            std::fprintf(stderr, "bench_customers: %s failed\n", statement);
            return 1;
        }
    }
    SystemClock clock;
    QElapsedTimer filling;
    filling.start();
    if (!fill(*db, rows, clock.nowMs())) {
        std::fprintf(stderr, "bench_customers: filling failed\n");
        return 1;
    }
    const double fillSeconds = static_cast<double>(filling.nsecsElapsed()) / 1e9;
    db->releaseThreadConnection();

    CoreRuntime runtime;
    CoreServices services(std::move(db));
    std::printf("Customers screen model over %d customers (SQLite, WAL; %d deposit addresses and balances; filled in %.1f s, "
                "one transaction)\n",
                rows, rows / 5, fillSeconds);
    std::unique_ptr<CustomersModel> model;
    double ms = 0;
    {
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        model = std::make_unique<CustomersModel>(runtime, services);
        // As the screen opens: its table sorts by external id.
        model->sort(CustomersModel::ExternalId, Qt::AscendingOrder);
        QObject::connect(model.get(), &CustomersModel::loaded, &loop, &QEventLoop::quit);
        loop.exec();
        ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    CustomersModel &m = *model;
    const int some = rows / 2 + 4242;
    print("first rows, by external id", ms, m);
    print("next page (fetchMore)", timed(m, [&] { m.fetchMore({}); }), m);
    print("sorted by external id, descending", timed(m, [&] { m.sort(CustomersModel::ExternalId, Qt::DescendingOrder); }), m);
    print("sorted by state (frozen first)", timed(m, [&] { m.sort(CustomersModel::State, Qt::DescendingOrder); }), m);
    print("sorted by name (no index on name)", timed(m, [&] { m.sort(CustomersModel::Name, Qt::AscendingOrder); }), m);
    m.sort(CustomersModel::ExternalId, Qt::AscendingOrder);
    const auto filters = [&] {
        print("filter: external id fragment, one match", timed(m, [&] { m.setFilterText(externalIdOf(some).mid(6)); }), m);
        print("filter: a common fragment (\"cust-00001\")", timed(m, [&] { m.setFilterText(QStringLiteral("cust-00001")); }), m);
        print("filter: a name (\"Hopper\")", timed(m, [&] { m.setFilterText(QStringLiteral("Hopper")); }), m);
        print("filter: name and number (\"Hopper 4242\", rare)", timed(m, [&] { m.setFilterText(QStringLiteral("Hopper 4242")); }), m);
        print("filter: an email", timed(m, [&] { m.setFilterText(QStringLiteral("user%1@").arg(some - some % 2)); }), m);
        print("filter: a deposit address", timed(m, [&] { m.setFilterText(addressOf(some - some % 5)); }), m);
        print("filter: the same address checksummed (upper case)", timed(m, [&] {
                  m.setFilterText(addressOf(some - some % 5).toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")));
              }), m);
        print("filter: a Stellar memo (internal id)", timed(m, [&] { m.setFilterText(QString::number(some)); }), m);
        print("filter: nothing matches (\"zzz\")", timed(m, [&] { m.setFilterText(QStringLiteral("zzz")); }), m);
        print("filter: two letters, nothing matches (\"zq\")", timed(m, [&] { m.setFilterText(QStringLiteral("zq")); }), m);
        print("filter cleared", timed(m, [&] { m.setFilterText(QString()); }), m);
    };
    std::printf(" Without customerSearchSchema (the schema before migration 25): every fragment reads the table\n");
    filters();
    {
        // Migration 25's index (customerSearchSchema), built over the rows.
        QElapsedTimer timer;
        timer.start();
        Database *database = &services.database();
        QEventLoop loop;
        runtime.post(
            [database]() -> Result<void> {
                for (const QString &statement : customers::customerSearchSchema(database->dialect())) {
                    if (auto done = sql::execute(database->connection(), statement); !done)
                        return done;
                }
                return {};
            },
            &loop, [&loop](Result<void> done) {
                if (!done)
                    std::fprintf(stderr, "search index failed: %s\n", done.error().message.c_str());
                loop.quit();
            });
        loop.exec();
        std::printf(" With customerSearchSchema (FTS5 trigram and customers_name, built in %.0f ms)\n",
                    static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    filters();
    print("refresh of the rows shown (a change elsewhere)", timed(m, [&] { m.refresh(); }), m);
    print("sorted by name (with customers_name)", timed(m, [&] { m.sort(CustomersModel::Name, Qt::AscendingOrder); }), m);
    print("  … descending", timed(m, [&] { m.sort(CustomersModel::Name, Qt::DescendingOrder); }), m);
    model.reset();
    runtime.stop([&services] { services.database().releaseThreadConnection(); });
    return 0;
}
