#pragma once
// WebhookWorker: webhook delivery as a background duty of the leader
// (BackgroundDuties), a PeriodicDuty on a thread of its own: every few
// seconds, and soon after a change of a withdrawal, one WebhookDispatcher
// pass. The first time it finds the key vault unlocked without a webhook
// signing key it makes one (WebhookKey), on the authority of this process's
// local user, who unlocked the vault. One line, "webhooks": delivering,
// failing (how many, the oldest), or why deliveries wait.

#include "core/wallets/periodicduty.h"

#include <memory>

namespace exchange::api {

class WebhookDispatcher;

class WebhookWorker final : public PeriodicDuty
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2'000;

    WebhookWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier,
                  int intervalMs = kDefaultIntervalMs);
    ~WebhookWorker() override;

private:
    void pass() override;

    std::unique_ptr<WebhookDispatcher> m_dispatcher; // made on the duty's thread
};

} // namespace exchange::api
