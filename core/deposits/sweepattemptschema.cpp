#include "core/deposits/sweepattemptschema.h"

namespace exchange::deposits {

QStringList sweepAttemptSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE sweep_attempts ("
                        " %1,"
                        " kind TEXT NOT NULL CHECK (kind IN ('collection', 'refuel')),"
                        " parent_id BIGINT NOT NULL,"
                        " %2,"
                        " %3,"
                        " raw_tx TEXT NOT NULL,"
                        " txid TEXT NOT NULL UNIQUE,"
                        " replaced_by TEXT NOT NULL,"
                        " state TEXT NOT NULL CHECK (state IN ('superseded', 'dropped', 'mined')),"
                        " signed_at BIGINT NOT NULL,"
                        " replaced_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '')")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("amount")),
                  d.amountColumn(QStringLiteral("max_fee")));
    s << QStringLiteral("CREATE INDEX sweep_attempts_parent ON sweep_attempts (kind, parent_id, id)");
    s << QStringLiteral("CREATE INDEX sweep_attempts_state ON sweep_attempts (state, kind)");
    return s;
}

} // namespace exchange::deposits
