#include "core/store/database.h"

#include "core/store/migrator.h"
#include "core/store/sql.h"
#include "core/store/sqlitefunctions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <atomic>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace exchange {

namespace {
std::atomic<int> nextInstance{0};
}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url)),
      m_dialect(m_url.kind),
      m_prefix(QStringLiteral("exchange-db-%1-").arg(nextInstance.fetch_add(1)))
{
}

Database::~Database()
{
    const QStringList names = m_connectionNames;
    for (const QString &name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    if (url.value().kind == DatabaseUrl::Kind::SQLite) {
        const QFileInfo file(url.value().path);
        if (!QDir().mkpath(file.absolutePath()))
            return Error{ErrorCode::Unavailable, "cannot create the folder of the SQLite database"};
        // Created here, not by SQLite, so that it is 0600 whatever the umask:
        // it holds password hashes and vault ciphertexts. SQLite gives its
        // -wal and -shm files the mode of the database file.
        const QByteArray path = QFile::encodeName(url.value().path);
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const bool private_ = ::fchmod(fd, 0600) == 0;
            ::close(fd);
            if (!private_)
                return Error{ErrorCode::Unavailable, "cannot make the SQLite database readable by its owner only"};
        } else if (errno != EEXIST) {
            return Error{ErrorCode::Unavailable, "cannot create the database " + url.value().redacted().toStdString()};
        }
    }
    std::unique_ptr<Database> database(new Database(std::move(url).value()));
    QSqlDatabase first = database->connection();
    if (!first.isOpen())
        return Error{ErrorCode::Unavailable,
                     "cannot open the database " + database->m_url.redacted().toStdString()};
    return database;
}

QSqlDatabase Database::connection()
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.driver() && db.driver()->property(sql::kConnectionLost).toBool()
            && !db.driver()->property(sql::kInTransaction).toBool())
            reopen(db);
        return db;
    }
    auto opened = openConnection(name);
    if (!opened)
        return QSqlDatabase::database(name, false);
    return opened.value();
}

void Database::releaseThreadConnection()
{
    closeNamedConnection(m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16));
}

Result<QSqlDatabase> Database::openNamedConnection(const QString &name)
{
    if (QSqlDatabase::contains(name))
        return Error{ErrorCode::InvalidInput, "a connection named " + name.toStdString() + " is already open"};
    auto opened = openConnection(name);
    if (!opened)
        closeNamedConnection(name);
    return opened;
}

QString Database::processOrigin()
{
    static const QString origin = QStringLiteral("exchange-%1-%2")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(QRandomGenerator::system()->generate() & 0xffffffu, 6, 16, QLatin1Char('0'));
    return origin;
}

void Database::closeNamedConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    const bool sqlite = m_url.kind == DatabaseUrl::Kind::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    // Amounts must come back as text, never as a double.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    m_url.applyTo(db);
    if (sqlite) {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        // Keepalives and a TCP user timeout: a server that went away (a cut
        // network, not a closed socket) is noticed within seconds, not after
        // the system's retransmission timeout of a quarter of an hour.
        db.setConnectOptions(QStringLiteral("connect_timeout=5;keepalives_idle=10;keepalives_interval=3;keepalives_count=3;"
                                            "tcp_user_timeout=15000;application_name=")
                             + processOrigin());
    }
    if (!db.open())
        return Error{ErrorCode::Unavailable, "cannot open the database " + m_url.redacted().toStdString()};
    if (auto configured = configure(db); !configured)
        return configured.error();
    return db;
}

void Database::reopen(QSqlDatabase &db)
{
    // The same connection object, so every copy of it (repositories keep
    // some) uses the new session; a failure leaves it marked for the next
    // try, and the caller's statement reports the database unreachable.
    qWarning("store: the connection to %s was lost; opening it again", qUtf8Printable(m_url.redacted()));
    db.close();
    db.driver()->setProperty(sql::kConnectionLost, false);
    if (!db.open() || !configure(db)) {
        db.driver()->setProperty(sql::kConnectionLost, true);
        return;
    }
    qInfo("store: connected to %s again", qUtf8Printable(m_url.redacted()));
}

Result<void> Database::configure(QSqlDatabase &db)
{
    const bool sqlite = m_url.kind == DatabaseUrl::Kind::SQLite;
    if (sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                   "PRAGMA foreign_keys=ON"}) {
            if (auto done = sql::execute(db, QString::fromLatin1(pragma)); !done)
                return done.error();
        }
        if (auto registered = registerSqliteAmountFunctions(db); !registered)
            return registered.error();
    } else {
        for (const char *setting : {"SET TIME ZONE 'UTC'", "SET client_min_messages TO WARNING"}) {
            if (auto done = sql::execute(db, QString::fromLatin1(setting)); !done)
                return done.error();
        }
    }
    return {};
}

Result<void> Database::migrate(const MigrationList &migrations)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error{ErrorCode::Unavailable, "cannot open the database " + m_url.redacted().toStdString()};
    return Migrator(db, m_dialect, migrations).migrate();
}

Result<int> Database::schemaVersion()
{
    QSqlDatabase db = connection();
    return Migrator::currentVersion(db);
}

} // namespace exchange
