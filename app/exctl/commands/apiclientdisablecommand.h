#pragma once
// exctl --operator ADMIN api-client disable NAME: the client is refused every
// request from now on (it stays listed; its name is not reused). Audited.

#include "command.h"

class ApiClientDisableCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("api-client disable"); }
    QString summary() const override { return QStringLiteral("Disable a back-office API client: every request refused (admin, audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("NAME"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
