#include "core/deposits/algorandwatcher.h"
#include "core/base/message.h"

#include "core/base/dutystatus.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcAlgorandWatcher, "exchange.watcher.algorand")

namespace exchange::deposits {

namespace {
constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 60000;
constexpr int kTimeoutMs = 20000; // a page that takes longer is an error, not a hang
constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();

bool sameAssets(const std::unordered_map<std::uint64_t, wallets::WatchedToken> &a,
                const std::unordered_map<std::uint64_t, wallets::WatchedToken> &b)
{
    if (a.size() != b.size())
        return false;
    for (const auto &[id, token] : a) {
        const auto other = b.find(id);
        if (other == b.end() || other->second.asset != token.asset || other->second.identity != token.identity
            || other->second.decimals != token.decimals)
            return false;
    }
    return true;
}
} // namespace

AlgorandWatcher::AlgorandWatcher(DepositService &deposits, QUrl indexer, std::vector<std::string> addresses,
                                 int confirmations, std::chrono::milliseconds pollInterval, QObject *parent)
    : QObject(parent), m_deposits(deposits), m_indexer(std::move(indexer)), m_addresses(std::move(addresses)),
      m_pollInterval(pollInterval)
{
    m_watch.receivers.insert(m_addresses.begin(), m_addresses.end());
    m_watch.confirmations = std::max(1, confirmations);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlgorandWatcher::beginSweep);
}

AlgorandWatcher::~AlgorandWatcher()
{
    stop();
}

void AlgorandWatcher::setIgnoredSenders(const std::vector<std::string> &senders)
{
    m_watch.ignoredSenders = std::unordered_set<std::string>(senders.begin(), senders.end());
}

void AlgorandWatcher::start()
{
    stop();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (m_addresses.empty()) {
        setState(State::Stopped, dutyWords(MessageId::DutyNoAlgorandAddresses));
        return;
    }
    m_current = 0;
    m_caughtUp = false;
    m_assetsRead = false;
    m_backoffMs = kFirstBackoffMs;
    beginSweep();
}

void AlgorandWatcher::stop()
{
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_caughtUp = false;
    setState(State::Stopped, QString());
}

void AlgorandWatcher::beginSweep()
{
    const std::string &address = m_addresses.at(m_current);
    // From what the database has, not from memory: a sweep that failed
    // half-way starts again from the last committed round.
    auto saved = m_deposits.cursor(cursorName(address));
    if (!saved) {
        retryLater(QString::fromStdString(saved.error().message));
        return;
    }
    m_savedCursor = -1;
    if (saved.value()) {
        bool ok = false;
        const qlonglong round = QString::fromStdString(*saved.value()).toLongLong(&ok);
        if (ok && round >= 0)
            m_savedCursor = round;
        else // reading from the start again only repeats what is recorded
            qCWarning(lcAlgorandWatcher).noquote() << "unreadable cursor for" << QString::fromStdString(address)
                                                   << "; sweeping from round 0";
    }
    // The ASAs to read transfers of; while they cannot be trusted nothing is
    // read, so nothing is passed over.
    if (!m_assetsRead) {
        auto assets = assetsInForce();
        if (!assets) {
            retryLater(QString::fromStdString(assets.error().message));
            return;
        }
        m_watch.assets = std::move(assets).value();
        m_assetsRead = true;
    }
    m_nextToken.reset();
    m_tokensAsked.clear();
    m_lowestCurrentRound = kNone;
    m_lowestPendingRound = kNone;
    if (!m_caughtUp)
        setState(State::Polling, m_indexer.host());
    fetch();
}

void AlgorandWatcher::fetch()
{
    QUrl url = m_indexer;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2/transactions"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("address"), QString::fromStdString(m_addresses.at(m_current)));
    query.addQueryItem(QStringLiteral("address-role"), QStringLiteral("receiver"));
    // No tx-type: payments, asset transfers and application calls (whose
    // inner transactions may pay) all come, under the one cursor.
    query.addQueryItem(QStringLiteral("min-round"), QString::number(m_savedCursor + 1));
    if (m_nextToken) {
        m_tokensAsked.insert(*m_nextToken);
        query.addQueryItem(QStringLiteral("next"), QString::fromStdString(*m_nextToken));
    }
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(kTimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &AlgorandWatcher::onFinished);
}

void AlgorandWatcher::onFinished()
{
    // Only the reply this sweep is waiting for: one left over from before a
    // stop() or a restart says nothing about the current cursor.
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply) {
        if (reply)
            reply->deleteLater();
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        retryLater(reply->errorString());
        return;
    }
    if (status == 200 && reply->error() != QNetworkReply::NoError) {
        // A page cut short (connection lost, transfer timeout) is no page.
        retryLater(reply->errorString());
        return;
    }
    if (status != 200) {
        qCWarning(lcAlgorandWatcher).noquote() << "the indexer answered HTTP" << status << reply->readAll().left(300);
        retryLater(dutyWords(MessageId::DutyIndexerHttp, {std::to_string(status)}));
        return;
    }
    auto page = parseIndexerTransactions(reply->readAll(), m_watch);
    if (!page) {
        qCWarning(lcAlgorandWatcher).noquote() << QString::fromStdString(page.error().message);
        retryLater(dutyWords(MessageId::DutyIndexerMalformedPage));
        return;
    }
    m_backoffMs = kFirstBackoffMs;
    for (const Error &refused : page.value().refused) {
        ++m_malformed;
        qCWarning(lcAlgorandWatcher).noquote() << "passing over a record:" << QString::fromStdString(refused.message);
    }
    m_lowestCurrentRound = std::min(m_lowestCurrentRound, page.value().currentRound);
    for (const ObservedPayment &p : page.value().payments) {
        if (!p.confirmed)
            m_lowestPendingRound = std::min(m_lowestPendingRound, p.height);
    }

    const bool last = page.value().records == 0 || !page.value().nextToken;
    if (!last && m_tokensAsked.count(*page.value().nextToken)) {
        // Asking again would go round in circles; a fresh sweep is safe.
        retryLater(dutyWords(MessageId::DutyIndexerRepeatedPage));
        return;
    }
    const std::string &address = m_addresses.at(m_current);
    if (last) {
        // The cursor may pass only transfers of the ASAs in force while
        // the pages were read: were any added (or withdrawn) meanwhile, the
        // address is swept again with them.
        auto assets = assetsInForce();
        if (!assets) {
            m_assetsRead = false;
            retryLater(QString::fromStdString(assets.error().message));
            return;
        }
        if (!sameAssets(assets.value(), m_watch.assets)) {
            qCInfo(lcAlgorandWatcher).noquote() << "the ASAs in force changed during the sweep of"
                                                << QString::fromStdString(address) << "; sweeping it again";
            m_watch.assets = std::move(assets).value();
            beginSweep();
            return;
        }
    }
    std::optional<CursorUpdate> cursor;
    std::int64_t newCursor = m_savedCursor;
    if (last) {
        // Every round up to here was on a page whose indexer had reached it,
        // and every payment in it has its confirmations.
        const std::int64_t target = std::min(m_lowestCurrentRound - (m_watch.confirmations - 1),
                                             m_lowestPendingRound == kNone ? kNone : m_lowestPendingRound - 1);
        if (target > m_savedCursor) {
            newCursor = target;
            std::vector<wallets::WatchedToken> read;
            for (const auto &[id, token] : m_watch.assets)
                read.push_back(token);
            cursor = CursorUpdate{cursorName(address), std::to_string(target), Chain::Algorand, std::move(read)};
        }
    }
    if (!page.value().payments.empty() || cursor) {
        auto report = m_deposits.ingest(page.value().payments, cursor);
        if (!report) {
            qCWarning(lcAlgorandWatcher).noquote() << "ingest failed:" << QString::fromStdString(report.error().message);
            retryLater(QString::fromStdString(report.error().message));
            return;
        }
        m_savedCursor = newCursor;
        emit batchIngested(report.value().recorded, QString::fromStdString(address), QString::number(m_savedCursor));
    }
    if (last) {
        finishSweep();
        return;
    }
    m_nextToken = page.value().nextToken;
    fetch();
}

void AlgorandWatcher::finishSweep()
{
    if (++m_current < m_addresses.size()) {
        beginSweep();
        return;
    }
    m_current = 0;
    m_caughtUp = true;
    setState(State::UpToDate, QString());
    m_timer.start(m_pollInterval);
}

Result<std::unordered_map<std::uint64_t, wallets::WatchedToken>> AlgorandWatcher::assetsInForce() const
{
    auto tokens = m_deposits.tokensInForce(Chain::Algorand);
    if (!tokens)
        return tokens.error();
    std::unordered_map<std::uint64_t, wallets::WatchedToken> assets;
    for (wallets::WatchedToken &t : tokens.value()) {
        // An Algorand token is an ASA (the signed identity says which).
        if (t.identity.kind == AssetKind::AlgorandAsa)
            assets.emplace(t.identity.asaId, std::move(t));
    }
    return assets;
}

void AlgorandWatcher::retryLater(const QString &why)
{
    m_caughtUp = false;
    setState(State::Waiting, dutyWords(MessageId::DutyRetrying, {why.toStdString(), std::to_string((m_backoffMs + 999) / 1000)}));
    m_timer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void AlgorandWatcher::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    emit stateChanged(state, detail);
}

} // namespace exchange::deposits
