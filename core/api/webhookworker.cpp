#include "core/api/webhookworker.h"

#include "core/api/webhookdispatcher.h"
#include "core/api/webhookkey.h"
#include "core/api/webhookservice.h"
#include "core/base/message.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"

#include <QDateTime>

#include <pwd.h>
#include <unistd.h>

namespace exchange::api {

namespace {

security::Actor processUser()
{
    const passwd *pw = getpwuid(geteuid());
    return security::Actor::cli(pw && pw->pw_name ? pw->pw_name : std::to_string(geteuid()));
}

} // namespace

WebhookWorker::WebhookWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier, int intervalMs)
    : PeriodicDuty(database, vault, notifier, intervalMs, ChangeNotifier::Topic::Withdrawal)
{
}

WebhookWorker::~WebhookWorker() = default;

void WebhookWorker::pass()
{
    const QString line = dutyWords(MessageId::DutyWebhooksLine);
    if (vault().isUnlocked()) {
        auto key = WebhookKey::publicKey(database().connection());
        if (key && !key.value()) {
            if (auto made = WebhookKey::ensure(vault(), processUser()); !made) {
                emit statusChanged(line, DutyStatus::down(dutyWords(MessageId::WebhooksStopped, {made.error().message})));
                return;
            }
        }
    }
    if (!m_dispatcher)
        m_dispatcher = std::make_unique<WebhookDispatcher>(database(), clock(), vault());
    auto done = m_dispatcher->pass();
    if (!done) {
        emit statusChanged(line, DutyStatus::down(dutyWords(MessageId::WebhooksStopped, {done.error().message})));
        return;
    }
    if (done.value().waiting) {
        const bool noKey = done.value().waiting->code == ErrorCode::NotFound;
        emit statusChanged(line, DutyStatus::blocked(dutyWords(noKey ? MessageId::WebhooksNoKey : MessageId::WebhooksWaitForVault)));
        return;
    }
    auto failures = WebhookService(database(), clock(), audit()).failures();
    if (!failures) {
        emit statusChanged(line, DutyStatus::down(dutyWords(MessageId::WebhooksStopped, {failures.error().message})));
        return;
    }
    const WebhookFailures &f = failures.value();
    if (f.failing > 0 || f.failed > 0) {
        const QString oldest = QDateTime::fromMSecsSinceEpoch(f.oldestEventAtMs.value_or(0), Qt::UTC).toString(Qt::ISODate);
        emit statusChanged(line, DutyStatus::blocked(dutyWords(MessageId::WebhooksFailing,
                                                               {std::to_string(f.failing), std::to_string(f.failed),
                                                                oldest.toStdString()})));
        return;
    }
    emit statusChanged(line, DutyStatus::running(dutyWords(MessageId::WebhooksDelivering)));
}

} // namespace exchange::api
