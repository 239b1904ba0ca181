#pragma once
// exctl withdrawals release ID --paid TXID | --reject REASON: ends a
// withdrawal's integrity hold after an investigation, as an admin with a
// two-factor code (exctl --operator NAME). --paid checks the TxId on the
// chain (confirmed, from a hot wallet, paying the destination the amount)
// and settles the withdrawal as a hot payout; --reject voids the hold and
// rejects it. Exactly one of the two.

#include "command.h"

class WithdrawalsReleaseCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals release"); }
    QString summary() const override
    {
        return QStringLiteral("End a withdrawal's integrity hold: paid after all (--paid TXID, checked on the chain) or not "
                              "paid (--reject REASON, funds back); admin, audited");
    }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
