#pragma once
// exctl withdrawals cancel|retry ID: one step of a withdrawal that needs
// nothing but its id, taken through WithdrawalService (which checks the
// state, the operator's role, and writes the audit record).
//   cancel  a withdrawal not yet paying out: its funds go back to the customer
//   retry   error or failed back to processing: the next `exctl payouts run`
//           sends the kept transaction again (error) or signs a new one (failed)

#include "command.h"
#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <functional>

namespace exchange::withdrawals { class WithdrawalService; }

class WithdrawalsStepCommand final : public Command
{
public:
    using Step = std::function<exchange::Result<exchange::withdrawals::WithdrawalRecord>(
        exchange::withdrawals::WithdrawalService &, const exchange::security::Actor &, std::int64_t)>;

    WithdrawalsStepCommand(QString step, QString summary, Step action)
        : m_step(std::move(step)), m_summary(std::move(summary)), m_action(std::move(action))
    {
    }
    static std::unique_ptr<Command> cancel();
    static std::unique_ptr<Command> retry();

    QString name() const override { return QStringLiteral("withdrawals ") + m_step; }
    QString summary() const override { return m_summary; }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;

private:
    QString m_step;
    QString m_summary;
    Step m_action;
};
