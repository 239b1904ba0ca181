#include "core/api/backofficewithdrawalschema.h"

namespace exchange::api {

QStringList backOfficeWithdrawalSchema(const Dialect &)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE api_idempotency ("
                        " client_id BIGINT NOT NULL REFERENCES api_clients (id),"
                        " idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 64),"
                        " body_sha256 TEXT NOT NULL CHECK (length(body_sha256) = 64),"
                        " status INTEGER NOT NULL CHECK (status BETWEEN 200 AND 599),"
                        " answer TEXT NOT NULL,"
                        " withdrawal_id BIGINT REFERENCES withdrawals (id),"
                        " created_at BIGINT NOT NULL,"
                        " PRIMARY KEY (client_id, idempotency_key))");
    s << QStringLiteral("CREATE INDEX api_idempotency_age ON api_idempotency (created_at)");
    s << QStringLiteral("CREATE TABLE backoffice_withdrawal_requests ("
                        " withdrawal_id BIGINT PRIMARY KEY REFERENCES withdrawals (id),"
                        " client TEXT NOT NULL CHECK (length(client) BETWEEN 1 AND 64),"
                        " method TEXT NOT NULL,"
                        " target TEXT NOT NULL,"
                        " request_timestamp TEXT NOT NULL,"
                        " request_nonce TEXT NOT NULL,"
                        " body TEXT NOT NULL,"
                        " signature TEXT NOT NULL CHECK (length(signature) > 0))");
    return s;
}

} // namespace exchange::api
