#pragma once
// An Ethereum JSON-RPC node a test scripts, on loopback: it answers the
// calls the collector, the refueler and the gas return make (chain id
// 1337, block 100) from its fields - the gas price, every address's next
// nonce, balances by lower-case address, receipts by txid - and keeps the
// raw transactions sent to it, in order (onSend sees each first). The hash
// it answers for a sent transaction is the transaction's own.

#include "core/chains/ethereum/transaction.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace exchange::testing {

struct ScriptedEthereumNode {
    static QString hex(std::int64_t n) { return QStringLiteral("0x") + QString::number(n, 16); }

    std::int64_t gasPrice = 0;
    std::int64_t nonce = 0;                       // the next nonce of every address, mined
    std::map<std::string, std::int64_t> balances; // by lower-case address
    std::map<std::string, QJsonObject> receipts;  // by txid
    std::vector<std::string> sent;                // raw transactions, in order
    std::function<void(const std::string &raw)> onSend;
    QHttpServer server;
    QUrl url;

    ScriptedEthereumNode(std::int64_t gasPriceWei, std::int64_t nextNonce) : gasPrice(gasPriceWei), nonce(nextNonce) {}

    bool listen()
    {
        server.route(QStringLiteral("/"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            const QJsonObject call = QJsonDocument::fromJson(request.body()).object();
            const QString method = call.value(QStringLiteral("method")).toString();
            const QJsonArray params = call.value(QStringLiteral("params")).toArray();
            QJsonValue result;
            if (method == u"eth_gasPrice")
                result = hex(gasPrice);
            else if (method == u"eth_chainId")
                result = hex(1337);
            else if (method == u"eth_blockNumber")
                result = hex(100);
            else if (method == u"eth_getTransactionCount")
                result = hex(nonce);
            else if (method == u"eth_getBalance")
                result = hex(balances[params.at(0).toString().toLower().toStdString()]);
            else if (method == u"eth_getTransactionReceipt") {
                const auto r = receipts.find(params.at(0).toString().toStdString());
                result = r == receipts.end() ? QJsonValue() : QJsonValue(r->second);
            } else if (method == u"eth_sendRawTransaction") {
                const std::string raw = params.at(0).toString().toStdString();
                if (onSend)
                    onSend(raw);
                sent.push_back(raw);
                auto tx = ethereum::Transaction::parse(QByteArray::fromHex(QByteArray::fromStdString(raw).mid(2)));
                result = tx ? QString::fromStdString(tx.value().hashHex()) : QString();
            }
            const QJsonObject answer{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), call.value(QStringLiteral("id"))},
                                     {QStringLiteral("result"), result}};
            return QHttpServerResponse(QByteArray("application/json"), QJsonDocument(answer).toJson(QJsonDocument::Compact));
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        if (!port)
            return false;
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        return true;
    }
};

} // namespace exchange::testing
