#pragma once
// Where the data lives, as a URL: sqlite:///path/file.db or
// postgresql://user:password@host:port/dbname. redacted() is the only form
// that may be logged or shown: it never contains the password.

#include "core/base/result.h"

#include <QString>

class QSqlDatabase;

namespace exchange {

struct DatabaseUrl {
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString path;     // SQLite: the file
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static Result<DatabaseUrl> parse(const QString &text);
    // sqlite:// URL of exchange.db in the application data folder.
    static QString defaultUrl();

    QString redacted() const;
    // Points a connection that is not open yet at this database: the file,
    // or the server, user, password and database name. Each caller adds
    // the connect options it needs.
    void applyTo(QSqlDatabase &db) const;
};

} // namespace exchange
