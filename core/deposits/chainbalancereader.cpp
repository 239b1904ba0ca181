#include "core/deposits/chainbalancereader.h"

#include "core/chains/ethereum/quantity.h"
#include "core/encoding/exactjson.h"
#include "core/money/asset.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

Q_LOGGING_CATEGORY(lcBalances, "exchange.balances")

namespace exchange::deposits {

namespace {

constexpr int kTimeoutMs = 15000;

QUrl under(const std::string &base, const QString &path)
{
    QUrl url(QString::fromStdString(base));
    QString prefix = url.path();
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

Result<Amount> hexQuantity(const encoding::JsonValue *value)
{
    if (!value || value->kind != encoding::JsonValue::Kind::String)
        return Error{ErrorCode::Unavailable, "the node's balance is not a quantity"};
    const auto wei = ethereum::parseQuantityText(value->text);
    if (!wei)
        return Error{ErrorCode::Unavailable, "the node's balance: " + wei.error().message};
    return Amount::fromBaseUnits(wei.value());
}

// What the node's answer says the wallet holds.
Result<Amount> balanceFrom(const wallets::Wallet &wallet, int httpStatus, const QByteArray &body)
{
    if (wallet.chain == Chain::Stellar && httpStatus == 404)
        return Amount::zero(); // not created yet: holds nothing
    if (httpStatus != 200)
        return Error{ErrorCode::Unavailable, "the node answered HTTP " + std::to_string(httpStatus)};
    const std::string text = body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return Error{ErrorCode::Unavailable, "the node's answer is not a JSON object"};
    const encoding::JsonValue &root = json.value();
    switch (wallet.chain) {
    case Chain::Ethereum:
        if (const encoding::JsonValue *error = root.member("error"); error && error->kind != encoding::JsonValue::Kind::Null)
            return Error{ErrorCode::Unavailable, "the node refused eth_getBalance"};
        return hexQuantity(root.member("result"));
    case Chain::Algorand: {
        const encoding::JsonValue *amount = root.member("amount");
        if (!amount || amount->kind != encoding::JsonValue::Kind::Number)
            return Error{ErrorCode::Unavailable, "algod's account has no amount"};
        auto parsed = Amount::parse(amount->text, 0); // microalgos: a whole number
        if (!parsed || parsed.value().isNegative())
            return Error{ErrorCode::Unavailable, "algod's amount is not a whole number of microalgos"};
        return parsed.value();
    }
    case Chain::Stellar: {
        const encoding::JsonValue *balances = root.member("balances");
        if (!balances || balances->kind != encoding::JsonValue::Kind::Array)
            return Error{ErrorCode::Unavailable, "Horizon's account has no balances"};
        for (const encoding::JsonValue &b : balances->items) {
            const encoding::JsonValue *type = b.member("asset_type");
            const encoding::JsonValue *balance = b.member("balance");
            if (type && type->text == "native" && balance && balance->kind == encoding::JsonValue::Kind::String) {
                auto parsed = Amount::parse(balance->text, 7); // stroops
                if (!parsed)
                    return Error{ErrorCode::Unavailable, "Horizon's native balance is malformed"};
                return parsed.value();
            }
        }
        return Error{ErrorCode::Unavailable, "Horizon's account has no native balance"};
    }
    }
    return Error{ErrorCode::Internal, "unknown chain"};
}

} // namespace

ChainBalanceReader::ChainBalanceReader(wallets::WalletService &wallets, int intervalMs, QObject *parent)
    : QObject(parent), m_wallets(wallets)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChainBalanceReader::beginRound);
}

ChainBalanceReader::~ChainBalanceReader() = default;

void ChainBalanceReader::start()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_timer.start();
    beginRound();
}

void ChainBalanceReader::stop()
{
    ++m_generation;
    m_timer.stop();
    m_queue.clear();
}

void ChainBalanceReader::beginRound()
{
    if (!m_queue.empty())
        return; // the last round is still reading
    m_read = 0;
    m_failed = 0;
    m_firstProblem.clear();
    auto settings = m_wallets.chainSettings();
    auto wallets = m_wallets.list();
    if (!settings || !wallets) {
        emit roundFinished(0, 0, QString::fromStdString(settings ? wallets.error().message : settings.error().message));
        return;
    }
    m_settings.clear();
    for (const auto &s : settings.value())
        m_settings[s.chain] = s;
    for (const auto &w : wallets.value()) {
        if (!m_settings[w.chain].nodeUrl.empty())
            m_queue.push_back(w);
    }
    readNext();
}

void ChainBalanceReader::readNext()
{
    if (m_queue.empty()) {
        emit roundFinished(m_read, m_failed, m_firstProblem);
        return;
    }
    const wallets::Wallet wallet = m_queue.front();
    const std::string &node = m_settings[wallet.chain].nodeUrl;
    QNetworkReply *reply = nullptr;
    QNetworkRequest request;
    request.setTransferTimeout(kTimeoutMs);
    const QString address = QString::fromStdString(wallet.address);
    switch (wallet.chain) {
    case Chain::Ethereum: {
        request.setUrl(QUrl(QString::fromStdString(node)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject call{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1},
                               {QStringLiteral("method"), QStringLiteral("eth_getBalance")},
                               {QStringLiteral("params"), QJsonArray{address, QStringLiteral("latest")}}};
        reply = m_network->post(request, QJsonDocument(call).toJson(QJsonDocument::Compact));
        break;
    }
    case Chain::Stellar:
        request.setUrl(under(node, QStringLiteral("/accounts/") + address));
        reply = m_network->get(request);
        break;
    case Chain::Algorand:
        request.setUrl(under(node, QStringLiteral("/v2/accounts/") + address));
        reply = m_network->get(request);
        break;
    }
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, wallet, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            finishOne(wallet, Error{ErrorCode::Unavailable, "the node could not be reached (" + reply->errorString().toStdString() + ")"});
            return;
        }
        finishOne(wallet, balanceFrom(wallet, status, reply->readAll()));
    });
}

void ChainBalanceReader::finishOne(const wallets::Wallet &wallet, Result<Amount> balance)
{
    if (!m_queue.empty())
        m_queue.pop_front();
    if (balance) {
        if (auto recorded = m_wallets.recordChainBalance(wallet.id, balance.value()); recorded) {
            ++m_read;
        } else {
            balance = recorded.error();
        }
    }
    if (!balance) {
        ++m_failed;
        const QString problem = QStringLiteral("%1 %2: %3")
                                    .arg(QString::fromLatin1(chainName(wallet.chain)), QString::fromStdString(wallet.address),
                                         QString::fromStdString(balance.error().message));
        if (m_firstProblem.isEmpty())
            m_firstProblem = problem;
        qCWarning(lcBalances).noquote() << problem;
    }
    readNext();
}

} // namespace exchange::deposits
