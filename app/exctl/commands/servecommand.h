#pragma once
// exctl serve --api HOST:PORT: the core headless, serving the trade API of
// 001 until stopped (loopback by default). Funding payments are looked up
// through the chain settings' nodes (Ethereum JSON-RPC, Algorand indexer,
// Horizon; --eth-rpc overrides Ethereum's); a chain without one answers 503.
// --trust-payments-for-testing accepts every tx_id as funded: for demos,
// load tests and interop runs only, and it says so on stderr.
// Beside the API it runs the background duties (deposit watchers, automatic
// payouts) while it leads them among the processes on the database
// (HeadlessCore; --no-duties: the API only), reports GET /health, logs to
// stderr in a form the journal reads, and stops cleanly on SIGTERM/SIGINT.
// --backoffice HOST:PORT also serves the back-office API (backofficeserver.h)
// on a listener of its own, loopback unless --backoffice-allow-remote.

#include "command.h"

class ServeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override { return QStringLiteral("Run the core headless: the trade API, watchers and payouts, GET /health"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
