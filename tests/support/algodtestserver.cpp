#include "algodtestserver.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/paymenttransaction.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpSocket>

using namespace exchange;

namespace {

QHttpServerResponse json(const QByteArray &body, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArray("application/json"), body, status);
}

QHttpServerResponse refusal(const QByteArray &message)
{
    return json("{\"message\":\"" + message + "\"}", QHttpServerResponse::StatusCode::BadRequest);
}

QByteArray n(std::uint64_t v)
{
    return QByteArray::number(static_cast<qulonglong>(v));
}

} // namespace

QByteArray AlgodTestServer::genesisHash()
{
    return QCryptographicHash::hash("exchange console test network", QCryptographicHash::Sha256);
}

AlgodTestServer::AlgodTestServer(QObject *parent) : QObject(parent)
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/v2/transactions/params"), Method::Get, [this] {
        return json("{\"consensus-version\":\"https://github.com/algorandfoundation/specs/tree/test\",\"fee\":" + n(m_feePerByte)
                    + ",\"genesis-hash\":\"" + genesisHash().toBase64() + "\",\"genesis-id\":\"" + genesisId().toLatin1()
                    + "\",\"last-round\":" + n(m_lastRound) + ",\"min-fee\":" + n(m_minFee) + "}");
    });
    m_server.route(QStringLiteral("/v2/accounts/<arg>"), Method::Get, [this](const QString &address) {
        if (!algorand::decodeAddress(address.toStdString()))
            return refusal("failed to parse the address");
        const Account a = account(address);
        return json("{\"address\":\"" + address.toLatin1() + "\",\"amount\":" + n(a.amount)
                    + ",\"amount-without-pending-rewards\":" + n(a.amount) + ",\"min-balance\":" + n(a.minBalance)
                    + ",\"pending-rewards\":0,\"rewards\":0,\"round\":" + n(m_lastRound) + ",\"status\":\"Offline\"}");
    });
    m_server.route(QStringLiteral("/v2/transactions"), Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       ++m_posts;
                       // Qt's network access sends a request again, once,
                       // when a kept-alive connection closes on it; so the
                       // first transaction is dropped on every attempt until
                       // another one arrives.
                       if (m_dropPosts > 0 && (m_dropped.isEmpty() || m_dropped == request.body())) {
                           m_dropped = request.body();
                           responder.socket()->abort();
                           return;
                       }
                       m_dropPosts = 0;
                       auto reply = [&responder](const QHttpServerResponse &r) {
                           responder.write(r.data(), r.mimeType(), r.statusCode());
                       };
                       auto tx = algorand::PaymentTransaction::decodeSigned(request.body());
                       if (!tx)
                           return reply(refusal("msgpack decode error"));
                       const algorand::PaymentTransaction &t = tx.value();
                       const QByteArray id = QByteArray::fromStdString(t.id());
                       m_txids.insert(id);
                       if (!t.hasValidSignature())
                           return reply(refusal("At least one signature didn't pass verification"));
                       if (t.genesisHash != genesisHash() || QString::fromStdString(t.genesisId) != genesisId())
                           return reply(refusal("transaction genesis does not match"));
                       if (m_confirmedRound.count(id))
                           return reply(refusal("TransactionPool.Remember: transaction already in ledger: " + id));
                       if (m_pool.count(id))
                           return reply(refusal("TransactionPool.Remember: transaction already in pool: " + id));
                       if (t.firstValid > m_lastRound + 1 || t.lastValid < m_lastRound + 1)
                           return reply(refusal("TransactionPool.Remember: txn dead: round " + n(m_lastRound + 1)
                                                + " outside of " + n(t.firstValid) + "--" + n(t.lastValid)));
                       if (t.fee < m_minFee)
                           return reply(refusal("TransactionPool.Remember: fee too small"));
                       const QString sender = QString::fromStdString(algorand::encodeAddress(t.sender));
                       const Account from = account(sender);
                       std::uint64_t inPool = 0;
                       for (const auto &[_, p] : m_pool)
                           if (p.sender == sender)
                               inPool += p.amount + p.fee;
                       if (from.amount < inPool + t.amount + t.fee || from.amount - inPool - t.amount - t.fee < from.minBalance)
                           return reply(refusal("TransactionPool.Remember: transaction " + id + ": account " + sender.toLatin1()
                                                + " balance below min or overspend"));
                       Pending p;
                       p.sender = sender;
                       p.receiver = QString::fromStdString(algorand::encodeAddress(t.receiver));
                       p.amount = t.amount;
                       p.fee = t.fee;
                       p.lastValid = t.lastValid;
                       m_pool.emplace(id, p);
                       reply(json("{\"txId\":\"" + id + "\"}"));
                   });
    m_server.route(QStringLiteral("/v2/transactions/pending/<arg>"), Method::Get, [this](const QString &txid) {
        const QByteArray id = txid.toLatin1();
        auto pooled = m_pool.find(id);
        if (pooled != m_pool.end() && pooled->second.lastValid < m_lastRound + 1) {
            m_pool.erase(pooled); // dead: algod drops it from the pool
            pooled = m_pool.end();
        }
        if (pooled != m_pool.end() && m_confirmAfter >= 0 && ++pooled->second.polls >= m_confirmAfter
            && pooled->second.lastValid >= m_lastRound) {
            // Into the next block: applied to the balances.
            const Pending p = pooled->second;
            m_pool.erase(pooled);
            m_accounts[p.sender].amount -= p.amount + p.fee;
            m_accounts[p.receiver].amount += p.amount;
            m_confirmedRound[id] = ++m_lastRound;
        }
        if (auto c = m_confirmedRound.find(id); c != m_confirmedRound.end())
            return json("{\"confirmed-round\":" + n(c->second) + ",\"pool-error\":\"\",\"txn\":{}}");
        if (m_pool.count(id))
            return json("{\"pool-error\":\"\",\"txn\":{}}");
        return json("{\"message\":\"txn not found\"}", QHttpServerResponse::StatusCode::NotFound);
    });
    m_server.route(QStringLiteral("/v2/assets/<arg>"), Method::Get, [this](const QString &text) {
        ++m_assetReads;
        bool ok = false;
        const std::uint64_t id = text.toULongLong(&ok);
        if (!ok)
            return refusal("failed to parse the asset id");
        const auto it = m_assets.find(id);
        if (it == m_assets.end())
            return json("{\"message\":\"asset does not exist\"}", QHttpServerResponse::StatusCode::NotFound);
        const AssetParams &a = it->second;
        // The creator: the all-zero key's address.
        const QByteArray creator = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAY5HFKQ";
        return json("{\"index\":" + n(id) + ",\"params\":{\"clawback\":\"" + creator + "\",\"creator\":\"" + creator
                    + "\",\"decimals\":" + n(static_cast<std::uint64_t>(a.decimals))
                    + ",\"default-frozen\":false,\"freeze\":\"" + creator + "\",\"manager\":\"" + creator
                    + "\",\"name\":\"" + a.name.toUtf8() + "\",\"name-b64\":\"" + a.name.toUtf8().toBase64()
                    + "\",\"reserve\":\"" + creator + "\",\"total\":" + n(a.total) + ",\"unit-name\":\""
                    + a.unitName.toUtf8() + "\",\"unit-name-b64\":\"" + a.unitName.toUtf8().toBase64() + "\"}}");
    });
    // The indexer's two calls.
    m_server.route(QStringLiteral("/v2/transactions/<arg>"), Method::Get, [this](const QString &txid) {
        const QByteArray id = txid.toLatin1();
        if (auto c = m_confirmedRound.find(id); c != m_confirmedRound.end())
            return json("{\"current-round\":" + n(m_lastRound) + ",\"transaction\":{\"confirmed-round\":" + n(c->second)
                        + ",\"id\":\"" + id + "\",\"tx-type\":\"pay\"}}");
        return json("{\"message\":\"no transaction found for transaction id: " + id + "\"}",
                    QHttpServerResponse::StatusCode::NotFound);
    });
    m_server.route(QStringLiteral("/health"), Method::Get, [this] {
        return json("{\"db-available\":true,\"is-migrating\":false,\"message\":\"" + n(m_lastRound) + "\",\"round\":"
                    + n(m_lastRound) + "}");
    });
}

AlgodTestServer::~AlgodTestServer() = default;

bool AlgodTestServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString AlgodTestServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}
