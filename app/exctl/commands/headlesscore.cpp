#include "headlesscore.h"

#include "operatorcli.h"
#include "core/runtime/backgroundduties.h"
#include "core/runtime/changelistener.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/leaderelection.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/existingdatabase.h"

#include <QDir>
#include <QFile>

using namespace exchange;

HeadlessCore::HeadlessCore() = default;

HeadlessCore::~HeadlessCore()
{
    stop();
}

QString HeadlessCore::passphraseFile(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (credentials.isEmpty())
        return {};
    const QString file = QDir(credentials).filePath(QStringLiteral("vault-passphrase"));
    return QFile::exists(file) ? file : QString();
}

Result<QByteArray> HeadlessCore::readPassphrase(const QString &passphraseFile)
{
    QFile file(passphraseFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Unavailable, "cannot read the vault passphrase file " + passphraseFile.toStdString()};
    QByteArray passphrase = file.readLine(4096);
    while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
        passphrase.chop(1);
    return passphrase;
}

Result<QByteArray> HeadlessCore::pinnedAdminKey(Database &database, const Clock &clock, security::AuditLog &audit,
                                                const QString &passphraseFile)
{
    if (passphraseFile.isEmpty())
        return QByteArray();
    auto read = readPassphrase(passphraseFile);
    if (!read)
        return read.error();
    QByteArray passphrase = std::move(read).value();
    security::KeyVault vault(database, clock, audit);
    auto unlocked = vault.unlock(operatorcli::cliActor(), passphrase);
    passphrase.fill('\0');
    if (!unlocked)
        return unlocked.error();
    auto pin = vault.pinnedAdminKey();
    vault.lock(operatorcli::cliActor());
    if (!pin)
        return pin.error();
    return pin.value() ? *pin.value() : QByteArray();
}

Result<void> HeadlessCore::start(const QString &url, const QString &passphraseFile)
{
    auto opened = openExistingDatabase(url);
    if (!opened)
        return opened.error();
    m_services = std::make_unique<CoreServices>(std::move(opened).value());
    m_changes = std::make_unique<ChangeListener>(m_services->database(), m_services->notifier());
    m_changes->startInBackground();
    if (!passphraseFile.isEmpty()) {
        auto read = readPassphrase(passphraseFile);
        if (!read)
            return read.error();
        QByteArray passphrase = std::move(read).value();
        auto unlocked = m_services->vault().unlock(operatorcli::cliActor(), passphrase);
        passphrase.fill('\0');
        if (!unlocked)
            return unlocked.error();
        qInfo("key vault unlocked: automatic payouts sign");
        // The deposit keys, as at every unlock: the Ethereum xpub recorded
        // (or checked) and the Algorand pool topped up.
        auto prepared = m_services->depositKeys().refresh(operatorcli::cliActor(), m_services->vault());
        if (!prepared)
            qWarning("deposit addresses: %s", prepared.error().message.c_str());
        else if (prepared.value().poolAdded > 0 || prepared.value().xpubRecorded)
            qInfo("deposit addresses: %lld Algorand addresses added to the pool (%lld of %lld)%s",
                  static_cast<long long>(prepared.value().poolAdded), static_cast<long long>(prepared.value().pool.available),
                  static_cast<long long>(prepared.value().pool.size),
                  prepared.value().xpubRecorded ? "; the Ethereum xpub is recorded" : "");
    } else {
        qInfo("key vault locked (no --vault-passphrase-file or vault-passphrase credential): payouts sign nothing, "
              "and a chain with token assets is not watched (its tokens are trusted only as an admin signed them, "
              "checked against the vault's pin)");
    }
    // The vault used this thread's connection; the duties have their own.
    m_services->database().releaseThreadConnection();

    m_runtime = std::make_unique<CoreRuntime>();
    m_duties = std::make_unique<BackgroundDuties>(*m_services, m_runtime->thread(),
                                                  LeaderElection::identityFor(QStringLiteral("exctl serve")));
    connect(m_duties.get(), &BackgroundDuties::leaderChanged, this, [](bool thisProcess, const QString &name) {
        if (thisProcess)
            qInfo("this process leads the background duties: watchers and payouts run here");
        else if (name.isEmpty())
            qInfo("no process is known to lead the background duties");
        else
            qInfo("the background duties run in %s", qUtf8Printable(name));
    });
    // Payouts repeat their status every pass: only a change is logged.
    auto logChange = [](const char *what) {
        return [what, last = std::make_shared<QMap<QString, DutyStatus>>()](const QString &chain, const DutyStatus &status) {
            if (last->value(chain) == status)
                return;
            last->insert(chain, status);
            if (status.isDown())
                qWarning("%s %s is down: %s", what, qUtf8Printable(chain), qUtf8Printable(status.text));
            else
                qInfo("%s %s: %s", what, qUtf8Printable(chain), qUtf8Printable(status.text));
        };
    };
    connect(m_duties.get(), &BackgroundDuties::watcherStatusChanged, this, logChange("watcher"));
    connect(m_duties.get(), &BackgroundDuties::payoutStatusChanged, this, logChange("payouts"));
    m_duties->start();
    return {};
}

void HeadlessCore::stop()
{
    if (m_duties)
        m_duties->stop();
    m_duties.reset();
    m_changes.reset();
    if (m_runtime) {
        Database *db = m_services ? &m_services->database() : nullptr;
        m_runtime->stop([db] {
            if (db)
                db->releaseThreadConnection();
        });
    }
    m_runtime.reset();
    m_services.reset();
}

api::HealthReport HeadlessCore::health(Database &database) const
{
    api::HealthReport report;
    report.databaseUrl = database.url().redacted();
    auto version = database.schemaVersion();
    report.databaseOk = version.ok();
    if (version)
        report.schemaVersion = version.value();
    else
        report.databaseError = QString::fromStdString(version.error().message);
    if (m_duties) {
        report.leading = m_duties->isLeading();
        report.leaderName = m_duties->leaderName();
        report.watchers = m_duties->watcherStatus();
        report.payouts = m_duties->payoutStatus();
    }
    report.vaultUnlocked = m_services && m_services->vault().isUnlocked();
    return report;
}
