// The trade API end to end on loopback, from this load generator process:
// starts `exctl serve --api 127.0.0.1:0` (signature verification and durable
// SQLite storage with synchronous=FULL included; funding lookups answered by
// the testing-only trusting client, since no chain is reachable here), then
// posts pre-signed orders over C keep-alive connections and reports
// orders per second and latency percentiles.
//
//   bench_trade_api EXCTL [--orders N] [--connections C] [--quick]
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

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
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

// One keep-alive connection: one request in flight at a time.
struct Connection {
    QTcpSocket socket;
    QByteArray buffer;
    QElapsedTimer sent;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_trade_api EXCTL [--orders N] [--connections C] [--quick]\n");
        return 2;
    }
    const QString exctl = args.takeFirst();
    int total = 20000;
    int connections = 64;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--orders") && i + 1 < args.size())
            total = args[++i].toInt();
        else if (args[i] == QStringLiteral("--connections") && i + 1 < args.size())
            connections = args[++i].toInt();
        else if (args[i] == QStringLiteral("--quick"))
            total = 4000;
    }

    const QByteArray ethKey(32, '\x31');
    const QByteArray algoSeed(32, '\x32');
    const std::string ethAddr = ethereum::checksumAddress(ethereum::addressFromSecretKey(ethKey).value());
    const std::string algoAddr = algorand::addressFromSeed(algoSeed);
    std::vector<QByteArray> requests;
    requests.reserve(static_cast<std::size_t>(total));
    for (int i = 0; i < total; ++i)
        requests.push_back(makeOrder(i, ethKey, ethAddr, algoSeed, algoAddr));

    QTemporaryDir dir;
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(exctl, {QStringLiteral("--db"), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("bench.db")),
                         QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--trust-payments-for-testing")});
    quint16 port = 0;
    while (port == 0 && server.waitForReadyRead(30000)) {
        const QByteArray line = server.readLine();
        if (line.startsWith("listening on http://127.0.0.1:"))
            port = static_cast<quint16>(line.mid(30).trimmed().toUInt());
    }
    if (port == 0) {
        std::fprintf(stderr, "exctl serve did not start\n");
        return 1;
    }

    std::vector<std::unique_ptr<Connection>> pool;
    std::vector<qint64> latencyUs;
    latencyUs.reserve(static_cast<std::size_t>(total));
    int next = 0;
    int done = 0;
    int ok = 0;
    QElapsedTimer clock;
    auto sendNext = [&](Connection &c) {
        if (next >= total)
            return;
        c.sent.start();
        c.socket.write(requests[static_cast<std::size_t>(next++)]);
    };
    for (int i = 0; i < connections; ++i) {
        auto c = std::make_unique<Connection>();
        Connection *raw = c.get();
        QObject::connect(&raw->socket, &QTcpSocket::readyRead, &app, [&, raw] {
            raw->buffer += raw->socket.readAll();
            for (;;) {
                const qsizetype end = raw->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = raw->buffer.left(end).toLower();
                const qsizetype cl = head.indexOf("content-length:");
                const int length = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
                if (raw->buffer.size() < end + 4 + length)
                    return;
                if (head.startsWith("http/1.1 200"))
                    ++ok;
                raw->buffer.remove(0, end + 4 + length);
                latencyUs.push_back(raw->sent.nsecsElapsed() / 1000);
                if (++done == total) {
                    app.quit();
                    return;
                }
                sendNext(*raw);
            }
        });
        raw->socket.connectToHost(QHostAddress::LocalHost, port);
        if (!raw->socket.waitForConnected(5000)) {
            std::fprintf(stderr, "cannot connect\n");
            return 1;
        }
        pool.push_back(std::move(c));
    }
    clock.start();
    for (auto &c : pool)
        sendNext(*c);
    app.exec();
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    server.terminate();
    server.waitForFinished(5000);

    std::sort(latencyUs.begin(), latencyUs.end());
    auto pct = [&](double p) { return latencyUs[static_cast<std::size_t>(p * static_cast<double>(latencyUs.size() - 1))]; };
    std::printf("trade API: %d signed orders (half Ed25519, half secp256k1) over %d connections in %.2f s: %d accepted\n",
                total, connections, seconds, ok);
    std::printf("trade API: %.0f orders/s end to end (verify, store durably on SQLite, match, settle)\n",
                static_cast<double>(total) / seconds);
    std::printf("trade API latency (ms): p50 %.2f  p99 %.2f  max %.2f\n", static_cast<double>(pct(0.5)) / 1000.0,
                static_cast<double>(pct(0.99)) / 1000.0, static_cast<double>(latencyUs.back()) / 1000.0);
    return ok == total ? 0 : 1;
}
