#pragma once
// exctl address validate --chain C ADDRESS: prints "valid" and the canonical
// spelling (exit 0) or why the address is refused (exit 1).

#include "command.h"

class AddressValidateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("address validate"); }
    QString summary() const override { return QStringLiteral("Check an address on a chain"); }
    QString positionalSyntax() const override { return QStringLiteral("ADDRESS"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
