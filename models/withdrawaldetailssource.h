#pragma once
// WithdrawalDetailsSource: reads the details of one withdrawal on the core
// thread when it is chosen, and again when it changes (its approvals, its
// state), so the pane and the approve confirmation never show stale facts.

#include "withdrawaldetails.h"

#include <QObject>

#include <optional>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class WithdrawalDetailsSource final : public QObject
{
    Q_OBJECT
public:
    WithdrawalDetailsSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WithdrawalDetailsSource)

    // 0: none.
    void show(qint64 id);
    qint64 id() const { return m_id; }
    // Reads the chosen one again now (after a refusal, say), without
    // waiting for the change to be announced.
    void reload();
    // The details of id() once read (nullopt before, and after show(0)).
    const std::optional<WithdrawalDetails> &details() const { return m_details; }

signals:
    void changed();
    void failed(const QString &message);

private:
    void load();

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    qint64 m_id = 0;
    std::optional<WithdrawalDetails> m_details;
};
