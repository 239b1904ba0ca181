#include "core/customers/customeraddressschema.h"

namespace exchange::customers {

QStringList customerAddressSchema(const Dialect &)
{
    QStringList s;
    // One row per customer, chain and canonical address; the lookup by
    // address serves a withdrawal's "is it theirs" question.
    s << QStringLiteral("CREATE TABLE customer_addresses ("
                        " customer_id BIGINT NOT NULL REFERENCES customers (id),"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " address TEXT NOT NULL,"
                        " label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 64),"
                        " added_by TEXT NOT NULL,"
                        " added_at BIGINT NOT NULL,"
                        " PRIMARY KEY (customer_id, chain, address))");
    s << QStringLiteral("CREATE INDEX customer_addresses_address ON customer_addresses (chain, address)");
    // Decided when the withdrawal is requested and never again: a later
    // edit of the list does not rewrite history.
    s << QStringLiteral("ALTER TABLE withdrawals ADD COLUMN new_destination INTEGER NOT NULL DEFAULT 0"
                        " CHECK (new_destination IN (0, 1))");
    s << QStringLiteral("ALTER TABLE withdrawal_settings ADD COLUMN review_new_destinations INTEGER NOT NULL DEFAULT 0"
                        " CHECK (review_new_destinations IN (0, 1))");
    return s;
}

} // namespace exchange::customers
