#pragma once
// exctl --operator ADMIN operator register-key USERNAME: the admin signs
// which signing key is USERNAME's, with their role (an operator.key
// statement). Until then the payout signer cannot verify that operator's
// approvals. Needs an admin who signed in (--operator) and can sign.

#include "command.h"

class OperatorRegisterKeyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("operator register-key"); }
    QString summary() const override { return QStringLiteral("Sign an operator's signing key as theirs (an admin)"); }
    QString positionalSyntax() const override { return QStringLiteral("USERNAME"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
