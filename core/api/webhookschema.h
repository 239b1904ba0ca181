#pragma once
// The back-office API's webhooks (migration 26): endpoints per service
// client (webhook_endpoints), the transactional outbox (webhook_events) and
// one delivery per event and endpoint (webhook_deliveries).
//
// The events are written by triggers on withdrawals, deposits and customers
// in the transaction of the change itself, whatever code path made it: an
// event exists exactly when its change committed. Each keeps a snapshot of
// the row as it was (amounts in base units, as stored), rendered at delivery
// by the same code as the GET endpoints (WebhookObject). Events are
// append-only. The triggers that write events are named *_outbox_* (on
// SQLite): DatabaseCopier sets those aside while it copies the events
// themselves. A delivery is tried until give_up_at (a day after its event,
// or after an admin's retry), then failed; the duty's cursor over the events
// is the watcher_cursors row "webhooks".

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::api {

QStringList webhookSchema(const Dialect &dialect);
// Migration 33: withdrawals.internal_to (withdrawals::internalTransferSchema)
// and the withdrawal events' snapshot carrying it, so that a webhook says
// when a withdrawal is an internal transfer.
QStringList internalTransferSchema(const Dialect &dialect);

} // namespace exchange::api
