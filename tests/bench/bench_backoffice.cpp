// The back-office API end to end on loopback, from this load generator
// process: `exctl serve --backoffice 127.0.0.1:0` on a durable SQLite
// database (and on PostgreSQL with --pg), a client an admin signed (the demo
// vault's pin), every request signed with Ed25519 as docs/backoffice-api.md
// says (tests/support/backofficetestclient.h, the project's own Ed25519).
//
//   1. signed GET /v1/customers/{id}/balances over C keep-alive connections:
//      requests per second, latency p50/p99 (target: at least 5,000/s);
//   2. signed POST /v1/customers/{id}/withdrawals, each with its own
//      Idempotency-Key, within the asset's limits so that each is accepted
//      (201) and stored durably: per second, p50/p99 (target: at least
//      1,000/s); spread over the web app's customers (kWithdrawingCustomers
//      of them, as an exchange's requests are), so that each limit check
//      reads the short history a customer has; then exactly N withdrawals
//      of those customers are in the database;
//   3. the server again, now with its duties: the webhook deliveries per
//      second of every event so far (the withdrawals' among them) to a
//      receiver in this process (a QTcpServer answering 200).
//
//   bench_backoffice EXCTL [--pg ADMIN_URL] [--gets N] [--withdrawals N]
//                          [--connections C] [--quick]
//
// The requests are signed before each run (timestamps stay well within the
// 60 s the server allows), so the load generator's CPU goes to the sockets.

#include "backofficetestclient.h"
#include "core/base/systemclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/role.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "loopbackdriver.h"
#include "webhooktestreceiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <vector>

using namespace exchange;

namespace {

constexpr char kCustomer[] = "bench:1";
constexpr char kCustomerPath[] = "bench%3A1";
// SEP-0023's example account is the demo exchange's; this one is nobody's.
constexpr char kDestination[] = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";
constexpr double kGetTarget = 5000;
constexpr double kWithdrawalTarget = 1000;
// The customers the withdrawals come from: bench:w0 to bench:w63.
constexpr int kWithdrawingCustomers = 64;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double percentileMs(const std::vector<qint64> &sortedUs, double p)
{
    if (sortedUs.empty())
        return 0;
    return static_cast<double>(sortedUs[static_cast<std::size_t>(p * static_cast<double>(sortedUs.size() - 1))]) / 1000.0;
}

bool check(const ExctlRun &run, const char *what)
{
    if (run.code == 0)
        return true;
    std::fprintf(stderr, "bench: %s failed (%d): %s\n", what, run.code, qPrintable(run.err));
    return false;
}

// The customers the withdrawals come from, each with XLM, written as the
// exchange's own services write them (an operator's exctl per customer
// would wait for two-factor steps).
bool withdrawingCustomers(const QString &url)
{
    auto db = Database::open(url);
    if (!db) {
        std::fprintf(stderr, "bench: %s\n", db.error().message.c_str());
        return false;
    }
    SystemClock clock;
    ledger::LedgerService books(*db.value(), clock);
    const Amount funds = Amount::parse("900", 7).value(); // XLM: 7 decimals (stroops)
    for (int c = 0; c < kWithdrawingCustomers; ++c) {
        const QString externalId = QStringLiteral("bench:w%1").arg(c);
        auto added = CustomerRepository(db.value()->connection()).add(QStringLiteral("Bench withdrawer %1").arg(c), QString(),
                                                                      clock.nowMs(), externalId);
        if (!added) {
            std::fprintf(stderr, "bench: customer %s: %s\n", qPrintable(externalId), added.error().message.c_str());
            return false;
        }
        auto funded = books.submit(ledger::TransferRequest::posted("bench:funds:" + externalId.toStdString(), ledger::TransferCode::Deposit,
                                                                   ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                                   ledger::customerAccount(added.value().id, "XLM"), funds));
        if (!funded) {
            std::fprintf(stderr, "bench: funds of %s: %s\n", qPrintable(externalId), funded.error().message.c_str());
            return false;
        }
    }
    return true;
}

// A database with the demo data, the bench's client (signed by the demo
// admin, whose key the demo vault pins), the receiver's URL as its webhook,
// and a customer with XLM to withdraw.
bool prepare(const QString &url, const BackOfficeTestClient &client, const QString &hookUrl)
{
    if (!check(runExctl(url, {QStringLiteral("init"), QStringLiteral("--demo")}), "exctl init --demo"))
        return false;
    ExctlPeople people(url);
    people.addDemo();
    using security::Role;
    return check(people.as(QStringLiteral("admin"),
                           {QStringLiteral("api-client"), QStringLiteral("add"), QString::fromLatin1(client.name()),
                            QStringLiteral("--public-key"), client.publicKeyHex(), QStringLiteral("--scopes"),
                            QStringLiteral("read,customers,withdrawals")}),
                 "api-client add")
        // Webhook URLs are trusted as the pinned demo admin signs them too.
        && check(people.as(QStringLiteral("admin"), {QStringLiteral("api-client"), QStringLiteral("webhook"), QStringLiteral("add"),
                                                    QString::fromLatin1(client.name()), hookUrl}),
                 "api-client webhook add")
        && check(people.asAnyone(Role::Operator, {QStringLiteral("customer"), QStringLiteral("add"),
                                                 QString::fromLatin1(kCustomer), QStringLiteral("--name"),
                                                 QStringLiteral("Bench Customer")}),
                 "customer add")
        && check(people.asAnyone(Role::Admin, {QStringLiteral("ledger"), QStringLiteral("adjust"), QStringLiteral("--customer"),
                                              QStringLiteral("@") + QString::fromLatin1(kCustomer), QStringLiteral("--asset"),
                                              QStringLiteral("XLM"), QStringLiteral("--amount"), QStringLiteral("900"),
                                              QStringLiteral("--reason"), QStringLiteral("bench: funds to withdraw")}),
                 "ledger adjust")
        && withdrawingCustomers(url);
}

struct Server {
    QProcess process;
    quint16 port = 0;
    QElapsedTimer started;
};

std::unique_ptr<Server> serve(const QString &exctl, const QString &url, const QString &passphraseFile, const QString &journal,
                              bool duties)
{
    auto s = std::make_unique<Server>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXCHANGE_SIGNER_JOURNAL_DIR"), journal);
    s->process.setProcessEnvironment(env);
    s->process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QStringLiteral("--db"), url, QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--backoffice"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--vault-passphrase-file"),
                     passphraseFile};
    if (!duties)
        args << QStringLiteral("--no-duties");
    s->started.start();
    s->process.start(exctl, args);
    const QByteArray prefix = "back office listening on http://127.0.0.1:";
    while (s->port == 0 && s->process.waitForReadyRead(60000)) {
        while (s->process.canReadLine()) {
            const QByteArray line = s->process.readLine();
            if (line.startsWith(prefix))
                s->port = static_cast<quint16>(line.mid(prefix.size()).trimmed().toUInt());
        }
    }
    if (s->port == 0) {
        std::fprintf(stderr, "bench: exctl serve did not start\n");
        return nullptr;
    }
    return s;
}

void stop(Server &s)
{
    s.process.terminate();
    if (!s.process.waitForFinished(15000))
        s.process.kill();
    s.process.waitForFinished(5000);
}

struct Run {
    double seconds = 0;
    std::map<int, int> statuses;
    std::vector<qint64> latencyUs;
};

// Every request over `connections` keep-alive connections, one in flight on each.
Run drive(quint16 port, const std::vector<QByteArray> &requests, int connections)
{
    Run run;
    const std::size_t total = requests.size();
    run.latencyUs.reserve(total);
    std::size_t next = 0;
    std::size_t done = 0;
    LoopbackDriver driver(port);
    QElapsedTimer clock;
    clock.start();
    driver.add(LoopbackTraffic{connections, 1,
                               [&]() -> std::optional<QByteArray> {
                                   if (next >= total)
                                       return std::nullopt;
                                   return requests[next++];
                               },
                               [&](int status, qint64 us) {
                                   ++done;
                                   ++run.statuses[status];
                                   run.latencyUs.push_back(us);
                               },
                               QHostAddress()});
    driver.run([&] { return done >= total; });
    run.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    std::sort(run.latencyUs.begin(), run.latencyUs.end());
    return run;
}

QByteArray statusList(const Run &run)
{
    QByteArray out;
    for (const auto &[status, count] : run.statuses)
        out += (out.isEmpty() ? "" : ", ") + QByteArray::number(count) + " x " + QByteArray::number(status);
    return out;
}

std::optional<qint64> countOf(const QString &url, const QString &query)
{
    auto db = Database::open(url);
    if (!db)
        return std::nullopt;
    auto q = sql::run(db.value()->connection(), query);
    if (!q || !q.value().next())
        return std::nullopt;
    return q.value().value(0).toLongLong();
}

struct Options {
    int gets = 40000;
    int withdrawals = 10000;
    int connections = 32;
};

// The three runs on one database; false when something did not work as it must.
bool benchOn(const char *backend, const QString &exctl, const QString &url, const Options &o, const QTemporaryDir &scratch)
{
    WebhookTestReceiver receiver;
    if (!receiver.listen()) {
        std::fprintf(stderr, "bench: the webhook receiver cannot listen\n");
        return false;
    }
    BackOfficeTestClient client("bench", QByteArray(32, '\x5b'));
    if (!prepare(url, client, receiver.url()))
        return false;
    const QString passphraseFile = scratch.filePath(QStringLiteral("vault-passphrase"));
    QFile file(passphraseFile);
    if (!file.open(QIODevice::WriteOnly) || file.write("demo-vault-passphrase\n") < 0) // the demo's, published
        return false;
    file.close();
    const QString journal = scratch.filePath(QStringLiteral("journal-%1").arg(QLatin1String(backend)));
    bool ok = true;

    auto server = serve(exctl, url, passphraseFile, journal, false);
    if (!server)
        return false;
    std::printf("back office (%s, exctl serve --backoffice, --no-duties): %d connections\n", backend, o.connections);

    const QByteArray balancesPath = QByteArray("/v1/customers/") + kCustomerPath + "/balances";
    std::vector<QByteArray> gets;
    gets.reserve(static_cast<std::size_t>(o.gets));
    for (int i = 0; i < o.gets; ++i)
        gets.push_back(client.request("GET", balancesPath));
    const Run read = drive(server->port, gets, o.connections);
    const double readRate = o.gets / read.seconds;
    std::printf("  signed GET …/balances: %.0f requests/s (target: at least %.0f) %s; %d in %.2f s (%s); "
                "latency (ms) p50 %.2f  p99 %.2f\n",
                readRate, kGetTarget, readRate >= kGetTarget ? "met" : "MISSED", o.gets, read.seconds,
                statusList(read).constData(), percentileMs(read.latencyUs, 0.5), percentileMs(read.latencyUs, 0.99));
    ok = ok && read.statuses.size() == 1 && read.statuses.count(200);

    const QByteArray body = QByteArray("{\"asset\": \"XLM\", \"amount\": \"0.0000001\", \"destination\": \"") + kDestination + "\"}";
    std::vector<QByteArray> posts;
    posts.reserve(static_cast<std::size_t>(o.withdrawals));
    for (int i = 0; i < o.withdrawals; ++i) {
        const QByteArray withdrawalsPath = "/v1/customers/bench%3Aw" + QByteArray::number(i % kWithdrawingCustomers) + "/withdrawals";
        posts.push_back(client.request("POST", withdrawalsPath, body, {{"Idempotency-Key", "bench-order-" + QByteArray::number(i)}}));
    }
    const Run written = drive(server->port, posts, o.connections);
    const double writeRate = o.withdrawals / written.seconds;
    std::printf("  signed POST …/withdrawals (distinct Idempotency-Keys, durable, from %d customers): %.0f requests/s (target: at least %.0f) %s; "
                "%d in %.2f s (%s); latency (ms) p50 %.2f  p99 %.2f\n",
                kWithdrawingCustomers, writeRate, kWithdrawalTarget, writeRate >= kWithdrawalTarget ? "met" : "MISSED", o.withdrawals, written.seconds,
                statusList(written).constData(), percentileMs(written.latencyUs, 0.5), percentileMs(written.latencyUs, 0.99));
    ok = ok && written.statuses.size() == 1 && written.statuses.count(201);
    stop(*server);

    const auto stored = countOf(url, QStringLiteral("SELECT COUNT(*) FROM withdrawals w JOIN customers c ON c.id = w.customer_id"
                                                    " WHERE c.external_id LIKE 'bench:w%'"));
    std::printf("  withdrawals of bench:w* in the database afterwards: %lld (expected exactly %d)\n",
                static_cast<long long>(stored.value_or(-1)), o.withdrawals);
    ok = ok && stored == o.withdrawals;

    // Every event so far, to the receiver, by the leader's duty.
    const auto events = countOf(url, QStringLiteral("SELECT COUNT(*) FROM webhook_events"));
    if (!events)
        return false;
    server = serve(exctl, url, passphraseFile, journal, true);
    if (!server)
        return false;
    const qint64 startedNs = steadyNs();
    std::set<QByteArray> ids;
    std::size_t seen = 0;
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const auto &all = receiver.received();
        for (; seen < all.size(); ++seen)
            ids.insert(all[seen].id);
        if (static_cast<qint64>(ids.size()) >= *events || waited.elapsed() > 300'000)
            QCoreApplication::quit();
    });
    poll.start(20);
    QCoreApplication::exec();
    poll.stop();
    stop(*server);
    const auto &all = receiver.received();
    if (all.empty()) {
        std::fprintf(stderr, "bench: no webhook arrived\n");
        return false;
    }
    // From the first delivery to the one that completed the events.
    qint64 lastNs = all.front().atNs;
    std::set<QByteArray> counted;
    std::size_t deliveries = 0;
    for (const ReceivedWebhook &hook : all) {
        ++deliveries;
        counted.insert(hook.id);
        lastNs = hook.atNs;
        if (static_cast<qint64>(counted.size()) >= *events)
            break;
    }
    const double span = static_cast<double>(lastNs - all.front().atNs) / 1e9;
    std::printf("  webhook deliveries (exctl serve with its duties): %.0f/s; %zu deliveries of %lld events (%d withdrawals'"
                " among them) in %.2f s, the first %.2f s after the server started\n",
                span > 0 ? static_cast<double>(deliveries) / span : 0.0, deliveries, static_cast<long long>(*events),
                o.withdrawals, span, static_cast<double>(all.front().atNs - startedNs) / 1e9);
    return ok && static_cast<qint64>(counted.size()) >= *events;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, beside the server's log
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_backoffice EXCTL [--pg ADMIN_URL] [--gets N] [--withdrawals N] [--connections C] "
                             "[--quick]\n");
        return 2;
    }
    const QString exctl = args.takeFirst();
    Options o;
    QString pg;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--pg") && i + 1 < args.size())
            pg = args[++i];
        else if (args[i] == QStringLiteral("--gets") && i + 1 < args.size())
            o.gets = args[++i].toInt();
        else if (args[i] == QStringLiteral("--withdrawals") && i + 1 < args.size())
            o.withdrawals = args[++i].toInt();
        else if (args[i] == QStringLiteral("--connections") && i + 1 < args.size())
            o.connections = args[++i].toInt();
        else if (args[i] == QStringLiteral("--quick")) {
            o.gets = 10000;
            o.withdrawals = 2000;
        }
    }
    if (o.gets < 1 || o.withdrawals < 1 || o.connections < 1) {
        std::fprintf(stderr, "bench: --gets, --withdrawals and --connections take a positive number\n");
        return 2;
    }

    QTemporaryDir scratch;
    bool ok = benchOn("SQLite, synchronous=FULL", exctl, QStringLiteral("sqlite://") + scratch.filePath(QStringLiteral("bench.db")),
                      o, scratch);
    if (!pg.isEmpty()) {
        const QString name = QStringLiteral("backoffice_bench_%1").arg(QCoreApplication::applicationPid());
        auto server = Database::open(pg);
        if (!server || !sql::execute(server.value()->connection(), QStringLiteral("CREATE DATABASE ") + name)) {
            std::fprintf(stderr, "bench: cannot create a database on PostgreSQL\n");
            return 1;
        }
        ok = benchOn("PostgreSQL (local)", exctl, pg.left(pg.lastIndexOf(u'/') + 1) + name, o, scratch) && ok;
    }
    return ok ? 0 : 1;
}
