#include "core/store/databaseurl.h"

#include <QDir>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QUrl>

namespace exchange {

namespace {
Result<DatabaseUrl> refuse(const std::string &why)
{
    return Result<DatabaseUrl>::failure(ErrorCode::InvalidInput, "database URL " + why);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    if (text.isEmpty())
        return refuse("is empty");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse("is not a valid URL (expected sqlite:///path/file.db or "
                      "postgresql://user:password@host:port/dbname)");

    DatabaseUrl result;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite") {
        result.kind = Kind::SQLite;
        // sqlite:///abs/path.db has an empty host; sqlite://rel.db names a
        // file relative to the working folder.
        QString path = url.host().isEmpty() ? url.path() : url.host() + url.path();
        if (path.isEmpty() || path == u"/")
            return refuse("names no SQLite file");
        result.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return result;
    }
    if (scheme == u"postgresql" || scheme == u"postgres") {
        result.kind = Kind::PostgreSQL;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.password = url.password();
        result.databaseName = url.path().mid(1);
        if (result.host.isEmpty())
            return refuse("names no PostgreSQL host");
        if (result.databaseName.isEmpty() || result.databaseName.contains(u'/'))
            return refuse("names no PostgreSQL database");
        return result;
    }
    return refuse("has an unknown scheme (use sqlite:// or postgresql://)");
}

QString DatabaseUrl::defaultUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite://") + QDir(folder).absoluteFilePath(QStringLiteral("exchange.db"));
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::SQLite)
        return QStringLiteral("sqlite://") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + (password.isEmpty() ? QStringLiteral("@") : QStringLiteral(":***@"));
    return text + host + u':' + QString::number(port) + u'/' + databaseName;
}

void DatabaseUrl::applyTo(QSqlDatabase &db) const
{
    if (kind == Kind::SQLite) {
        db.setDatabaseName(path);
        return;
    }
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(databaseName);
}

} // namespace exchange
