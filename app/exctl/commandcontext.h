#pragma once
// What a command needs from its surroundings: the database (opened on first
// use from --db), who the command acts as (--operator), the output streams
// and the --json choice.

#include "core/base/result.h"
#include "core/money/asset.h"
#include "core/security/actor.h"

#include <QJsonDocument>
#include <QString>
#include <QTextStream>

#include <map>
#include <memory>
#include <optional>

namespace exchange { class Database; }
class OperatorSignIn;

class CommandContext final
{
public:
    // operatorName: --operator NAME, empty when not given.
    CommandContext(QString databaseUrl, QString operatorName, QTextStream &out, QTextStream &err);
    ~CommandContext();
    Q_DISABLE_COPY_MOVE(CommandContext)

    // Opens the database and brings its schema up to date on first call.
    // Reports the reason on stderr and returns nullptr when that fails.
    exchange::Database *database();
    // Opens without migrating (for `init`, which migrates itself).
    exchange::Database *databaseWithoutMigration();
    // The URL given with --db (or the default); it may hold a password.
    const QString &databaseUrl() const { return m_databaseUrl; }

    // Who the command acts as: the operator of --operator, signed in on
    // first call (password and code from EXCTL_PASSWORD / EXCTL_TOTP or the
    // terminal), else the local admin cli:<OS user>, who may read and run
    // maintenance but decides nothing about where money goes (the core
    // refuses it that). Reports the reason on stderr and returns nullptr
    // when the sign-in fails.
    const exchange::security::Actor *actor();
    const QString &operatorName() const { return m_operatorName; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "exctl: <message>" on stderr and returns Command::Refused.
    int refuse(const QString &message);
    int refuse(const exchange::Error &error);
    // Prints a usage error and returns Command::UsageError.
    int usageError(const QString &message);
    // "'abc' is not a withdrawal id": a usage error naming what was typed.
    int notAn(const QString &typed, const QString &what);

    void printJson(const QJsonDocument &document);

    // The assets by code (needs database()).
    exchange::Result<std::map<std::string, exchange::Asset>> assets();

private:
    QString m_databaseUrl;
    QString m_operatorName;
    std::unique_ptr<OperatorSignIn> m_signIn;
    std::optional<exchange::security::Actor> m_actor;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<exchange::Database> m_database;
    bool m_migrated = false;
};
