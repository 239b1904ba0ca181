#pragma once
// BackOfficePage: a list endpoint's ?limit=&cursor= (newest first). limit is
// 1 to 100 (50 when not given); the cursor is opaque to the client: the
// next_cursor of the page before, which names the last item it gave, so a
// page never repeats or skips an item while new ones arrive.

#include "core/base/result.h"

#include <QByteArray>
#include <QJsonValue>

#include <cstdint>
#include <optional>

namespace exchange::api {

struct BackOfficePage {
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 100;

    int limit = kDefaultLimit;
    std::optional<std::int64_t> beforeId; // from the cursor; none: the newest

    // From a request target's query ("/v1/…?limit=10&cursor=…"); other
    // parameters are ignored. InvalidInput for a limit out of range or not
    // digits, or a cursor this server did not make.
    static Result<BackOfficePage> fromTarget(const QByteArray &target);
    // The next page's cursor after an item of this id, as a client passes it.
    static QByteArray cursorAfter(std::int64_t lastId);
    // next_cursor: the cursor after lastId when there are more, else null.
    static QJsonValue nextCursor(bool more, std::int64_t lastId);
};

} // namespace exchange::api
