#pragma once
// What the operator and audit commands share: the local CLI actor, and how a
// password is read without showing it.
//
// Without --operator, exctl acts as "cli:<OS user>": an admin for reading
// and maintenance (whoever can run it against the database holds its
// credentials), audited under that name, but the core refuses it every
// decision about where money goes (security::actionNeedsAPerson): those
// need a person, exctl --operator NAME (CommandContext::actor).

#include "core/security/actor.h"

#include <QByteArray>
#include <QString>

class CommandContext;

namespace operatorcli {

exchange::security::Actor cliActor();
// One line from stdin (echo off on a terminal), without the line end.
QByteArray readPassword(CommandContext &context, const QString &prompt);

} // namespace operatorcli
