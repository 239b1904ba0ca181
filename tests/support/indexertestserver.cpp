#include "indexertestserver.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace {

void collect(const QJsonObject &tx, IndexerTestServer::Record &record)
{
    record.types << tx.value(QStringLiteral("tx-type")).toString();
    record.senders << tx.value(QStringLiteral("sender")).toString();
    const QJsonObject pay = tx.value(QStringLiteral("payment-transaction")).toObject();
    for (const QString &key : {QStringLiteral("receiver"), QStringLiteral("close-remainder-to")}) {
        if (pay.contains(key))
            record.receivers << pay.value(key).toString();
    }
    // The indexer's receiver role takes in the asset receiver and close-to,
    // its sender role the clawed-back account.
    const QJsonObject axfer = tx.value(QStringLiteral("asset-transfer-transaction")).toObject();
    for (const QString &key : {QStringLiteral("receiver"), QStringLiteral("close-to")}) {
        if (axfer.contains(key))
            record.receivers << axfer.value(key).toString();
    }
    if (axfer.contains(QStringLiteral("sender")))
        record.senders << axfer.value(QStringLiteral("sender")).toString();
    for (const QJsonValue inner : tx.value(QStringLiteral("inner-txns")).toArray())
        collect(inner.toObject(), record);
}

// The real token is opaque too; this one carries the position of the last
// transaction served: round (8 bytes) and intra-round offset (4 bytes),
// little-endian, base64url.
QByteArray encodeToken(qint64 round, qint64 intra)
{
    QByteArray bytes(12, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<char>((static_cast<quint64>(round) >> (8 * i)) & 0xff);
    for (int i = 0; i < 4; ++i)
        bytes[8 + i] = static_cast<char>((static_cast<quint64>(intra) >> (8 * i)) & 0xff);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool decodeToken(const QString &token, qint64 *round, qint64 *intra)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 12)
        return false;
    quint64 r = 0, i = 0;
    for (int k = 0; k < 8; ++k)
        r |= static_cast<quint64>(static_cast<unsigned char>(decoded.decoded[k])) << (8 * k);
    for (int k = 0; k < 4; ++k)
        i |= static_cast<quint64>(static_cast<unsigned char>(decoded.decoded[8 + k])) << (8 * k);
    *round = static_cast<qint64>(r);
    *intra = static_cast<qint64>(i);
    return true;
}

QByteArray errorBody(const QByteArray &message)
{
    return "{\"message\":\"" + message + "\"}";
}

} // namespace

namespace {

QByteArray common(qint64 round, qint64 intra, const QByteArray &sender)
{
    const QByteArray r = QByteArray::number(round);
    return "\"close-rewards\":0,\"closing-amount\":0,\"confirmed-round\":" + r + ",\"fee\":1000,\"first-valid\":"
        + QByteArray::number(round - 5) + ",\"intra-round-offset\":" + QByteArray::number(intra) + ",\"last-valid\":"
        + QByteArray::number(round + 995) + ",\"receiver-rewards\":0,\"round-time\":"
        + QByteArray::number(1700000000 + round * 3) + ",\"sender\":\"" + sender + "\",\"sender-rewards\":0";
}

QByteArray paymentFields(const QByteArray &receiver, const QByteArray &amount, const QByteArray &closeTo,
                         const QByteArray &closeAmount)
{
    QByteArray pay = "\"payment-transaction\":{\"amount\":" + amount;
    if (!closeTo.isEmpty())
        pay += ",\"close-amount\":" + closeAmount + ",\"close-remainder-to\":\"" + closeTo + "\"";
    else
        pay += ",\"close-amount\":0";
    return pay + ",\"receiver\":\"" + receiver + "\"}";
}

// As the indexer prints them: keys in order, "close-amount" always, the
// clawed-back account as "sender" only in a clawback.
QByteArray assetTransferFields(const QByteArray &receiver, const QByteArray &assetId, const QByteArray &amount,
                               const QByteArray &closeTo, const QByteArray &closeAmount, const QByteArray &assetSender)
{
    QByteArray axfer = "\"asset-transfer-transaction\":{\"amount\":" + amount + ",\"asset-id\":" + assetId;
    if (!closeTo.isEmpty())
        axfer += ",\"close-amount\":" + closeAmount + ",\"close-to\":\"" + closeTo + "\"";
    else
        axfer += ",\"close-amount\":0";
    axfer += ",\"receiver\":\"" + receiver + "\"";
    if (!assetSender.isEmpty())
        axfer += ",\"sender\":\"" + assetSender + "\"";
    return axfer + "}";
}

QByteArray root(const QByteArray &txid)
{
    return "\"genesis-hash\":\"SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=\",\"genesis-id\":\"mainnet-v1.0\",\"id\":\""
        + txid + "\",\"note\":\"\",\"signature\":{\"sig\":\"" + QByteArray(64, 'A').toBase64() + "\"}";
}

QByteArray joined(const QList<QByteArray> &items)
{
    QByteArray out;
    for (const QByteArray &item : items)
        out += (out.isEmpty() ? "" : ",") + item;
    return out;
}

QByteArray applicationFields()
{
    return "\"application-transaction\":{\"accounts\":[],\"application-args\":[],\"application-id\":1002541853,"
           "\"foreign-apps\":[],\"foreign-assets\":[],\"global-state-schema\":{\"num-byte-slice\":0,\"num-uint\":0},"
           "\"local-state-schema\":{\"num-byte-slice\":0,\"num-uint\":0},\"on-completion\":\"noop\"}";
}

} // namespace

QByteArray IndexerTestServer::payment(const QByteArray &txid, qint64 round, qint64 intra, const QByteArray &sender,
                                      const QByteArray &receiver, const QByteArray &amount, const QByteArray &closeTo,
                                      const QByteArray &closeAmount)
{
    return "{" + common(round, intra, sender) + "," + root(txid) + "," + paymentFields(receiver, amount, closeTo, closeAmount)
        + ",\"tx-type\":\"pay\"}";
}

QByteArray IndexerTestServer::assetTransfer(const QByteArray &txid, qint64 round, qint64 intra, const QByteArray &sender,
                                            const QByteArray &receiver, const QByteArray &assetId, const QByteArray &amount,
                                            const QByteArray &closeTo, const QByteArray &closeAmount,
                                            const QByteArray &assetSender)
{
    return "{" + assetTransferFields(receiver, assetId, amount, closeTo, closeAmount, assetSender) + ","
        + common(round, intra, sender) + "," + root(txid) + ",\"tx-type\":\"axfer\"}";
}

QByteArray IndexerTestServer::innerAssetTransfer(qint64 round, qint64 intra, const QByteArray &sender,
                                                 const QByteArray &receiver, const QByteArray &assetId,
                                                 const QByteArray &amount, const QByteArray &closeTo,
                                                 const QByteArray &closeAmount, const QByteArray &assetSender)
{
    return "{" + assetTransferFields(receiver, assetId, amount, closeTo, closeAmount, assetSender) + ","
        + common(round, intra, sender) + ",\"tx-type\":\"axfer\"}";
}

QByteArray IndexerTestServer::applicationCall(const QByteArray &txid, qint64 round, qint64 intra, const QByteArray &sender,
                                              const QList<QByteArray> &innerTxns)
{
    return "{" + applicationFields() + "," + common(round, intra, sender) + "," + root(txid) + ",\"inner-txns\":["
        + joined(innerTxns) + "],\"tx-type\":\"appl\"}";
}

QByteArray IndexerTestServer::innerPayment(qint64 round, qint64 intra, const QByteArray &sender, const QByteArray &receiver,
                                           const QByteArray &amount, const QByteArray &closeTo, const QByteArray &closeAmount)
{
    return "{" + common(round, intra, sender) + "," + paymentFields(receiver, amount, closeTo, closeAmount)
        + ",\"tx-type\":\"pay\"}";
}

QByteArray IndexerTestServer::innerApplicationCall(qint64 round, qint64 intra, const QByteArray &sender,
                                                   const QList<QByteArray> &innerTxns)
{
    return "{" + applicationFields() + "," + common(round, intra, sender) + ",\"inner-txns\":[" + joined(innerTxns)
        + "],\"tx-type\":\"appl\"}";
}

IndexerTestServer::Record IndexerTestServer::fromJson(const QByteArray &json)
{
    Record record;
    record.json = json;
    const QJsonObject tx = QJsonDocument::fromJson(json).object();
    record.round = tx.value(QStringLiteral("confirmed-round")).toInteger();
    record.intra = tx.value(QStringLiteral("intra-round-offset")).toInteger();
    collect(tx, record);
    return record;
}

IndexerTestServer::IndexerTestServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (buffer->indexOf("\r\n\r\n") < 0)
                    return;
                const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
                buffer->clear();
                serve(socket, requestLine);
            });
        }
    });
}

IndexerTestServer::~IndexerTestServer() = default;

bool IndexerTestServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString IndexerTestServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort());
}

void IndexerTestServer::failFirst(int requests, Failure failure)
{
    m_failFirst = requests;
    m_failure = failure;
}

void IndexerTestServer::serve(QTcpSocket *socket, const QByteArray &requestLine)
{
    const int number = ++m_requests;
    const QUrl url(QString::fromLatin1(requestLine.split(' ').value(1)));
    const QUrlQuery query(url);
    m_queries << query;

    int status = 200;
    QByteArray body;
    if (number <= m_failFirst && m_failure == Failure::Close) {
        socket->abort();
        return;
    }
    if (number <= m_failFirst) {
        status = 500;
        body = errorBody("failed while searching for transaction");
    } else if (url.path() != u"/v2/transactions") {
        status = 404;
        body = errorBody("no such path");
    } else if (m_malformed.count(number)) {
        // Alternately cut short, and whole but without its transactions.
        body = number % 2 ? QByteArray("{\"current-round\":") + QByteArray::number(m_currentRound) + ",\"transactions\":[{\"id\""
                          : QByteArray("{\"current-round\":") + QByteArray::number(m_currentRound) + "}";
    } else if (m_repeat.count(number) && !m_lastBody.isEmpty()) {
        body = m_lastBody;
    } else {
        body = page(query, &status);
        if (status == 200)
            m_lastBody = body;
    }
    const QByteArray reason = status == 200 ? "OK" : status == 404 ? "Not Found" : status == 400 ? "Bad Request" : "Internal Server Error";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " " + reason
                  + "\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    socket->flush();
    socket->disconnectFromHost();
}

QByteArray IndexerTestServer::page(const QUrlQuery &query, int *status)
{
    const QString address = query.queryItemValue(QStringLiteral("address"));
    const QString role = query.queryItemValue(QStringLiteral("address-role"));
    const QString type = query.queryItemValue(QStringLiteral("tx-type"));
    bool ok = true;
    const auto number = [&query, &ok](const QString &name, qint64 fallback) {
        if (!query.hasQueryItem(name))
            return fallback;
        bool good = false;
        const qint64 n = query.queryItemValue(name).toLongLong(&good);
        ok = ok && good && n >= 0;
        return n;
    };
    const qint64 minRound = number(QStringLiteral("min-round"), 0);
    const qint64 maxRound = number(QStringLiteral("max-round"), std::numeric_limits<qint64>::max());
    const qint64 limit = number(QStringLiteral("limit"), m_pageLimit);
    if (!ok || (!role.isEmpty() && role != u"receiver" && role != u"sender" && role != u"freeze-target")) {
        *status = 400;
        return errorBody("invalid input");
    }

    std::vector<const Record *> matches;
    for (const Record &r : m_records) {
        if (r.round < minRound || r.round > maxRound || r.round > m_currentRound)
            continue;
        if (!type.isEmpty() && !r.types.contains(type))
            continue;
        if (!address.isEmpty()) {
            const bool asReceiver = r.receivers.contains(address);
            const bool asSender = r.senders.contains(address);
            if (role == u"receiver" ? !asReceiver : role == u"sender" ? !asSender : role.isEmpty() ? !(asReceiver || asSender) : true)
                continue;
        }
        matches.push_back(&r);
    }
    // As documented: newest first when searching by address.
    const bool newestFirst = !address.isEmpty();
    const auto before = [newestFirst](qint64 ra, qint64 ia, qint64 rb, qint64 ib) {
        return newestFirst ? (ra > rb || (ra == rb && ia > ib)) : (ra < rb || (ra == rb && ia < ib));
    };
    std::sort(matches.begin(), matches.end(),
              [&before](const Record *a, const Record *b) { return before(a->round, a->intra, b->round, b->intra); });

    size_t start = 0;
    if (query.hasQueryItem(QStringLiteral("next"))) {
        qint64 round = 0, intra = 0;
        if (!decodeToken(query.queryItemValue(QStringLiteral("next")), &round, &intra)) {
            *status = 400;
            return errorBody("bad next token");
        }
        while (start < matches.size() && !before(round, intra, matches[start]->round, matches[start]->intra))
            ++start;
        // Overlapping pages, but a server that still ends: once nothing
        // new is left, the page is empty.
        if (start < matches.size())
            start -= std::min(start, static_cast<size_t>(m_overlap));
    }
    const size_t count = std::min(matches.size() - start, static_cast<size_t>(std::min<qint64>(limit, m_pageLimit)));

    QByteArray out = "{\"current-round\":" + QByteArray::number(m_currentRound);
    if (count > 0)
        out += ",\"next-token\":\"" + encodeToken(matches[start + count - 1]->round, matches[start + count - 1]->intra) + "\"";
    out += ",\"transactions\":[";
    for (size_t i = 0; i < count; ++i) {
        if (i)
            out += ',';
        out += matches[start + i]->json;
        if (m_twice)
            out += ',' + matches[start + i]->json;
    }
    out += "]}";
    return out;
}
