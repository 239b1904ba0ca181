#pragma once
// Migration 13: the change feed between processes. On PostgreSQL, triggers
// announce every committed change of the tables the screens show with
// NOTIFY on the channel kChangeChannel, so that every console and server
// attached to the same database hears of it, whoever made it (a console,
// exctl, exctl serve, or psql). NOTIFY is delivered at COMMIT and never for
// a rolled-back transaction, and identical notices of one transaction are
// sent once.
//
// A notice reads "Topic|key|origin": Topic is a ChangeNotifier::Topic name
// ("Withdrawal"), key what changed (a withdrawal's id, an asset's code, a
// chain's name; empty for a statement-level topic such as Ledger), origin
// the application_name of the connection that made it, so that a process
// can skip what it has already announced itself.
//
// SQLite has one desktop and no second process to tell: there the services'
// own announcements are the whole feed.

#include "core/base/result.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace exchange {

inline constexpr char kChangeChannel[] = "exchange_changes";

QStringList changeFeedSchema(const Dialect &dialect);

// One notice per topic, origin this connection, in DB's transaction: what
// DatabaseCopier announces after a bulk copy, during which the feed's
// triggers were off. Nothing on SQLite.
Result<void> announceEveryTopic(QSqlDatabase &db, const Dialect &dialect);

} // namespace exchange
