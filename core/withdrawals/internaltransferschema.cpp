#include "core/withdrawals/internaltransferschema.h"

namespace exchange::withdrawals {

QStringList internalTransferSchema(const Dialect &)
{
    QStringList s;
    s << QStringLiteral("ALTER TABLE withdrawals ADD COLUMN internal_to BIGINT NULL REFERENCES customers (id)"
                        " CHECK (internal_to IS NULL OR internal_to <> customer_id)");
    return s;
}

} // namespace exchange::withdrawals
