#pragma once
// exctl --operator APPROVER withdrawals speed-up ID [--cap ETHER]: replace a
// withdrawal's Ethereum payout that is on chain but not mined by the same
// payment with the same nonce and a fee at least 12.5% higher (vault
// passphrase on stdin: this process signs, after the payout signer's own
// checks). The approver's request is audited first; whichever of the two
// transactions is mined settles the withdrawal. --cap: the most the
// replacement's network fee may be (default 0.05 ether); a cap without room
// for the bump refuses and signs nothing.

#include "command.h"

class WithdrawalsSpeedUpCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals speed-up"); }
    QString summary() const override
    {
        return QStringLiteral("Replace a stuck Ethereum payout with a higher fee, same nonce (approver; audited)");
    }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
