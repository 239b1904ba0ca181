#include "core/chains/ethereumpaymentlookup.h"
#include "core/base/message.h"
#include "core/chains/ethereum/erc20event.h"
#include "core/chains/ethereum/quantity.h"
#include "core/chains/ethereum/rpcresponse.h"
#include "core/encoding/exactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace exchange::chains {

namespace {

constexpr int kTimeoutMs = 10000;

// A quantity of the node's answer as base units; nullopt on anything but a
// strict QUANTITY (ethereum/quantity.h).
std::optional<Amount> quantity(const QJsonValue &value)
{
    const auto v = ethereum::parseQuantity(value);
    if (!v)
        return std::nullopt;
    return Amount::fromBaseUnits(v.value());
}

// What a receipt's logs say `token` moved to `to`: the Transfer logs of
// its contract to that address, from one sender (several senders pay
// nobody's withdrawal). An error when a log is malformed.
Result<void> readTokenTransfers(const QJsonObject &receipt, const AssetIdentity &token, const std::string &to, Payment &payment)
{
    const std::string contract = QString::fromStdString(token.contract).toLower().toStdString();
    const std::string receiver = QString::fromStdString(to).toLower().toStdString();
    Amount total;
    std::string from;
    for (const QJsonValue &log : receipt.value(QStringLiteral("logs")).toArray()) {
        auto transfer = ethereum::readErc20Transfer(log.toObject());
        if (!transfer)
            return makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense);
        if (!transfer.value() || transfer.value()->contract != contract || transfer.value()->to != receiver)
            continue;
        if (!from.empty() && from != transfer.value()->from)
            return makeError(ErrorCode::NotFound, MessageId::TradeSeveralPayers);
        from = transfer.value()->from;
        auto sum = total.plus(Amount::fromBaseUnits(transfer.value()->value));
        if (!sum)
            return sum.error();
        total = sum.value();
    }
    payment.from = from;
    payment.to = to;
    payment.amount = total;
    return {};
}

} // namespace

EthereumPaymentLookup::EthereumPaymentLookup(QUrl rpcUrl, int minConfirmations, QObject *parent)
    : QObject(parent), m_url(std::move(rpcUrl)), m_minConfirmations(minConfirmations),
      m_network(new QNetworkAccessManager(this))
{
}

EthereumPaymentLookup::~EthereumPaymentLookup() = default;

void EthereumPaymentLookup::call(const QString &method, const QJsonValue &params,
                                 std::function<void(Result<QJsonValue>)> done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), m_nextId++},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("params"), params}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumUnreachable));
            return;
        }
        const QByteArray answer = reply->readAll();
        const auto json = encoding::parseJson(std::string_view(answer.constData(), static_cast<std::size_t>(answer.size())));
        if (!json) {
            done(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense));
            return;
        }
        const ethereum::RpcResponse response = ethereum::readRpcResponse(json.value());
        switch (response.kind) {
        case ethereum::RpcResponse::Kind::Result: done(response.result); return;
        case ethereum::RpcResponse::Kind::Refused: done(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumError)); return;
        case ethereum::RpcResponse::Kind::Malformed: done(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense)); return;
        }
    });
}

void EthereumPaymentLookup::lookup(const PaymentQuery &query, Callback done)
{
    auto shared = std::make_shared<Callback>(std::move(done));
    const QString hash = QString::fromStdString(query.txId);
    const AssetIdentity token = query.asset;
    const std::string expectedTo = query.expectedTo;
    call(QStringLiteral("eth_getTransactionByHash"), QJsonArray{hash}, [this, hash, shared, token, expectedTo](Result<QJsonValue> tx) {
        if (!tx)
            return (*shared)(tx.error());
        if (tx.value().isNull())
            return (*shared)(makeError(ErrorCode::NotFound, MessageId::TradeNoSuchTransaction));
        if (!tx.value().isObject())
            return (*shared)(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense));
        const QJsonObject t = tx.value().toObject();
        const auto value = quantity(t.value(QStringLiteral("value")));
        if (!value)
            return (*shared)(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense));
        Payment payment;
        payment.from = t.value(QStringLiteral("from")).toString().toStdString();
        payment.to = t.value(QStringLiteral("to")).toString().toStdString();
        payment.amount = *value;
        if (token.kind == AssetKind::Erc20) {
            // The token's transfer is read from the receipt's logs below;
            // until then (pending) nothing to the destination is known.
            payment.from.clear();
            payment.to = expectedTo;
            payment.amount = Amount::zero();
        } else if (value->isZero() && t.value(QStringLiteral("input")).toString().startsWith(QStringLiteral("0xa9059cbb"))) {
            // ERC-20 transfer(address,uint256): the ether goes nowhere, a
            // token moves (the contract is `to`).
            payment.otherAsset = "the ERC-20 token at " + payment.to;
        }
        const QJsonValue block = t.value(QStringLiteral("blockNumber"));
        if (block.isNull() || block.isUndefined())
            return (*shared)(payment); // pending: not confirmed
        const auto height = quantity(block);
        if (!height)
            return (*shared)(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense));
        call(QStringLiteral("eth_getTransactionReceipt"), QJsonArray{hash},
             [this, payment, height, shared, token, expectedTo, ether = *value](Result<QJsonValue> receipt) mutable {
                 if (!receipt)
                     return (*shared)(receipt.error());
                 if (receipt.value().isNull())
                     return (*shared)(payment);
                 if (!receipt.value().isObject())
                     return (*shared)(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense));
                 const QJsonObject r = receipt.value().toObject();
                 // A reverted transaction moved no ether.
                 if (r.value(QStringLiteral("status")).toString() != QStringLiteral("0x1")) {
                     payment.amount = Amount::zero();
                     payment.succeeded = false;
                 }
                 if (token.kind == AssetKind::Erc20) {
                     if (auto read = readTokenTransfers(r, token, expectedTo, payment); !read)
                         return (*shared)(read.error());
                     // Ether instead of the token: the other asset it moves.
                     if (payment.amount.isZero() && ether.isPositive())
                         payment.otherAsset = "ether";
                 }
                 // What the sender paid for gas: gasUsed × effectiveGasPrice.
                 const auto gasUsed = quantity(r.value(QStringLiteral("gasUsed")));
                 const auto price = quantity(r.value(QStringLiteral("effectiveGasPrice")));
                 if (gasUsed && price) {
                     if (auto fee = gasUsed->times(price->baseUnits()); fee)
                         payment.fee = fee.value();
                 }
                 call(QStringLiteral("eth_blockNumber"), QJsonArray{},
                      [this, payment, height, shared](Result<QJsonValue> head) mutable {
                          if (!head)
                              return (*shared)(head.error());
                          const auto top = quantity(head.value());
                          if (!top)
                              return (*shared)(makeError(ErrorCode::Unavailable, MessageId::TradeEthereumNonsense));
                          const int128 depth = top->baseUnits() - height->baseUnits() + 1;
                          payment.confirmed = depth >= m_minConfirmations;
                          (*shared)(payment);
                      });
             });
    });
}

} // namespace exchange::chains
