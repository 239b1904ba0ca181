#include "core/security/securityschema.h"

namespace exchange::security {

// 3: operators, the tamper-evident audit log and the key vault. The audit
// log is append-only (triggers refuse UPDATE and DELETE); its hash chain
// finds what a trigger cannot stop (someone with the database owner's
// rights). Secrets are stored only as Argon2id hashes or secretbox
// ciphertexts.
QStringList securitySchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE operators ("
                        " %1,"
                        " username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),"
                        " role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'approver', 'admin')),"
                        " password_hash TEXT NOT NULL,"
                        " disabled INTEGER NOT NULL DEFAULT 0,"
                        " totp_salt TEXT,"
                        " totp_nonce TEXT,"
                        " totp_box TEXT,"
                        " totp_last_step BIGINT NOT NULL DEFAULT 0,"
                        " failed_logins INTEGER NOT NULL DEFAULT 0,"
                        " retry_after BIGINT NOT NULL DEFAULT 0,"
                        " last_login_at BIGINT NOT NULL DEFAULT 0,"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL)")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE TABLE audit_log ("
                        " seq BIGINT PRIMARY KEY,"
                        " at BIGINT NOT NULL,"
                        " actor_kind TEXT NOT NULL CHECK (actor_kind IN ('operator', 'cli', 'system')),"
                        " actor_id BIGINT NOT NULL,"
                        " actor_name TEXT NOT NULL,"
                        " action TEXT NOT NULL,"
                        " object_type TEXT NOT NULL,"
                        " object_id TEXT NOT NULL,"
                        " before_value TEXT NOT NULL,"
                        " after_value TEXT NOT NULL,"
                        " prev_hash TEXT NOT NULL,"
                        " hash TEXT NOT NULL)");
    s << QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)");
    s << QStringLiteral("CREATE INDEX audit_log_actor ON audit_log (actor_name, seq)");
    if (d.isSQLite()) {
        s << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
        s << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                            " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    } else {
        s << QStringLiteral("CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$");
        s << QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log"
                            " FOR EACH ROW EXECUTE FUNCTION audit_append_only()");
    }
    // The newest record's seq and hash, locked by every append so that two
    // writers never chain onto the same record.
    s << QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', '0:')");
    s << QStringLiteral("CREATE TABLE vault_keys ("
                        " name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),"
                        " chain TEXT NOT NULL,"
                        " public_id TEXT NOT NULL,"
                        " nonce TEXT NOT NULL,"
                        " ciphertext TEXT NOT NULL,"
                        " created_at BIGINT NOT NULL,"
                        " created_by TEXT NOT NULL)");
    return s;
}

// The audit log also records back-office API clients (actor_kind 'api').
// PostgreSQL changes the CHECK in place; SQLite cannot, so the table is
// rebuilt with the same rows (the hash chain is over the values, which do
// not change), its indexes and its append-only triggers.
QStringList auditApiActorSchema(const Dialect &d)
{
    if (!d.isSQLite()) {
        return {QStringLiteral("ALTER TABLE audit_log DROP CONSTRAINT audit_log_actor_kind_check"),
                QStringLiteral("ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_kind_check"
                               " CHECK (actor_kind IN ('operator', 'cli', 'system', 'api'))")};
    }
    const QString columns = QStringLiteral("seq, at, actor_kind, actor_id, actor_name, action, object_type, object_id,"
                                           " before_value, after_value, prev_hash, hash");
    QStringList s;
    s << QStringLiteral("CREATE TABLE audit_log_rebuilt ("
                        " seq BIGINT PRIMARY KEY,"
                        " at BIGINT NOT NULL,"
                        " actor_kind TEXT NOT NULL CHECK (actor_kind IN ('operator', 'cli', 'system', 'api')),"
                        " actor_id BIGINT NOT NULL,"
                        " actor_name TEXT NOT NULL,"
                        " action TEXT NOT NULL,"
                        " object_type TEXT NOT NULL,"
                        " object_id TEXT NOT NULL,"
                        " before_value TEXT NOT NULL,"
                        " after_value TEXT NOT NULL,"
                        " prev_hash TEXT NOT NULL,"
                        " hash TEXT NOT NULL)");
    s << QStringLiteral("INSERT INTO audit_log_rebuilt (%1) SELECT %1 FROM audit_log ORDER BY seq").arg(columns);
    // Dropping a table drops its triggers and indexes without firing them.
    s << QStringLiteral("DROP TABLE audit_log");
    s << QStringLiteral("ALTER TABLE audit_log_rebuilt RENAME TO audit_log");
    s << QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)");
    s << QStringLiteral("CREATE INDEX audit_log_actor ON audit_log (actor_name, seq)");
    s << auditObjectIndex(d);
    s << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    s << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    return s;
}

// A refusal names who decided a withdrawal (WithdrawalDecisionLog) by
// reading that object's newest audit records: without this index each
// lookup scans the log.
QStringList auditObjectIndex(const Dialect &)
{
    return {QStringLiteral("CREATE INDEX audit_log_object ON audit_log (object_type, object_id, seq)")};
}

// Each operator's Ed25519 key: the public key in the clear, the seed sealed
// (secretbox) under the same password-derived key as their TOTP secret, so
// the database alone cannot sign. signed_statements keeps every signed
// decision and key registration with the key that signed it; like the
// audit log it is append-only, and the payout signer trusts a statement
// only through its signature, never through the row.
QStringList signingSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE operator_keys ("
                        " operator_id BIGINT PRIMARY KEY REFERENCES operators (id),"
                        " public_key TEXT NOT NULL UNIQUE CHECK (length(public_key) = 64),"
                        " seed_nonce TEXT NOT NULL,"
                        " seed_box TEXT NOT NULL,"
                        " created_at BIGINT NOT NULL)");
    s << QStringLiteral("CREATE TABLE signed_statements ("
                        " %1,"
                        " kind TEXT NOT NULL,"
                        " object_type TEXT NOT NULL,"
                        " object_id TEXT NOT NULL,"
                        " operator_id BIGINT NOT NULL,"
                        " public_key TEXT NOT NULL CHECK (length(public_key) = 64),"
                        " statement TEXT NOT NULL,"
                        " signature TEXT NOT NULL CHECK (length(signature) = 128),"
                        " signed_at BIGINT NOT NULL)")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE INDEX signed_statements_object ON signed_statements (object_type, object_id, id)");
    s << QStringLiteral("CREATE INDEX signed_statements_kind ON signed_statements (kind, id)");
    if (d.isSQLite()) {
        s << QStringLiteral("CREATE TRIGGER signed_statements_no_update BEFORE UPDATE ON signed_statements"
                            " BEGIN SELECT RAISE(ABORT, 'signed statements are append-only'); END");
        s << QStringLiteral("CREATE TRIGGER signed_statements_no_delete BEFORE DELETE ON signed_statements"
                            " BEGIN SELECT RAISE(ABORT, 'signed statements are append-only'); END");
    } else {
        s << QStringLiteral("CREATE FUNCTION signed_statements_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$ BEGIN RAISE EXCEPTION 'signed statements are append-only'; END $$");
        s << QStringLiteral("CREATE TRIGGER signed_statements_append_only BEFORE UPDATE OR DELETE ON signed_statements"
                            " FOR EACH ROW EXECUTE FUNCTION signed_statements_append_only()");
    }
    return s;
}

} // namespace exchange::security
