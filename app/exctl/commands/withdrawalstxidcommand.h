#pragma once
// exctl withdrawals txid ID TXID: the TxId of a manual payout, checked on
// the chain (exists, succeeded, confirmed, pays the destination at least
// the amount from the warm wallet) before the withdrawal is marked paid;
// a mismatch is refused naming what differs, and changes nothing.

#include "command.h"

class WithdrawalsTxidCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals txid"); }
    QString summary() const override
    {
        return QStringLiteral("Upload the TxId of a manual payout: checked on the chain, then the withdrawal is paid (audited)");
    }
    QString positionalSyntax() const override { return QStringLiteral("ID TXID"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
