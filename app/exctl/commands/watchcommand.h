#pragma once
// exctl watch CHAIN [--once] [--from N]: runs a chain's deposit watcher in
// this process (the one the console and exctl serve run), until stopped or,
// with --once, until every confirmed block or round is read. --from moves
// the cursor first (audited), to read again from block or round N.

#include "command.h"

class WatchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override { return QStringLiteral("Run a chain's deposit watcher (--once: until caught up)"); }
    QString positionalSyntax() const override { return QStringLiteral("CHAIN"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
