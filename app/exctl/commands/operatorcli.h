#pragma once
// What the operator and audit commands share: who exctl acts as, and how a
// password is read without showing it.
//
// exctl acts as the local CLI actor "cli:<OS user>" with admin rights and
// no second factor: whoever can run it against the database holds its
// credentials and could change the tables directly, so a password here
// would protect nothing. Every change it makes is still audited under that
// name.

#include "core/security/actor.h"

#include <QByteArray>
#include <QString>

class CommandContext;

namespace operatorcli {

exchange::security::Actor cliActor();
// One line from stdin (echo off on a terminal), without the line end.
QByteArray readPassword(CommandContext &context, const QString &prompt);

} // namespace operatorcli
