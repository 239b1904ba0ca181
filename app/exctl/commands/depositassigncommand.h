#pragma once
// exctl deposit assign ID CUSTOMER: credit an unattributed deposit.

#include "command.h"

class DepositAssignCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("deposit assign"); }
    QString summary() const override { return QStringLiteral("Credit an unattributed deposit to a customer (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("DEPOSIT CUSTOMER"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
