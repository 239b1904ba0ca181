#include "core/api/apiclientschema.h"

namespace exchange::api {

QStringList apiClientSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE api_clients ("
                        " %1,"
                        " name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),"
                        " public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),"
                        " scopes TEXT NOT NULL CHECK (length(scopes) > 0),"
                        " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL)")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE TABLE api_nonces ("
                        " client_id BIGINT NOT NULL REFERENCES api_clients (id),"
                        " nonce TEXT NOT NULL,"
                        " expires_at BIGINT NOT NULL,"
                        " PRIMARY KEY (client_id, nonce))");
    s << QStringLiteral("CREATE INDEX api_nonces_expiry ON api_nonces (expires_at)");
    return s;
}

} // namespace exchange::api
