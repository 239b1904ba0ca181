#include "core/deposits/chainbalancereader.h"

#include "core/chains/algorand/algodclient.h"
#include "core/chains/ethereum/erc20event.h"
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

using Balances = std::map<std::string, Amount>; // by asset code

// What a Horizon balance line or algod holding of `token` says, when it is
// that token's.
bool isStellarLine(const encoding::JsonValue &line, const Asset &token)
{
    const encoding::JsonValue *code = line.member("asset_code");
    const encoding::JsonValue *issuer = line.member("asset_issuer");
    return token.identity.kind == AssetKind::StellarCredit && code && issuer && code->text == token.identity.stellarCode
        && issuer->text == token.identity.issuer;
}

// What the node's answer says the wallet holds: its coin, and on Stellar
// and Algorand each token of `tokens` (0 without a trustline or opt-in).
Result<Balances> balancesFrom(const wallets::Wallet &wallet, const std::vector<Asset> &tokens, int httpStatus,
                              const QByteArray &body)
{
    Balances held;
    const std::string coin = nativeAssetOf(wallet.chain).code;
    for (const Asset &t : tokens)
        held[t.code] = Amount::zero();
    if (wallet.chain == Chain::Stellar && httpStatus == 404) {
        held[coin] = Amount::zero(); // not created yet: holds nothing
        return held;
    }
    if (httpStatus != 200)
        return Error{ErrorCode::Unavailable, "the node answered HTTP " + std::to_string(httpStatus)};
    const std::string text = body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return Error{ErrorCode::Unavailable, "the node's answer is not a JSON object"};
    const encoding::JsonValue &root = json.value();
    switch (wallet.chain) {
    case Chain::Ethereum: {
        if (const encoding::JsonValue *error = root.member("error"); error && error->kind != encoding::JsonValue::Kind::Null)
            return Error{ErrorCode::Unavailable, "the node refused eth_getBalance"};
        auto wei = hexQuantity(root.member("result"));
        if (!wei)
            return wei.error();
        return Balances{{coin, wei.value()}}; // its tokens are read one by one (balanceOf)
    }
    case Chain::Algorand: {
        const encoding::JsonValue *amount = root.member("amount");
        if (!amount || amount->kind != encoding::JsonValue::Kind::Number)
            return Error{ErrorCode::Unavailable, "algod's account has no amount"};
        auto parsed = Amount::parse(amount->text, 0); // microalgos: a whole number
        if (!parsed || parsed.value().isNegative())
            return Error{ErrorCode::Unavailable, "algod's amount is not a whole number of microalgos"};
        held[coin] = parsed.value();
        // "assets": the ASAs the account opted in to (absent: none).
        if (const encoding::JsonValue *assets = root.member("assets"); assets && assets->kind == encoding::JsonValue::Kind::Array) {
            for (const encoding::JsonValue &item : assets->items) {
                auto holding = algorand::readAssetHolding(item);
                if (!holding)
                    return Error{ErrorCode::Unavailable, "algod's asset holding is malformed (" + holding.error().message + ")"};
                // Held, frozen or not: what the chain keeps for the wallet.
                for (const Asset &t : tokens) {
                    if (t.identity.kind == AssetKind::AlgorandAsa && t.identity.asaId == holding.value().assetId)
                        held[t.code] = Amount::fromBaseUnits(holding.value().amount);
                }
            }
        }
        return held;
    }
    case Chain::Stellar: {
        const encoding::JsonValue *balances = root.member("balances");
        if (!balances || balances->kind != encoding::JsonValue::Kind::Array)
            return Error{ErrorCode::Unavailable, "Horizon's account has no balances"};
        bool native = false;
        for (const encoding::JsonValue &b : balances->items) {
            const encoding::JsonValue *type = b.member("asset_type");
            const encoding::JsonValue *balance = b.member("balance");
            if (!type || !balance || balance->kind != encoding::JsonValue::Kind::String)
                continue;
            auto parsed = Amount::parse(balance->text, 7); // stroops
            if (type->text == "native") {
                if (!parsed)
                    return Error{ErrorCode::Unavailable, "Horizon's native balance is malformed"};
                held[coin] = parsed.value();
                native = true;
                continue;
            }
            for (const Asset &t : tokens) {
                if (!isStellarLine(b, t))
                    continue;
                if (!parsed)
                    return Error{ErrorCode::Unavailable, "Horizon's balance of " + t.code + " is malformed"};
                held[t.code] = parsed.value();
            }
        }
        if (!native)
            return Error{ErrorCode::Unavailable, "Horizon's account has no native balance"};
        return held;
    }
    }
    return Error{ErrorCode::Internal, "unknown chain"};
}

// An ERC-20 balanceOf answer: one uint256 word.
Result<Balances> tokenBalanceFrom(const Asset &token, int httpStatus, const QByteArray &body)
{
    if (httpStatus != 200)
        return Error{ErrorCode::Unavailable, "the node answered HTTP " + std::to_string(httpStatus)};
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (answer.contains(QStringLiteral("error")) && !answer.value(QStringLiteral("error")).isNull())
        return Error{ErrorCode::Unavailable, "the node refused balanceOf of " + token.code};
    auto units = ethereum::readUintWord(answer.value(QStringLiteral("result")).toString());
    if (!units)
        return Error{ErrorCode::Unavailable, "the node's balanceOf of " + token.code + ": " + units.error().message};
    return Balances{{token.code, Amount::fromBaseUnits(units.value())}};
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
    auto tokens = m_wallets.tokens();
    if (!tokens) {
        emit roundFinished(0, 0, QString::fromStdString(tokens.error().message));
        return;
    }
    m_tokens = std::move(tokens).value();
    m_settings.clear();
    m_channelsHold.clear();
    m_channelProblem.clear();
    for (const auto &s : settings.value())
        m_settings[s.chain] = s;
    for (const auto &w : wallets.value()) {
        if (m_settings[w.chain].nodeUrl.empty())
            continue;
        if (w.tier == wallets::WalletTier::Hot) {
            auto channels = m_wallets.hotChannelAddresses(w.chain);
            if (!channels)
                m_channelProblem[w.id] = QString::fromStdString(channels.error().message);
            else
                for (const std::string &channel : channels.value())
                    m_queue.push_back(Read{w, std::nullopt, channel});
        }
        m_queue.push_back(Read{w, std::nullopt, {}});
        for (const Asset &t : m_tokens) {
            if (t.chain == Chain::Ethereum && w.chain == Chain::Ethereum)
                m_queue.push_back(Read{w, t, {}});
        }
    }
    readNext();
}

void ChainBalanceReader::readNext()
{
    if (m_queue.empty()) {
        emit roundFinished(m_read, m_failed, m_firstProblem);
        return;
    }
    const Read read = m_queue.front();
    const wallets::Wallet &wallet = read.wallet;
    const std::string &node = m_settings[wallet.chain].nodeUrl;
    QNetworkReply *reply = nullptr;
    QNetworkRequest request;
    request.setTransferTimeout(kTimeoutMs);
    const QString address = QString::fromStdString(read.channel.empty() ? wallet.address : read.channel);
    switch (wallet.chain) {
    case Chain::Ethereum: {
        request.setUrl(QUrl(QString::fromStdString(node)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QJsonObject call{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 1},
                         {QStringLiteral("method"), QStringLiteral("eth_getBalance")},
                         {QStringLiteral("params"), QJsonArray{address, QStringLiteral("latest")}}};
        if (read.token) {
            call[QStringLiteral("method")] = QStringLiteral("eth_call");
            call[QStringLiteral("params")] =
                QJsonArray{QJsonObject{{QStringLiteral("to"), QString::fromStdString(read.token->identity.contract)},
                                       {QStringLiteral("data"), ethereum::balanceOfCall(wallet.address)}},
                           QStringLiteral("latest")};
        }
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
    connect(reply, &QNetworkReply::finished, this, [this, reply, read, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            finishOne(read, Error{ErrorCode::Unavailable, "the node could not be reached (" + reply->errorString().toStdString() + ")"});
            return;
        }
        if (read.token) {
            finishOne(read, tokenBalanceFrom(*read.token, status, reply->readAll()));
            return;
        }
        std::vector<Asset> tokens;
        for (const Asset &t : m_tokens) {
            if (t.chain == read.wallet.chain && t.chain != Chain::Ethereum && read.channel.empty())
                tokens.push_back(t);
        }
        finishOne(read, balancesFrom(read.wallet, tokens, status, reply->readAll()));
    });
}

void ChainBalanceReader::finishOne(const Read &read, Result<std::map<std::string, Amount>> balances)
{
    if (!m_queue.empty())
        m_queue.pop_front();
    if (!read.channel.empty()) {
        keepChannel(read, balances);
        readNext();
        return;
    }
    const wallets::Wallet &wallet = read.wallet;
    const std::string coin = nativeAssetOf(wallet.chain).code;
    if (balances) {
        // Hot's coin is its own and its channels'; without every channel's
        // reading, no reading of hot's coin at all.
        if (const auto problem = m_channelProblem.find(wallet.id); problem != m_channelProblem.end())
            balances = Error{ErrorCode::Unavailable, problem->second.toStdString()};
        else if (const auto held = m_channelsHold.find(wallet.id); held != m_channelsHold.end() && balances.value().count(coin))
            balances.value()[coin] = Amount::fromBaseUnits(balances.value()[coin].baseUnits() + held->second.baseUnits());
    }
    Result<void> recorded;
    if (balances) {
        for (const auto &[asset, amount] : balances.value()) {
            recorded = asset == coin ? m_wallets.recordChainBalance(wallet.id, amount)
                                     : m_wallets.recordTokenBalance(wallet.id, asset, amount);
            if (!recorded)
                break;
        }
    } else {
        recorded = balances.error();
    }
    if (recorded) {
        ++m_read;
    } else {
        ++m_failed;
        const QString problem = QStringLiteral("%1 %2: %3")
                                    .arg(QString::fromLatin1(chainName(wallet.chain)), QString::fromStdString(wallet.address),
                                         QString::fromStdString(recorded.error().message));
        if (m_firstProblem.isEmpty())
            m_firstProblem = problem;
        qCWarning(lcBalances).noquote() << problem;
    }
    readNext();
}

void ChainBalanceReader::keepChannel(const Read &read, const Result<std::map<std::string, Amount>> &balances)
{
    const std::int64_t walletId = read.wallet.id;
    if (m_channelProblem.count(walletId))
        return; // hot's reading fails with the first channel's problem
    const std::string coin = nativeAssetOf(read.wallet.chain).code;
    if (!balances || !balances.value().count(coin)) {
        m_channelProblem[walletId] = QStringLiteral("its channel account %1 was not read: %2")
                                         .arg(QString::fromStdString(read.channel),
                                              QString::fromStdString(balances ? "no balance of " + coin : balances.error().message));
        return;
    }
    const Amount held = balances.value().at(coin);
    auto [sum, fresh] = m_channelsHold.emplace(walletId, held);
    if (!fresh)
        sum->second = Amount::fromBaseUnits(sum->second.baseUnits() + held.baseUnits());
}

} // namespace exchange::deposits
