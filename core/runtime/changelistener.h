#pragma once
// ChangeListener: hears the change feed of a PostgreSQL database (the
// notices that migration 13's triggers send at every commit, see
// changefeedschema.h) and announces each one on this process's
// ChangeNotifier, so that models update the same way whether a change was
// made here, in another console, by exctl or by the server. Notices this
// process sent itself are skipped: its services have announced them already.
//
// It runs on a thread of its own with a connection of its own (LISTEN is
// session state, and notices arrive through that thread's event loop). If
// the connection drops it reconnects every two seconds, and once heard
// again announces every topic with an empty key: what changed while it was
// deaf is unknown, so every screen reads again.
//
// On SQLite there is no feed: start() succeeds and does nothing (the
// console's ExternalCommitWatch notices other processes' commits there).

#include "core/base/changenotifier.h"
#include "core/base/result.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <optional>

namespace exchange {

class Database;

class ChangeListener final : public QObject
{
    Q_OBJECT
public:
    ChangeListener(Database &database, ChangeNotifier &notifier, QObject *parent = nullptr);
    ~ChangeListener() override;
    Q_DISABLE_COPY_MOVE(ChangeListener)

    // Connects and subscribes; returns once the feed is heard (or why not:
    // the listener then keeps trying in the background).
    Result<void> start();
    // The same without waiting (the GUI thread never waits for a server):
    // listeningChanged(true) says when the feed is heard.
    void startInBackground();
    void stop();

    bool isListening() const { return m_listening.load(); }
    // Notices announced since start (this process's own not counted).
    quint64 heard() const { return m_heard.load(); }

    struct Notice {
        ChangeNotifier::Topic topic;
        QString key;
        QString origin;
    };
    // "Withdrawal|42|exchange-123-abcdef" -> {Withdrawal, "42", origin};
    // nothing for a notice this build does not know.
    static std::optional<Notice> parse(const QString &payload);

signals:
    // The feed was lost (false) or heard again (true).
    void listeningChanged(bool listening);

private:
    void launch(Result<void> *first); // first: where to say how the first try went, or null
    Result<void> connectFeed(); // on the listener's thread
    void disconnectFeed();
    void checkFeed();
    void onNotice(const QString &payload);

    Database &m_database;
    ChangeNotifier &m_notifier;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: timers and the driver's signal
    QString m_connectionName;
    std::atomic<bool> m_listening{false};
    std::atomic<quint64> m_heard{0};
    bool m_wasHeard = false;
};

} // namespace exchange
