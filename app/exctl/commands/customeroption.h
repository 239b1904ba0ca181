#pragma once
// --customer VALUE of the commands that move or show a customer's money
// (withdraw request, ledger balances and adjust, deposits and withdrawals
// list, wallet add, customer keys): the customer's number, the ledger's id
// ("7", or "#7" to say so), or their external id ("web:0737", "c-7", or
// "@1001" to say so), which is what the exchange's own systems know them
// by. A number that is also another customer's external id is refused as
// ambiguous, naming both, rather than guessed: money must not move for the
// wrong person.

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QString>

namespace customercli {

// The customer's number; NotFound when VALUE is neither a customer's
// external id nor a number, InvalidInput when it could be either of two.
// A number is not checked to exist (each command says what it needs).
exchange::Result<qint64> customerNumber(const QSqlDatabase &db, const QString &value);

} // namespace customercli
