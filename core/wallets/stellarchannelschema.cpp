#include "core/wallets/stellarchannelschema.h"

namespace exchange::wallets {

QStringList stellarChannelSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE stellar_channels ("
                        " %1,"
                        " address TEXT NOT NULL UNIQUE,"
                        " key_name TEXT NOT NULL UNIQUE,"
                        " state TEXT NOT NULL CHECK (state IN ('funding', 'active', 'merging', 'merged')),"
                        " sequence BIGINT NOT NULL DEFAULT 0,"
                        " raw_tx TEXT NOT NULL DEFAULT '',"
                        " txid TEXT NOT NULL DEFAULT '',"
                        " last_valid BIGINT NOT NULL DEFAULT 0,"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '')")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE INDEX stellar_channels_state ON stellar_channels (state, id)");
    return s;
}

} // namespace exchange::wallets
