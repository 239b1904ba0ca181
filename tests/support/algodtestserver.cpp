#include "algodtestserver.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/assettransfertransaction.h"
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

QByteArray holdingJson(std::uint64_t assetId, const AlgodTestServer::Holding &h)
{
    return "{\"amount\":" + n(h.amount) + ",\"asset-id\":" + n(assetId) + ",\"is-frozen\":" + (h.frozen ? "true" : "false") + "}";
}

} // namespace

void AlgodTestServer::setHolding(const QString &address, std::uint64_t assetId, std::uint64_t amount, bool frozen)
{
    Account &a = m_accounts[address];
    if (!a.assets.count(assetId))
        a.minBalance += kAssetMinBalance;
    a.assets[assetId] = {amount, frozen};
}

std::optional<AlgodTestServer::Holding> AlgodTestServer::holding(const QString &address, std::uint64_t assetId) const
{
    const auto account = m_accounts.find(address);
    if (account == m_accounts.end())
        return std::nullopt;
    const auto h = account->second.assets.find(assetId);
    return h == account->second.assets.end() ? std::nullopt : std::optional<Holding>(h->second);
}

QByteArray AlgodTestServer::assetRefusal(const QString &sender, const QString &receiver, std::uint64_t assetId,
                                         std::uint64_t amount) const
{
    // algod's order (ledger/apply/asset.go): out of the sender, then into
    // the receiver; an amount already on its way from the sender counts.
    const QByteArray asset = "asset " + n(assetId);
    const auto from = holding(sender, assetId);
    if (!from)
        return asset + " missing from " + sender.toLatin1();
    if (from->frozen)
        return asset + " frozen in " + sender.toLatin1();
    std::uint64_t inPool = 0;
    for (const auto &[_, p] : m_pool)
        if (p.sender == sender && p.assetId == assetId)
            inPool += p.assetAmount;
    const std::uint64_t left = from->amount > inPool ? from->amount - inPool : 0;
    if (left < amount)
        return "underflow on subtracting " + n(amount) + " from sender amount " + n(left);
    const auto to = holding(receiver, assetId);
    if (!to)
        return asset + " missing from " + receiver.toLatin1();
    if (to->frozen)
        return asset + " frozen in " + receiver.toLatin1();
    return {};
}

void AlgodTestServer::apply(const Pending &p)
{
    m_accounts[p.sender].amount -= p.amount + p.fee;
    m_accounts[p.receiver].amount += p.amount;
    if (p.optIn) {
        Account &a = m_accounts[p.sender];
        if (!a.assets.count(p.assetId)) {
            const auto asset = m_assets.find(p.assetId);
            a.assets[p.assetId] = {0, asset != m_assets.end() && asset->second.defaultFrozen};
            a.minBalance += kAssetMinBalance;
        }
    } else if (p.assetId != 0) {
        m_accounts[p.sender].assets[p.assetId].amount -= p.assetAmount;
        m_accounts[p.receiver].assets[p.assetId].amount += p.assetAmount;
    }
}

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
    // The longer route first: <arg> takes no slash, but say it plainly.
    m_server.route(QStringLiteral("/v2/accounts/<arg>/assets/<arg>"), Method::Get, [this](const QString &address, const QString &text) {
        bool ok = false;
        const std::uint64_t id = text.toULongLong(&ok);
        if (!algorand::decodeAddress(address.toStdString()) || !ok)
            return refusal("failed to parse the address or the asset id");
        const auto h = holding(address, id);
        if (!h)
            return json("{\"message\":\"account asset info not found\"}", QHttpServerResponse::StatusCode::NotFound);
        return json("{\"asset-holding\":" + holdingJson(id, *h) + ",\"round\":" + n(m_lastRound) + "}");
    });
    m_server.route(QStringLiteral("/v2/accounts/<arg>"), Method::Get, [this](const QString &address) {
        if (!algorand::decodeAddress(address.toStdString()))
            return refusal("failed to parse the address");
        Account a = account(address);
        // algod names the base minimum balance of an account it has never
        // seen too: what a first payment to it must bring.
        if (!m_accounts.count(address))
            a.minBalance = 100000;
        QByteArray assets;
        for (const auto &[id, h] : a.assets)
            assets += (assets.isEmpty() ? "" : ",") + holdingJson(id, h);
        // algod leaves "assets" out when there are none.
        return json("{\"address\":\"" + address.toLatin1() + "\",\"amount\":" + n(a.amount)
                    + ",\"amount-without-pending-rewards\":" + n(a.amount)
                    + (a.assets.empty() ? QByteArray() : ",\"assets\":[" + assets + "]") + ",\"min-balance\":" + n(a.minBalance)
                    + ",\"pending-rewards\":0,\"rewards\":0,\"round\":" + n(m_lastRound) + ",\"status\":\"Offline\""
                    + ",\"total-assets-opted-in\":" + n(a.assets.size()) + "}");
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
                       // A payment, or else an asset transfer.
                       Pending p;
                       algorand::TransactionHeader t;
                       QByteArray id;
                       bool signatureValid = false;
                       if (auto pay = algorand::PaymentTransaction::decodeSigned(request.body())) {
                           t = pay.value();
                           id = QByteArray::fromStdString(pay.value().id());
                           signatureValid = pay.value().hasValidSignature();
                           p.receiver = QString::fromStdString(algorand::encodeAddress(pay.value().receiver));
                           p.amount = pay.value().amount;
                       } else if (auto axfer = algorand::AssetTransferTransaction::decodeSigned(request.body())) {
                           const algorand::AssetTransferTransaction &x = axfer.value();
                           if (!x.closeAssetsTo.isEmpty() || !x.assetSender.isEmpty())
                               return reply(refusal("the test algod moves assets only by plain transfers and opt-ins"));
                           t = x;
                           id = QByteArray::fromStdString(x.id());
                           signatureValid = x.hasValidSignature();
                           p.receiver = QString::fromStdString(algorand::encodeAddress(x.receiver));
                           p.assetId = x.assetId;
                           p.assetAmount = x.amount;
                           p.optIn = x.isOptIn();
                       } else {
                           return reply(refusal("msgpack decode error"));
                       }
                       m_txids.insert(id);
                       if (!signatureValid)
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
                       p.sender = QString::fromStdString(algorand::encodeAddress(t.sender));
                       p.fee = t.fee;
                       p.lastValid = t.lastValid;
                       const Account from = account(p.sender);
                       const bool alreadyIn = holding(p.sender, p.assetId).has_value();
                       if (p.optIn && !alreadyIn && !m_assets.count(p.assetId))
                           return reply(refusal("TransactionPool.Remember: transaction " + id + ": asset " + n(p.assetId)
                                                + " does not exist or has been deleted"));
                       if (p.assetId != 0 && !p.optIn) {
                           if (const QByteArray why = assetRefusal(p.sender, p.receiver, p.assetId, p.assetAmount); !why.isEmpty())
                               return reply(refusal("TransactionPool.Remember: transaction " + id + ": " + why));
                       }
                       // ALGO out of the sender: what it sends and pays,
                       // above its minimum balance (raised by each opt-in).
                       std::uint64_t inPool = 0;
                       std::uint64_t minBalance = from.minBalance + (p.optIn && !alreadyIn ? kAssetMinBalance : 0);
                       for (const auto &[_, q] : m_pool) {
                           if (q.sender != p.sender)
                               continue;
                           inPool += q.amount + q.fee;
                           if (q.optIn)
                               minBalance += kAssetMinBalance;
                       }
                       if (from.amount < inPool + p.amount + p.fee || from.amount - inPool - p.amount - p.fee < minBalance)
                           return reply(refusal("TransactionPool.Remember: transaction " + id + ": account " + p.sender.toLatin1()
                                                + " balance below min or overspend"));
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
            apply(p);
            m_confirmedRound[id] = ++m_lastRound;
            m_confirmedType[id] = p.assetId != 0 ? "axfer" : "pay";
            m_confirmedTx[id] = p;
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
                    + ",\"default-frozen\":" + (a.defaultFrozen ? "true" : "false") + ",\"freeze\":\"" + creator + "\",\"manager\":\"" + creator
                    + "\",\"name\":\"" + a.name.toUtf8() + "\",\"name-b64\":\"" + a.name.toUtf8().toBase64()
                    + "\",\"reserve\":\"" + creator + "\",\"total\":" + n(a.total) + ",\"unit-name\":\""
                    + a.unitName.toUtf8() + "\",\"unit-name-b64\":\"" + a.unitName.toUtf8().toBase64() + "\"}}");
    });
    // The indexer's two calls.
    m_server.route(QStringLiteral("/v2/transactions/<arg>"), Method::Get, [this](const QString &txid) {
        const QByteArray id = txid.toLatin1();
        if (auto c = m_confirmedRound.find(id); c != m_confirmedRound.end()) {
            // The indexer's Transaction: what moved, as its watchers read it.
            const Pending &p = m_confirmedTx[id];
            const QByteArray moved = p.assetId != 0
                ? ",\"asset-transfer-transaction\":{\"amount\":" + n(p.assetAmount) + ",\"asset-id\":" + n(p.assetId)
                      + ",\"close-amount\":0,\"receiver\":\"" + p.receiver.toLatin1() + "\"}"
                : ",\"payment-transaction\":{\"amount\":" + n(p.amount) + ",\"close-amount\":0,\"receiver\":\""
                      + p.receiver.toLatin1() + "\"}";
            return json("{\"current-round\":" + n(m_lastRound) + ",\"transaction\":{" + moved.mid(1) + ",\"confirmed-round\":"
                        + n(c->second) + ",\"fee\":" + n(p.fee) + ",\"id\":\"" + id + "\",\"sender\":\"" + p.sender.toLatin1()
                        + "\",\"tx-type\":\"" + m_confirmedType[id] + "\"}}");
        }
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
