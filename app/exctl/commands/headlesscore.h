#pragma once
// HeadlessCore: what `exctl serve` runs beside the trade API: the core's
// services on a core thread of their own and the background duties
// (deposit watchers, automatic payouts) while this process leads them
// (LeaderElection). The key vault is unlocked from a passphrase file, for
// a service manager's credentials (systemd LoadCredential=), never from an
// argument or the environment; without one payouts sign nothing and say so.
// Its state goes to the log (stderr) as it changes, and into GET /health.

#include "core/api/healthreport.h"
#include "core/base/result.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <memory>

namespace exchange {
class BackgroundDuties;
class ChangeListener;
class CoreRuntime;
class Clock;
class CoreServices;
class Database;
namespace security { class AuditLog; }
}

class HeadlessCore final : public QObject
{
    Q_OBJECT
public:
    HeadlessCore();
    ~HeadlessCore() override;
    Q_DISABLE_COPY_MOVE(HeadlessCore)

    // The passphrase file to use: the one given, else systemd's credential
    // $CREDENTIALS_DIRECTORY/vault-passphrase when present, else none.
    static QString passphraseFile(const QString &given);
    // The file's first line, without its line end.
    static exchange::Result<QByteArray> readPassphrase(const QString &passphraseFile);
    // The admin key the vault pins, read by unlocking it with the
    // passphrase in passphraseFile and locking it again; empty when no file
    // is given or nothing is pinned (then no back-office client is trusted).
    static exchange::Result<QByteArray> pinnedAdminKey(exchange::Database &database, const exchange::Clock &clock,
                                                       exchange::security::AuditLog &audit, const QString &passphraseFile);

    // Opens its own connections to the database at url, unlocks the vault
    // when passphraseFile is not empty, and starts the duties.
    exchange::Result<void> start(const QString &url, const QString &passphraseFile);
    // Ends the duties (waiting for a step under way) and gives up the lead.
    void stop();

    // The database as `database` (the API's, on this thread) sees it, and
    // the rest as this process knows it.
    exchange::api::HealthReport health(exchange::Database &database) const;

private:
    std::unique_ptr<exchange::CoreRuntime> m_runtime;
    std::unique_ptr<exchange::CoreServices> m_services;
    std::unique_ptr<exchange::BackgroundDuties> m_duties;
    // What consoles and exctl change (chain settings restart a watcher).
    std::unique_ptr<exchange::ChangeListener> m_changes;
};
