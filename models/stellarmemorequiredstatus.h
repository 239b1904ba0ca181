#pragma once
// StellarMemoRequiredStatus: whether the Stellar base account (hot's) carries
// SEP-29's config.memo_required = "1", asked of the Horizon the signer uses
// (SignerNode) on the core thread, for the Settings screen's chain section.
// refresh() asks again; changed() says when the answer (or the failure to
// get one) arrived. Read-only: setting it is exctl stellar memo-required.

#include "core/wallets/stellarmemorequired.h"

#include <QObject>
#include <QString>

#include <optional>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class StellarMemoRequiredStatus final : public QObject
{
    Q_OBJECT
public:
    StellarMemoRequiredStatus(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StellarMemoRequiredStatus)

    void refresh();
    bool isChecking() const { return m_checking; }
    // The last answer; nullopt before the first or when it failed.
    const std::optional<exchange::wallets::MemoRequiredState> &state() const { return m_state; }
    // One line for the operator: the state and what it means, or why it is
    // not known.
    QString text() const;
    // Set: fine; not set or the account missing: worth an admin's look.
    bool needsAttention() const;

signals:
    void changed();

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    std::optional<exchange::wallets::MemoRequiredState> m_state;
    QString m_failure;
    bool m_noHorizon = false; // Stellar has no Horizon set: nothing to ask
    bool m_checking = false;
};
