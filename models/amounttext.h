#pragma once
// Amount text for people: the translated reason a typed amount was refused.
// (Amount's own messages are English, for logs and the command line.)

#include "core/money/amount.h"

#include <QCoreApplication>
#include <QString>

class AmountText final
{
    Q_DECLARE_TR_FUNCTIONS(AmountText)
public:
    static QString describe(exchange::Amount::ParseError error, int decimals);
};
