#include "core/withdrawals/withdrawalschema.h"

namespace exchange::withdrawals {

QStringList withdrawalSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE withdrawals ("
                        " %1,"
                        " customer_id BIGINT NOT NULL REFERENCES customers (id),"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " destination TEXT NOT NULL,"
                        " %2,"
                        " %3,"
                        " state TEXT NOT NULL CHECK (state IN ('under_review', 'approved', 'processing', 'broadcast',"
                        "   'succeeded', 'failed', 'rejected', 'cancelled', 'error', 'manual_payout')),"
                        " review_reason TEXT NOT NULL DEFAULT '',"
                        " requested_by TEXT NOT NULL,"
                        " requested_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " txid TEXT NULL UNIQUE,"
                        " note TEXT NOT NULL DEFAULT '')")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("amount")),
                  d.amountColumn(QStringLiteral("fee")));
    // The limit windows read one customer's withdrawals of one asset by time;
    // the review queue reads by state, newest first.
    s << QStringLiteral("CREATE INDEX withdrawals_limits ON withdrawals (customer_id, asset, requested_at)");
    s << QStringLiteral("CREATE INDEX withdrawals_state ON withdrawals (state, id)");
    s << QStringLiteral("CREATE TABLE withdrawal_approvals ("
                        " withdrawal_id BIGINT NOT NULL REFERENCES withdrawals (id),"
                        " approver TEXT NOT NULL,"
                        " at BIGINT NOT NULL,"
                        " PRIMARY KEY (withdrawal_id, approver))");
    s << QStringLiteral("CREATE TABLE withdrawal_settings ("
                        " asset TEXT PRIMARY KEY REFERENCES assets (code),"
                        " %1)")
             .arg(d.nullableAmountColumn(QStringLiteral("two_approvers_above")));
    return s;
}

} // namespace exchange::withdrawals
