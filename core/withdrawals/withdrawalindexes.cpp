#include "core/withdrawals/withdrawalindexes.h"

namespace exchange::withdrawals {

QStringList withdrawalIndexes(const Dialect &)
{
    QStringList s;
    // History and the queues, oldest or newest first, with or without a
    // state (the review queue: under_review, oldest first).
    s << QStringLiteral("CREATE INDEX withdrawals_requested ON withdrawals (requested_at, id)");
    s << QStringLiteral("CREATE INDEX withdrawals_state_requested ON withdrawals (state, requested_at, id)");
    // One asset's or one customer's withdrawals by time.
    s << QStringLiteral("CREATE INDEX withdrawals_asset_requested ON withdrawals (asset, requested_at, id)");
    s << QStringLiteral("CREATE INDEX withdrawals_customer_requested ON withdrawals (customer_id, requested_at, id)");
    // By amount (within each asset: base units of different assets do not
    // compare), also within one state; amounts sort by value on both stores.
    s << QStringLiteral("CREATE INDEX withdrawals_amount ON withdrawals (asset, amount, id)");
    s << QStringLiteral("CREATE INDEX withdrawals_state_amount ON withdrawals (state, asset, amount, id)");
    // The last change first.
    s << QStringLiteral("CREATE INDEX withdrawals_updated ON withdrawals (updated_at, id)");
    return s;
}

QStringList withdrawalSearchIndexes(const Dialect &)
{
    return {QStringLiteral("CREATE INDEX withdrawals_destination ON withdrawals (destination, requested_at, id)")};
}

} // namespace exchange::withdrawals
