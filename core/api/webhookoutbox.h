#pragma once
// WebhookOutbox: reads the events the triggers wrote (webhookschema.h), in
// the order they were written. Writing them is the database's own business.

#include "core/api/webhookevent.h"
#include "core/base/result.h"

#include <QSqlDatabase>

#include <vector>

namespace exchange::api {

class WebhookOutbox final
{
public:
    explicit WebhookOutbox(QSqlDatabase db) : m_db(std::move(db)) {}

    // At most limit events with seq > afterSeq, oldest first.
    Result<std::vector<WebhookEvent>> after(qint64 afterSeq, int limit) const;
    // The event of that seq; NotFound when none.
    Result<WebhookEvent> get(qint64 seq) const;

private:
    QSqlDatabase m_db;
};

} // namespace exchange::api
