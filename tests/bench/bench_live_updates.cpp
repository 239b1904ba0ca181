// How fast a change made in one process reaches the Withdrawals screen's
// model in another, with two consoles and the server attached to one
// PostgreSQL (issue 9). The consoles are two exchange_modelprobe processes
// (the screen's model with the change feed); the server is `exctl serve`;
// this process makes the changes through the services, as a third console
// or the server's duties would.
//
// Latency: from the moment the change is committed here to the moment a
// console's model shows it, on CLOCK_MONOTONIC, which every process shares.
//   - isolated: one approval at a time, the next after both consoles showed
//     it and a quiet spell, as operators work;
//   - burst: cancellations one after the other as fast as they commit,
//     where the models coalesce (at most ten refreshes a second).
//
//   bench_live_updates EXCTL MODELPROBE --pg URL [--quick]

#include "core/ledger/ledgerservice.h"
#include "core/runtime/coreservices.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testoperators.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace exchange;

namespace {

const security::Actor kRequester = security::Actor::cli("bench-requester");
constexpr char kAlgoDestination[] = "7FTHQGTVHHK4TDNAR5YDFGIWJWCAXIR7IW2OQBKSF7K2J6RUXUOUKXWZ4Q";

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// One console: its JSON lines, and when it saw each withdrawal in a state.
class Console
{
public:
    Console(const QString &binary, const QString &db, const QString &name)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, {QStringLiteral("--db"), db, QStringLiteral("--as"), name, QStringLiteral("--page-size"),
                                 QStringLiteral("1000")});
    }
    ~Console()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    void read()
    {
        while (m_process.canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
            const QString event = line.value(QStringLiteral("event")).toString();
            if (event == u"ready")
                m_ready = true;
            else if (event == u"row")
                m_seen[{line.value(QStringLiteral("id")).toInteger(), line.value(QStringLiteral("state")).toString()}] =
                    line.value(QStringLiteral("mono_ns")).toInteger();
        }
    }
    bool waitReady(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!m_ready && t.elapsed() < ms) {
            m_process.waitForReadyRead(50);
            read();
        }
        return m_ready;
    }
    std::optional<qint64> seen(std::int64_t id, const QString &state) const
    {
        auto it = m_seen.find({id, state});
        return it == m_seen.end() ? std::nullopt : std::optional<qint64>(it->second);
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    bool m_ready = false;
    std::map<std::pair<qint64, QString>, qint64> m_seen;
};

struct Figures {
    double median = 0;
    double p99 = 0;
    double max = 0;
    std::size_t count = 0;
};

Figures figuresOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    return {at(0.5), at(0.99), ms.back(), ms.size()};
}

// Waits until every console saw each (id, state); latencies in ms. Reads
// every console's output all along: a console whose pipe is not read
// would block writing and look slow.
bool collect(std::vector<std::unique_ptr<Console>> &consoles, const std::vector<std::pair<std::int64_t, qint64>> &commits,
             const QString &state, std::vector<double> &latencies, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        bool all = true;
        for (auto &console : consoles) {
            console->read();
            for (const auto &[id, committedNs] : commits)
                all = all && console->seen(id, state).has_value();
        }
        if (all)
            break;
        if (t.elapsed() > timeoutMs)
            return false;
        for (auto &console : consoles)
            console->process().waitForReadyRead(1);
    }
    for (auto &console : consoles) {
        for (const auto &[id, committedNs] : commits)
            latencies.push_back(static_cast<double>(*console->seen(id, state) - committedNs) / 1e6);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const qsizetype pgAt = args.indexOf(QStringLiteral("--pg"));
    if (args.size() < 5 || pgAt < 0 || pgAt + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_live_updates EXCTL MODELPROBE --pg URL [--quick]\n");
        return 2;
    }
    const QString exctl = args.at(1);
    const QString probe = args.at(2);
    const QString admin = args.at(pgAt + 1);
    const int changes = quick ? 200 : 1000;

    const QString name = QStringLiteral("live_bench_%1").arg(QCoreApplication::applicationPid());
    {
        auto server = Database::open(admin);
        if (!server || !sql::execute(server.value()->connection(), QStringLiteral("CREATE DATABASE ") + name)) {
            std::fprintf(stderr, "bench: cannot create a database on PostgreSQL\n");
            return 1;
        }
    }
    const QString url = admin.left(admin.lastIndexOf(u'/') + 1) + name;
    {
        QProcess init;
        init.start(exctl, {QStringLiteral("--db"), url, QStringLiteral("init"), QStringLiteral("--demo")});
        if (!init.waitForFinished(120000) || init.exitCode() != 0) {
            std::fprintf(stderr, "bench: exctl init failed\n");
            return 1;
        }
    }
    auto opened = Database::open(url);
    if (!opened)
        return 1;
    CoreServices services(std::move(opened).value());
    const security::Actor approver = testAdmin(services.database(), "bench-approver"); // a person approves
    const std::int64_t customer = 5;
    if (auto funded = services.auditedLedger().adjust(kRequester, customer, "ALGO", Amount::parse("100000000", 6).value(),
                                               "bench: funds to withdraw", "bench-funds");
        !funded) {
        std::fprintf(stderr, "bench: %s\n", funded.error().message.c_str());
        return 1;
    }
    std::vector<std::int64_t> ids;
    for (int i = 0; i < changes; ++i) {
        auto made = services.withdrawals().request(kRequester, customer, "ALGO", kAlgoDestination,
                                                   Amount::parse("25000", 6).value());
        if (!made) {
            std::fprintf(stderr, "bench: %s\n", made.error().message.c_str());
            return 1;
        }
        ids.push_back(made.value().id);
    }

    QProcess serve;
    serve.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    serve.start(exctl, {QStringLiteral("--db"), url, QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0")});
    std::vector<std::unique_ptr<Console>> consoles;
    for (const char *who : {"alice", "bob"})
        consoles.push_back(std::make_unique<Console>(probe, url, QString::fromLatin1(who)));
    for (auto &console : consoles) {
        if (!console->waitReady(30000)) {
            std::fprintf(stderr, "bench: a console did not start\n");
            return 1;
        }
    }

    std::printf("Live updates between processes: PostgreSQL (local), 2 consoles + exctl serve attached, %d changes\n", changes);
    std::vector<double> isolated;
    for (std::int64_t id : ids) {
        if (auto done = services.withdrawals().approve(approver, id); !done) {
            std::fprintf(stderr, "bench: %s\n", done.error().message.c_str());
            return 1;
        }
        const qint64 committed = monotonicNs();
        if (!collect(consoles, {{id, committed}}, QStringLiteral("approved"), isolated, 10000)) {
            std::fprintf(stderr, "bench: withdrawal %lld never reached a console\n", static_cast<long long>(id));
            return 1;
        }
        QThread::msleep(110); // a quiet spell: past the models' coalescing interval
    }
    Figures f = figuresOf(isolated);
    std::printf("  isolated changes (approve, one at a time): median %.1f ms, p99 %.1f ms, max %.1f ms over %zu model updates\n",
                f.median, f.p99, f.max, f.count);

    std::vector<std::pair<std::int64_t, qint64>> commits;
    QElapsedTimer burst;
    burst.start();
    for (std::int64_t id : ids) {
        if (auto done = services.withdrawals().cancel(approver, id); !done) {
            std::fprintf(stderr, "bench: %s\n", done.error().message.c_str());
            return 1;
        }
        commits.emplace_back(id, monotonicNs());
        for (auto &console : consoles) { // keep their pipes flowing
            console->process().waitForReadyRead(0);
            console->read();
        }
    }
    const double perSecond = static_cast<double>(changes) * 1000.0 / static_cast<double>(std::max<qint64>(1, burst.elapsed()));
    std::vector<double> bursty;
    if (!collect(consoles, commits, QStringLiteral("cancelled"), bursty, 60000)) {
        std::fprintf(stderr, "bench: a cancellation never reached a console\n");
        return 1;
    }
    f = figuresOf(bursty);
    std::printf("  burst (cancel back to back, %.0f commits/s): median %.1f ms, p99 %.1f ms, max %.1f ms over %zu model updates\n",
                perSecond, f.median, f.p99, f.max, f.count);
    consoles.clear();
    serve.terminate();
    serve.waitForFinished(10000);
    return 0;
}
