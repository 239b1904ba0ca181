#pragma once
// WebhookObject: a webhook event as its body is sent,
//
//   {"id": "evt_…", "type": "withdrawal.state_changed",
//    "created_at": "2026-12-06T13:20:54.123Z", "object": {…}}
//
// where the object is rendered from the event's snapshot by the very code
// the GET endpoints answer with (BackOfficeWithdrawals, BackOfficeDeposits,
// BackOfficeCustomers), so an event's object is what GET answered at that
// moment. A deposit that is no customer's (unattributed) has external_id null.

#include "core/api/webhookevent.h"
#include "core/base/result.h"

#include <QByteArray>
#include <QJsonObject>

#include <map>
#include <string>

namespace exchange::api {

class WebhookObject final
{
public:
    // decimals: per asset code (assetDecimals()); Corrupted for a snapshot
    // that does not read back as its object.
    static Result<QJsonObject> object(const WebhookEvent &event, const std::map<std::string, int> &decimals);
    static Result<QJsonObject> body(const WebhookEvent &event, const std::map<std::string, int> &decimals);
    // The body's bytes as sent and signed (compact JSON).
    static Result<QByteArray> bodyBytes(const WebhookEvent &event, const std::map<std::string, int> &decimals);
};

} // namespace exchange::api
