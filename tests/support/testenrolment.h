#pragma once
// Operators who sign in with two-factor codes from a secret the test knows:
// added and enrolled through OperatorService as a person is at their first
// sign-in (password, then a code from the new secret). The server takes each
// 30-second step once per operator, so a test that decides many times as one
// person waits for the clock; deciding as several people does not.
//
// The enrolment uses the code of the step before now (the oldest one the
// server accepts), so that afterwards the codes of this step and the next
// are both still free: two decisions at once per enrolled operator.

#include "core/base/result.h"
#include "core/security/role.h"

#include <QByteArray>

#include <string>

namespace exchange { class Database; }

// Adds the operator (as cli:tests) and enrols their two-factor secret;
// returns the step whose code the enrolment used. An error, and no
// enrolment, when the name is taken or a step is refused.
exchange::Result<qint64> enrolTestOperator(exchange::Database &db, const std::string &name, exchange::security::Role role,
                                           const QByteArray &password, const QByteArray &totpSecret);
