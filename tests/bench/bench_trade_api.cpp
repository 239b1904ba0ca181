// The trade API end to end on loopback, from this load generator process:
// starts `exctl serve --api 127.0.0.1:0` (signature verification and durable
// SQLite storage with synchronous=FULL included; funding lookups answered by
// the testing-only trusting client, since no chain is reachable here), then
// posts pre-signed orders over C keep-alive connections and reports
// orders per second and latency percentiles. Then, on that server with its
// book full, GET /order_book?limit=100 and GET /health requests per second
// over 500 keep-alive connections; and on a fresh server, the same orders
// with a refusal flood beside them (16 KB garbage POST /trade from a few
// connections, several in flight on each), whose orders per second are
// compared with the figure without the flood (issue 18: target at least 80%).
//
//   bench_trade_api EXCTL [--orders N] [--connections C] [--get-connections G]
//                         [--seconds S] [--flood-connections F] [--quick]
//
// Half the orders sell ALGO (Ed25519 signBytes), half sell ETH (secp256k1
// personal_sign), at prices that cross, so matching, derived orders and
// settlement are part of the work.

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/messagesignature.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/crypto/base64.h"
#include "core/crypto/hex.h"
#include "loopbackdriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace exchange;

namespace {

QByteArray makeOrder(int i, const QByteArray &ethKey, const std::string &ethAddr, const QByteArray &algoSeed,
                     const std::string &algoAddr)
{
    const bool sellsAlgo = i % 2 == 0;
    QByteArray tx;
    if (sellsAlgo)
        tx = QByteArray::fromStdString(algorand::encodeTxId(QByteArray::number(i).leftJustified(32, 'a')));
    else
        tx = "0x" + QByteArray::number(i).rightJustified(64, '0');
    // Prices around 2000 ALGO per ETH; sizes vary, so fills are partial.
    const int algo = 100 + (i * 37) % 900;
    const QByteArray payload = sellsAlgo
        ? "{\"sender_pk\": \"" + QByteArray::fromStdString(algoAddr) + "\", \"receiver_pk\": \""
              + QByteArray::fromStdString(ethAddr) + "\", \"buy_currency\": \"Ethereum\", \"sell_currency\": \"Algorand\", "
              "\"buy_amount\": 0." + QByteArray::number(algo * 5 / 10).rightJustified(4, '0') + ", \"sell_amount\": "
              + QByteArray::number(algo * 10) + ", \"tx_id\": \"" + tx + "\"}"
        : "{\"sender_pk\": \"" + QByteArray::fromStdString(ethAddr) + "\", \"receiver_pk\": \""
              + QByteArray::fromStdString(algoAddr) + "\", \"buy_currency\": \"Algorand\", \"sell_currency\": \"Ethereum\", "
              "\"buy_amount\": " + QByteArray::number(algo * 9) + ", \"sell_amount\": 0."
              + QByteArray::number(algo * 5 / 10).rightJustified(4, '0') + ", \"tx_id\": \"" + tx + "\"}";
    const std::string sig = sellsAlgo ? base64::encode(algorand::signBytes(algoSeed, payload))
                                      : "0x" + hex::encode(ethereum::signPersonalMessage(ethKey, payload).value());
    const QByteArray body = "{\"sig\": \"" + QByteArray::fromStdString(sig) + "\", \"payload\": " + payload + "}";
    return "POST /trade HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A 16 KB body that is not an order (a numbered tag, then filler), or an
// unsigned order shape carrying the filler: each one different.
QByteArray makeGarbage(int n, const QByteArray &filler)
{
    constexpr int kBodyBytes = 16 * 1024;
    const QByteArray head = n % 2 == 0 ? "flood-" + QByteArray::number(n) + "-"
                                       : "{\"sig\": \"\", \"payload\": {\"tx_id\": \"flood-" + QByteArray::number(n) + "-";
    const QByteArray tail = n % 2 == 0 ? QByteArray() : QByteArray("\"}}");
    const QByteArray body = head + filler.left(kBodyBytes - head.size() - tail.size()) + tail;
    return "POST /trade HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray get(const char *path)
{
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

struct Server {
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
};

std::unique_ptr<Server> startServer(const QString &exctl)
{
    auto s = std::make_unique<Server>();
    // serve opens only an exchange database that is there, and a new one has
    // no receiving addresses until an admin sets the exchange's own.
    const QString db = QStringLiteral("sqlite://") + s->dir.filePath(QStringLiteral("bench.db"));
    const QString exchangeEth = QString::fromStdString(
        ethereum::checksumAddress(ethereum::addressFromSecretKey(QByteArray(32, '\x21')).value()));
    const QString exchangeAlgo = QString::fromStdString(algorand::addressFromSeed(QByteArray(32, '\x22')));
    for (const QStringList &setup : {QStringList{QStringLiteral("init")},
                                     QStringList{QStringLiteral("trade"), QStringLiteral("address"), QStringLiteral("set"),
                                                 QStringLiteral("--chain"), QStringLiteral("ethereum"), exchangeEth},
                                     QStringList{QStringLiteral("trade"), QStringLiteral("address"), QStringLiteral("set"),
                                                 QStringLiteral("--chain"), QStringLiteral("algorand"), exchangeAlgo}}) {
        if (QProcess::execute(exctl, QStringList{QStringLiteral("--db"), db} + setup) != 0) {
            std::fprintf(stderr, "exctl %s failed\n", qPrintable(setup.join(u' ')));
            return nullptr;
        }
    }
    s->process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    s->process.start(exctl, {QStringLiteral("--db"), db,
                             QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--trust-payments-for-testing")});
    while (s->port == 0 && s->process.waitForReadyRead(30000)) {
        while (s->process.canReadLine()) {
            const QByteArray line = s->process.readLine();
            if (line.startsWith("listening on http://127.0.0.1:"))
                s->port = static_cast<quint16>(line.mid(30).trimmed().toUInt());
        }
    }
    if (s->port == 0) {
        std::fprintf(stderr, "exctl serve did not start\n");
        return nullptr;
    }
    return s;
}

void stopServer(Server &s)
{
    s.process.terminate();
    s.process.waitForFinished(10000);
}

struct OrderRun {
    double seconds = 0;
    int ok = 0;
    std::vector<qint64> latencyUs;
    std::map<int, int> floodStatuses;
    int floodSent = 0;
};

// Every request of `requests` over `connections`, with a flood beside them
// from `floodConnections` connections (0: none) until the last order is answered.
OrderRun placeOrders(quint16 port, const std::vector<QByteArray> &requests, int connections, int floodConnections)
{
    OrderRun run;
    const int total = static_cast<int>(requests.size());
    run.latencyUs.reserve(requests.size());
    int next = 0;
    int done = 0;
    LoopbackDriver driver(port);
    QByteArray filler;
    for (int i = 0; i < 16 * 1024; ++i)
        filler.append(static_cast<char>('a' + QRandomGenerator::global()->bounded(26)));
    if (floodConnections > 0) {
        driver.add(LoopbackTraffic{floodConnections, 4,
                    [&]() -> std::optional<QByteArray> { return makeGarbage(run.floodSent++, filler); },
                    [&](int status, qint64) { ++run.floodStatuses[status]; }, QHostAddress(QStringLiteral("127.0.0.2"))});
    }
    QElapsedTimer clock;
    clock.start();
    driver.add(LoopbackTraffic{connections, 1,
                [&]() -> std::optional<QByteArray> {
                    if (next >= total)
                        return std::nullopt;
                    return requests[static_cast<std::size_t>(next++)];
                },
                [&](int status, qint64 us) {
                    ++done;
                    if (status == 200)
                        ++run.ok;
                    run.latencyUs.push_back(us);
                },
                QHostAddress()});
    driver.run([&] { return done >= total; });
    run.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    std::sort(run.latencyUs.begin(), run.latencyUs.end());
    return run;
}

// One GET over `connections` keep-alive connections for `seconds`: answers per second.
void getLoad(quint16 port, const char *path, int connections, double seconds)
{
    const QByteArray request = get(path);
    int answered = 0;
    int ok = 0;
    std::vector<qint64> latencyUs;
    QElapsedTimer clock;
    clock.start();
    const qint64 until = static_cast<qint64>(seconds * 1e9);
    LoopbackDriver driver(port);
    driver.add(LoopbackTraffic{connections, 1, [&]() -> std::optional<QByteArray> { return request; },
                [&](int status, qint64 us) {
                    ++answered;
                    if (status == 200)
                        ++ok;
                    latencyUs.push_back(us);
                },
                QHostAddress()});
    driver.run([&] { return clock.nsecsElapsed() >= until; });
    const double elapsed = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    std::sort(latencyUs.begin(), latencyUs.end());
    const auto pct = [&](double p) {
        return latencyUs.empty() ? 0.0
                                 : static_cast<double>(latencyUs[static_cast<std::size_t>(p * static_cast<double>(latencyUs.size() - 1))]) / 1000.0;
    };
    std::printf("GET %s: %.0f requests/s over %d keep-alive connections (%d answered in %.1f s, %d not 200); "
                "latency (ms) p50 %.2f  p99 %.2f\n",
                path, static_cast<double>(answered) / elapsed, connections, answered, elapsed, answered - ok, pct(0.5),
                pct(0.99));
}

double percentileMs(const std::vector<qint64> &sortedUs, double p)
{
    if (sortedUs.empty())
        return 0;
    return static_cast<double>(sortedUs[static_cast<std::size_t>(p * static_cast<double>(sortedUs.size() - 1))]) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_trade_api EXCTL [--orders N] [--connections C] [--get-connections G] "
                             "[--seconds S] [--flood-connections F] [--quick]\n");
        return 2;
    }
    const QString exctl = args.takeFirst();
    int total = 20000;
    int connections = 64;
    int getConnections = 500;
    double seconds = 5;
    int floodConnections = 4;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--orders") && i + 1 < args.size())
            total = args[++i].toInt();
        else if (args[i] == QStringLiteral("--connections") && i + 1 < args.size())
            connections = args[++i].toInt();
        else if (args[i] == QStringLiteral("--get-connections") && i + 1 < args.size())
            getConnections = args[++i].toInt();
        else if (args[i] == QStringLiteral("--seconds") && i + 1 < args.size())
            seconds = args[++i].toDouble();
        else if (args[i] == QStringLiteral("--flood-connections") && i + 1 < args.size())
            floodConnections = args[++i].toInt();
        else if (args[i] == QStringLiteral("--quick")) {
            total = 4000;
            seconds = 2;
        }
    }

    const QByteArray ethKey(32, '\x31');
    const QByteArray algoSeed(32, '\x32');
    const std::string ethAddr = ethereum::checksumAddress(ethereum::addressFromSecretKey(ethKey).value());
    const std::string algoAddr = algorand::addressFromSeed(algoSeed);
    std::vector<QByteArray> requests;
    requests.reserve(static_cast<std::size_t>(total));
    for (int i = 0; i < total; ++i)
        requests.push_back(makeOrder(i, ethKey, ethAddr, algoSeed, algoAddr));

    auto server = startServer(exctl);
    if (!server)
        return 1;
    const OrderRun quiet = placeOrders(server->port, requests, connections, 0);
    std::printf("trade API: %d signed orders (half Ed25519, half secp256k1) over %d connections in %.2f s: %d accepted\n",
                total, connections, quiet.seconds, quiet.ok);
    const double quietRate = static_cast<double>(total) / quiet.seconds;
    std::printf("trade API: %.0f orders/s end to end (verify, store durably on SQLite, match, settle)\n", quietRate);
    std::printf("trade API latency (ms): p50 %.2f  p99 %.2f  max %.2f\n", percentileMs(quiet.latencyUs, 0.5),
                percentileMs(quiet.latencyUs, 0.99), percentileMs(quiet.latencyUs, 1.0));

    // Reads, on the book the orders above left.
    getLoad(server->port, "/order_book?limit=100", getConnections, seconds);
    getLoad(server->port, "/health", getConnections, seconds);
    stopServer(*server);

    // The same orders on a fresh server, a refusal flood beside them.
    server = startServer(exctl);
    if (!server)
        return 1;
    const OrderRun flooded = placeOrders(server->port, requests, connections, floodConnections);
    stopServer(*server);
    const double floodedRate = static_cast<double>(total) / flooded.seconds;
    QByteArray statuses;
    for (const auto &[status, count] : flooded.floodStatuses)
        statuses += " " + QByteArray::number(count) + "x" + QByteArray::number(status);
    std::printf("trade API under a refusal flood: %.0f orders/s (%d accepted; p99 %.2f ms) while %d connections sent %d "
                "garbage 16 KB POST /trade (answered:%s)\n",
                floodedRate, flooded.ok, percentileMs(flooded.latencyUs, 0.99), floodConnections, flooded.floodSent,
                statuses.isEmpty() ? " none" : statuses.constData());
    std::printf("trade API under a refusal flood: %.0f%% of the orders/s without it (target: at least 80%%)\n",
                100.0 * floodedRate / quietRate);
    return quiet.ok == total && flooded.ok == total ? 0 : 1;
}
