#pragma once
// exctl payouts run [--chain ethereum|stellar|algorand] [--wait S]: the
// automatic payouts of withdrawals from a chain's hot wallet (vault
// passphrase on stdin). Follows what was sent before, takes approved
// withdrawals into processing, signs, stores and sends one payout for each
// processing withdrawal, and with --wait keeps following until every
// payout is decided (at most S seconds). An Ethereum payout not mined after
// --stuck-after seconds (600) is replaced: same nonce, fee 12.5% up, at most
// --replacement-cap ether (PayoutReplacement). `payouts follow` only follows
// (no passphrase, nothing signed). Exit 0 when nothing went wrong, 1 when a
// withdrawal went to error or the chain could not be reached.

#include "command.h"

class PayoutsRunCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("payouts"); }
    QString summary() const override { return QStringLiteral("Pay approved withdrawals from the hot wallet, or follow payouts"); }
    QString positionalSyntax() const override { return QStringLiteral("run|follow"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
