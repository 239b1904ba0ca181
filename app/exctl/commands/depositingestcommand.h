#pragma once
// exctl deposit ingest --chain C --txid T --index I --to ADDRESS --amount X [--memo M]:
// record a payment by hand (recovery), through the path the watchers use.

#include "command.h"

class DepositIngestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("deposit ingest"); }
    QString summary() const override { return QStringLiteral("Record a payment seen on a chain (the watchers' path; audited)"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
