#include "core/runtime/changelistener.h"

#include "core/runtime/changefeedschema.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QMetaEnum>
#include <QSqlDriver>
#include <QTimer>

#include <atomic>

namespace exchange {

namespace {
std::atomic<int> nextListener{0};
constexpr int kCheckIntervalMs = 2000;
} // namespace

ChangeListener::ChangeListener(Database &database, ChangeNotifier &notifier, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_notifier(notifier),
      m_connectionName(QStringLiteral("exchange-change-feed-%1").arg(nextListener.fetch_add(1)))
{
    m_thread.setObjectName(QStringLiteral("change feed"));
}

ChangeListener::~ChangeListener()
{
    stop();
}

Result<void> ChangeListener::start()
{
    Result<void> first;
    launch(&first);
    return first;
}

void ChangeListener::startInBackground()
{
    launch(nullptr);
}

void ChangeListener::launch(Result<void> *first)
{
    if (m_database.dialect().isSQLite() || m_context)
        return;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, first] {
            auto heard = connectFeed();
            if (!heard)
                qWarning("change feed: %s; trying again every %d s", heard.error().message.c_str(), kCheckIntervalMs / 1000);
            if (first)
                *first = heard;
            m_wasHeard = true; // a feed found later has missed what came before it
            auto *check = new QTimer(m_context);
            check->setInterval(kCheckIntervalMs);
            connect(check, &QTimer::timeout, m_context, [this] { checkFeed(); });
            check->start();
        },
        first ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
}

void ChangeListener::stop()
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(m_context, [this] {
        disconnectFeed();
        delete m_context; // its timer with it, on its own thread
    }, Qt::BlockingQueuedConnection);
    m_context = nullptr;
    m_thread.quit();
    m_thread.wait();
}

Result<void> ChangeListener::connectFeed()
{
    auto opened = m_database.openNamedConnection(m_connectionName);
    if (!opened)
        return opened.error();
    QSqlDriver *driver = opened.value().driver();
    connect(driver, &QSqlDriver::notification, m_context,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) { onNotice(payload.toString()); });
    if (!driver->subscribeToNotification(QString::fromLatin1(kChangeChannel))) {
        disconnectFeed();
        return Error{ErrorCode::Unavailable, "cannot listen to the change feed of " + m_database.url().redacted().toStdString()};
    }
    if (m_wasHeard) {
        // Deaf for a while: every screen reads again (announced before
        // "listening", so whoever waits for that finds them done).
        const QMetaEnum topics = QMetaEnum::fromType<ChangeNotifier::Topic>();
        for (int i = 0; i < topics.keyCount(); ++i)
            m_notifier.publish(static_cast<ChangeNotifier::Topic>(topics.value(i)), QString());
    }
    m_wasHeard = true;
    m_listening = true;
    emit listeningChanged(true);
    return {};
}

void ChangeListener::disconnectFeed()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.driver()->unsubscribeFromNotification(QString::fromLatin1(kChangeChannel));
        }
        m_database.closeNamedConnection(m_connectionName);
    }
    if (m_listening.exchange(false))
        emit listeningChanged(false);
}

void ChangeListener::checkFeed()
{
    if (m_listening) {
        bool alive = false;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            alive = db.isOpen() && sql::execute(db, QStringLiteral("SELECT 1"));
        }
        if (alive)
            return;
        qWarning("change feed: lost the connection to the database; reconnecting");
        disconnectFeed();
    }
    if (connectFeed())
        qInfo("change feed: listening again");
}

void ChangeListener::onNotice(const QString &payload)
{
    const auto notice = parse(payload);
    if (!notice || notice->origin == Database::processOrigin())
        return;
    ++m_heard;
    m_notifier.publish(notice->topic, notice->key);
}

std::optional<ChangeListener::Notice> ChangeListener::parse(const QString &payload)
{
    // The key sits between the first and the last bar: it may hold a bar
    // itself (an operator's name); topic and origin never do.
    const qsizetype first = payload.indexOf(u'|');
    const qsizetype last = payload.lastIndexOf(u'|');
    if (first < 0 || last == first)
        return std::nullopt;
    const QByteArray topicName = payload.left(first).toLatin1();
    bool known = false;
    const int topic = QMetaEnum::fromType<ChangeNotifier::Topic>().keyToValue(topicName.constData(), &known);
    if (!known)
        return std::nullopt;
    return Notice{static_cast<ChangeNotifier::Topic>(topic), payload.mid(first + 1, last - first - 1), payload.mid(last + 1)};
}

} // namespace exchange
