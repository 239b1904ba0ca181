#include "core/deposits/stellarwatcher.h"
#include "core/base/message.h"

#include "core/base/dutystatus.h"

#include "core/deposits/horizonpayment.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStellarWatcher, "exchange.watcher.stellar")

namespace exchange::deposits {

namespace {
constexpr size_t kBatch = 1000;  // deposits per commit at most
constexpr int kFlushMs = 100;    // and no record waits longer than this
constexpr int kMaxBackoffMs = 30000;

bool sameTokens(const std::vector<wallets::WatchedToken> &a, const std::vector<wallets::WatchedToken> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const wallets::WatchedToken &x, const wallets::WatchedToken &y) {
        return x.asset == y.asset && x.identity == y.identity && x.decimals == y.decimals;
    });
}
} // namespace

StellarWatcher::StellarWatcher(DepositService &deposits, QUrl horizon, std::string baseAccount, QObject *parent)
    : QObject(parent), m_deposits(deposits), m_horizon(std::move(horizon)), m_base(std::move(baseAccount))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StellarWatcher::open);
}

StellarWatcher::~StellarWatcher()
{
    stop();
}

void StellarWatcher::start()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    open();
}

void StellarWatcher::stop()
{
    closeStream();
    flush();
    // After the flush, which schedules a retry when it cannot commit.
    m_retryTimer.stop();
    setState(State::Stopped, QString());
}

void StellarWatcher::closeStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void StellarWatcher::open()
{
    // Resume from what the database has, not from memory: a batch that
    // failed to commit is read again.
    auto saved = m_deposits.cursor(cursorName());
    if (!saved) {
        retryLater(QString::fromStdString(saved.error().message));
        return;
    }
    // The credit assets to read the records with. Until they can be shown
    // to be the ones an admin signed, nothing is read: a payment of one
    // would otherwise be passed over as not watched.
    auto tokens = m_deposits.tokensInForce(Chain::Stellar);
    if (!tokens) {
        retryLater(QString::fromStdString(tokens.error().message));
        return;
    }
    m_tokens = std::move(tokens).value();
    m_savedToken = saved.value().value_or("0");
    m_lastToken = m_savedToken;
    m_pending.clear();
    m_decoder.reset();

    QUrl url = m_horizon;
    url.setPath(url.path() + QStringLiteral("/accounts/%1/payments").arg(QString::fromStdString(m_base)));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), QString::fromStdString(m_savedToken));
    query.addQueryItem(QStringLiteral("join"), QStringLiteral("transactions"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    setState(State::Connecting, url.host());
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &StellarWatcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StellarWatcher::onFinished);
}

void StellarWatcher::onReadyRead()
{
    if (m_state != State::Streaming) {
        m_backoffMs = 500;
        setState(State::Streaming, QString());
    }
    for (const SseEvent &event : m_decoder.feed(m_reply->readAll())) {
        if (event.data.startsWith('"'))
            continue; // Horizon's "hello" and "byebye"
        auto record = parseHorizonPayment(event.data, m_base, m_tokens);
        if (!record) {
            ++m_malformed;
            qCWarning(lcStellarWatcher).noquote() << "passing over a record:" << QString::fromStdString(record.error().message);
            continue;
        }
        if (const std::string &asset = record.value().unwatchedAsset; !asset.empty() && m_toldUnwatched.insert(asset).second)
            qCInfo(lcStellarWatcher).noquote() << "passing over payments of" << QString::fromStdString(asset)
                                               << "to the base account: it is not an asset of the exchange";
        m_lastToken = record.value().pagingToken;
        if (record.value().payment)
            m_pending.push_back(*record.value().payment);
        if (m_pending.size() >= kBatch) {
            if (!flush())
                return;
        } else if (!m_flushTimer.isActive()) {
            m_flushTimer.start();
        }
    }
}

bool StellarWatcher::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty() && m_lastToken == m_savedToken)
        return true;
    // A credit asset added (or changed) since the records were read would
    // have been passed over as not watched: before the cursor moves past
    // them, read them again with the assets in force now.
    auto tokens = m_deposits.tokensInForce(Chain::Stellar);
    if (!tokens || !sameTokens(tokens.value(), m_tokens)) {
        closeStream();
        m_pending.clear();
        m_lastToken = m_savedToken;
        if (!tokens) {
            retryLater(QString::fromStdString(tokens.error().message));
        } else {
            qCInfo(lcStellarWatcher) << "the credit assets in force changed: reading again from the saved cursor";
            m_retryTimer.start(0);
        }
        return false;
    }
    auto report = m_deposits.ingest(m_pending, CursorUpdate{cursorName(), m_lastToken, Chain::Stellar, m_tokens});
    if (!report) {
        // Nothing was committed: drop the stream and read again from the
        // saved cursor once the database answers.
        qCWarning(lcStellarWatcher).noquote() << "ingest failed:" << QString::fromStdString(report.error().message);
        closeStream();
        retryLater(QString::fromStdString(report.error().message));
        return false;
    }
    const int count = report.value().recorded;
    m_pending.clear();
    m_savedToken = m_lastToken;
    emit batchIngested(count, QString::fromStdString(m_savedToken));
    return true;
}

void StellarWatcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    const QString why = reply->error() == QNetworkReply::NoError ? dutyWords(MessageId::DutyStreamEnded) : reply->errorString();
    reply->deleteLater();
    if (!flush())
        return;
    retryLater(why);
}

void StellarWatcher::retryLater(const QString &why)
{
    const int delay = m_decoder.retryMs().value_or(m_backoffMs);
    setState(State::Waiting, dutyWords(MessageId::DutyRetrying, {why.toStdString(), std::to_string((delay + 999) / 1000)}));
    m_retryTimer.start(delay);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void StellarWatcher::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    emit stateChanged(state, detail);
}

} // namespace exchange::deposits
