#include "core/runtime/leaderelection.h"

#include "core/store/sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcLeader, "exchange.leader")

namespace exchange {

namespace {

// pg_locks shows a bigint advisory key as two oids and objsubid 1.
QString holderQuery()
{
    const quint64 key = static_cast<quint64>(LeaderElection::kAdvisoryKey);
    return QStringLiteral("SELECT a.application_name, a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                          "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                          "AND l.classid::bigint = %1 AND l.objid::bigint = %2 "
                          "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")
        .arg(key >> 32)
        .arg(key & 0xffffffffULL);
}

} // namespace

LeaderElection::LeaderElection(DatabaseUrl url, QString identity, int intervalMs, QObject *parent)
    : QObject(parent),
      m_url(std::move(url)),
      m_identity(std::move(identity)),
      m_connectionName(QStringLiteral("exchange-leader-%1").arg(reinterpret_cast<quintptr>(this), 0, 16)),
      m_timer(this)
{
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, &LeaderElection::check);
}

LeaderElection::~LeaderElection()
{
    stop();
}

QString LeaderElection::identityFor(const QString &program)
{
    return QStringLiteral("%1 on %2 (pid %3)")
        .arg(program, QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

void LeaderElection::start()
{
    if (m_url.kind == DatabaseUrl::Kind::SQLite) {
        if (!m_leader) {
            m_leader = true;
            setLeaderName(m_identity);
            emit becameLeader();
        }
        return;
    }
    check();
    m_timer.start();
}

void LeaderElection::stop()
{
    m_timer.stop();
    if (m_connected && m_leader) {
        // Closing the connection frees the lock too; unlocking first says so
        // to the server before the socket goes.
        (void)sql::run(QSqlDatabase::database(m_connectionName, false),
                       QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kAdvisoryKey));
    }
    // Asked for: no lostLeadership(), the caller has stopped the duties.
    if (m_leader && m_url.kind == DatabaseUrl::Kind::PostgreSQL)
        qCInfo(lcLeader).noquote() << "gave up the lead of the background duties";
    m_leader = false;
    closeConnection();
}

bool LeaderElection::openConnection()
{
    if (m_connected)
        return true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_url.applyTo(db);
        // Keepalives and a TCP user timeout: a leader whose network went
        // away notices within seconds (its check fails, it stops its
        // duties), well before a server with default keepalives frees the
        // lock for another; a process that dies frees it at once.
        db.setConnectOptions(QStringLiteral("connect_timeout=5;keepalives_idle=5;keepalives_interval=2;keepalives_count=2;"
                                            "tcp_user_timeout=5000"));
        if (!db.open()) {
            qCDebug(lcLeader).noquote() << "cannot reach" << m_url.redacted() << "to elect a leader";
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        // Bound, not spliced: the identity holds a host name.
        if (!sql::run(db, QStringLiteral("SELECT set_config('application_name', ?, false)"), {m_identity})) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_connected = true;
    return true;
}

void LeaderElection::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        m_connected = false;
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connected = false;
}

void LeaderElection::lose()
{
    m_leader = false;
    closeConnection();
    setLeaderName({});
    qCWarning(lcLeader).noquote() << "lost the lead of the background duties: the connection to the database is gone";
    emit lostLeadership();
}

void LeaderElection::check()
{
    if (!openConnection()) {
        if (m_leader)
            lose();
        else
            setLeaderName({});
        return;
    }
    // The handle and its queries end before a failure closes the connection.
    enum class Outcome { Failed, Held, Taken, HeldElsewhere } outcome = Outcome::Failed;
    {
        const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_leader) {
            outcome = sql::run(db, QStringLiteral("SELECT 1")) ? Outcome::Held : Outcome::Failed;
        } else if (auto tried = sql::run(db, QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kAdvisoryKey))) {
            outcome = tried.value().next() && tried.value().value(0).toBool() ? Outcome::Taken : Outcome::HeldElsewhere;
        }
    }
    switch (outcome) {
    case Outcome::Failed:
        if (m_leader) {
            lose();
        } else {
            closeConnection(); // reconnects on the next check
            setLeaderName({});
        }
        return;
    case Outcome::Held:
        return;
    case Outcome::Taken:
        m_leader = true;
        setLeaderName(m_identity);
        qCInfo(lcLeader).noquote() << "this process leads the background duties";
        emit becameLeader();
        return;
    case Outcome::HeldElsewhere:
        setLeaderName(readLeaderName());
        return;
    }
}

QString LeaderElection::readLeaderName()
{
    auto holder = sql::run(QSqlDatabase::database(m_connectionName, false), holderQuery());
    if (!holder || !holder.value().next())
        return {}; // freed since the try: the next check takes it
    const QString name = holder.value().value(0).toString();
    return name.isEmpty() ? QStringLiteral("a process without a name (pid %1)").arg(holder.value().value(1).toLongLong())
                          : name;
}

void LeaderElection::setLeaderName(const QString &name)
{
    if (name == m_leaderName)
        return;
    m_leaderName = name;
    if (!m_leader && !name.isEmpty())
        qCInfo(lcLeader).noquote() << "the background duties run in" << name;
    emit leaderChanged(name);
}

} // namespace exchange
