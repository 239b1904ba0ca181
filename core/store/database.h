#pragma once
// Database: one logical store (SQLite file or PostgreSQL database) opened
// from a URL. Qt SQL connections may only be used on the thread that made
// them, so connection() hands each thread its own named connection,
// configured the same way (SQLite: WAL, foreign keys, synchronous=FULL,
// busy timeout, exact amount functions).

#include "core/base/result.h"
#include "core/store/databaseurl.h"
#include "core/store/dialect.h"
#include "core/store/migrationlist.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace exchange {

class Database final
{
public:
    // Parses the URL and opens a first connection on the calling thread, so
    // that an unreachable server or unwritable file is reported here.
    static Result<std::unique_ptr<Database>> open(const QString &url);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The calling thread's connection, opened on first use. Check isOpen():
    // a connection that cannot be opened is returned closed.
    QSqlDatabase connection();
    // Closes the calling thread's connection (call before a thread ends).
    void releaseThreadConnection();

    // A connection of its own under NAME, configured like the others, for
    // session state that must not be shared with the thread's connection
    // (LISTEN, advisory locks). Use it on the calling thread only and close
    // it there with closeNamedConnection(NAME).
    Result<QSqlDatabase> openNamedConnection(const QString &name);
    void closeNamedConnection(const QString &name);

    // This process's name on a PostgreSQL server (application_name of all
    // its connections): "exchange-PID-RANDOM", the origin in the change
    // feed's notices (core/runtime/changefeedschema.h).
    static QString processOrigin();

    const DatabaseUrl &url() const { return m_url; }
    const Dialect &dialect() const { return m_dialect; }

    // Brings the schema to the newest version of MIGRATIONS, each migration
    // in its own transaction. Refuses a database written by a newer build.
    Result<void> migrate(const MigrationList &migrations);
    Result<int> schemaVersion();

private:
    explicit Database(DatabaseUrl url);
    Result<QSqlDatabase> openConnection(const QString &name);
    // Session settings (SQLite pragmas and functions, PostgreSQL time zone).
    Result<void> configure(QSqlDatabase &db);
    // A connection whose session was lost, opened again in place.
    void reopen(QSqlDatabase &db);

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace exchange
