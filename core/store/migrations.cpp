#include "core/store/migration.h"

#include "core/money/asset.h"
#include "core/deposits/collectionschema.h"
#include "core/runtime/changefeedschema.h"
#include "core/runtime/dutystatusschema.h"
#include "core/withdrawals/withdrawalindexes.h"
#include "core/withdrawals/withdrawalkeyschema.h"
#include "core/withdrawals/replenishmentschema.h"
#include "core/withdrawals/payoutschema.h"
#include "core/withdrawals/withdrawalschema.h"
#include "core/trade/tradelogschema.h"
#include "core/trade/tradeschema.h"

namespace exchange {

namespace {

// 1: exact amount arithmetic on PostgreSQL, assets with their settings,
// customers, and a key-value table for store-wide facts.
QStringList initialSchema(const Dialect &d)
{
    QStringList s;
    if (!d.isSQLite()) {
        s << QStringLiteral("CREATE FUNCTION amount_add(numeric, numeric) RETURNS numeric "
                            "LANGUAGE SQL IMMUTABLE STRICT AS 'SELECT $1 + $2'")
          << QStringLiteral("CREATE FUNCTION amount_sub(numeric, numeric) RETURNS numeric "
                            "LANGUAGE SQL IMMUTABLE STRICT AS 'SELECT $1 - $2'")
          << QStringLiteral("CREATE AGGREGATE amount_sum(numeric) "
                            "(SFUNC = numeric_add, STYPE = numeric, INITCOND = '0')");
    }
    s << QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    s << QStringLiteral(
             "CREATE TABLE assets ("
             " code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 12),"
             " name TEXT NOT NULL,"
             " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
             " decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 38),"
             " display_decimals INTEGER NOT NULL CHECK (display_decimals BETWEEN 0 AND decimals),"
             " %1, %2, %3, %4, %5, %6, %7,"
             " version INTEGER NOT NULL DEFAULT 1,"
             " updated_at BIGINT NOT NULL)")
             .arg(d.amountColumn(QStringLiteral("min_deposit")),
                  d.amountColumn(QStringLiteral("min_collection")),
                  d.amountColumn(QStringLiteral("withdraw_fee")),
                  d.amountColumn(QStringLiteral("limit_24h")),
                  d.amountColumn(QStringLiteral("limit_72h")),
                  d.amountColumn(QStringLiteral("hot_max")),
                  d.amountColumn(QStringLiteral("warm_max")));
    // The chains' native assets exist from the start, with every setting at
    // zero: nothing is paid out automatically until an admin sets limits.
    const QString zero = d.amountToSql(Amount::zero()).toString();
    for (const Asset &asset : nativeAssets()) {
        s << QStringLiteral("INSERT INTO assets (code, name, chain, decimals, display_decimals,"
                            " min_deposit, min_collection, withdraw_fee, limit_24h, limit_72h,"
                            " hot_max, warm_max, updated_at)"
                            " VALUES ('%1', '%2', '%3', %4, %5, '%6', '%6', '%6', '%6', '%6', '%6', '%6', 0)")
                 .arg(QString::fromStdString(asset.code), QString::fromStdString(asset.name),
                      QString::fromLatin1(chainName(asset.chain)))
                 .arg(asset.decimals)
                 .arg(asset.displayDecimals)
                 .arg(zero);
    }
    s << QStringLiteral("CREATE TABLE customers ("
                        " %1,"
                        " name TEXT NOT NULL CHECK (length(name) > 0),"
                        " email TEXT,"
                        " disabled INTEGER NOT NULL DEFAULT 0,"
                        " created_at BIGINT NOT NULL)")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE UNIQUE INDEX customers_email ON customers (email)");
    return s;
}

// 2: the double-entry ledger. Accounts keep their four balances so that a
// read is O(1); transfers are the append-only journal (triggers refuse
// UPDATE and DELETE), and a pending transfer can be posted or voided only
// once (unique pending_id).
QStringList ledger(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE ledger_accounts ("
                        " %1,"
                        " kind TEXT NOT NULL CHECK (kind IN ('customer', 'wallet', 'revenue', 'expense', 'equity')),"
                        " owner TEXT NOT NULL,"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " flags INTEGER NOT NULL,"
                        " %2, %3, %4, %5,"
                        " created_at BIGINT NOT NULL,"
                        " UNIQUE (kind, owner, asset))")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("debits_pending")),
                  d.amountColumn(QStringLiteral("debits_posted")), d.amountColumn(QStringLiteral("credits_pending")),
                  d.amountColumn(QStringLiteral("credits_posted")));
    s << QStringLiteral("CREATE TABLE ledger_transfers ("
                        " %1,"
                        " id TEXT NOT NULL UNIQUE,"
                        " kind TEXT NOT NULL CHECK (kind IN ('posted', 'pending', 'post', 'void')),"
                        " code TEXT NOT NULL,"
                        " debit_account_id BIGINT NOT NULL REFERENCES ledger_accounts (id),"
                        " credit_account_id BIGINT NOT NULL REFERENCES ledger_accounts (id),"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " %2,"
                        " pending_id TEXT,"
                        " reference TEXT NOT NULL DEFAULT '',"
                        " memo TEXT NOT NULL DEFAULT '',"
                        " created_at BIGINT NOT NULL,"
                        " CHECK (debit_account_id <> credit_account_id),"
                        " CHECK ((kind IN ('post', 'void')) = (pending_id IS NOT NULL)))")
             .arg(d.idColumn(QStringLiteral("seq")), d.amountColumn(QStringLiteral("amount")));
    s << QStringLiteral("CREATE UNIQUE INDEX ledger_transfers_resolution ON ledger_transfers (pending_id)"
                        " WHERE pending_id IS NOT NULL");
    s << QStringLiteral("CREATE INDEX ledger_transfers_debit ON ledger_transfers (debit_account_id, seq)");
    s << QStringLiteral("CREATE INDEX ledger_transfers_credit ON ledger_transfers (credit_account_id, seq)");
    s << QStringLiteral("CREATE INDEX ledger_transfers_reference ON ledger_transfers (reference)");
    if (d.isSQLite()) {
        s << QStringLiteral("CREATE TRIGGER ledger_transfers_no_update BEFORE UPDATE ON ledger_transfers"
                            " BEGIN SELECT RAISE(ABORT, 'ledger transfers are append-only'); END");
        s << QStringLiteral("CREATE TRIGGER ledger_transfers_no_delete BEFORE DELETE ON ledger_transfers"
                            " BEGIN SELECT RAISE(ABORT, 'ledger transfers are append-only'); END");
    } else {
        s << QStringLiteral("CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$ BEGIN RAISE EXCEPTION 'ledger transfers are append-only'; END $$");
        s << QStringLiteral("CREATE TRIGGER ledger_transfers_append_only BEFORE UPDATE OR DELETE ON ledger_transfers"
                            " FOR EACH ROW EXECUTE FUNCTION ledger_append_only()");
    }
    return s;
}

// 3: operators, the tamper-evident audit log and the key vault. The audit
// log is append-only (triggers refuse UPDATE and DELETE); its hash chain
// finds what a trigger cannot stop (someone with the database owner's
// rights). Secrets are stored only as Argon2id hashes or secretbox
// ciphertexts.
QStringList security(const Dialect &d)
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

// 4: wallets per chain and tier, the deposits the watchers saw (unique per
// chain, transaction and operation/output), the watchers' cursors (the
// Tokens table of 000_…), and the chains' node settings.
QStringList depositSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE chain_settings ("
                        " chain TEXT PRIMARY KEY CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " node_url TEXT NOT NULL DEFAULT '',"
                        " indexer_url TEXT NOT NULL DEFAULT '',"
                        " confirmations INTEGER NOT NULL DEFAULT 1 CHECK (confirmations BETWEEN 0 AND 1000),"
                        " network TEXT NOT NULL DEFAULT '')");
    for (const char *chain : {"stellar", "ethereum", "algorand"})
        s << QStringLiteral("INSERT INTO chain_settings (chain, confirmations) VALUES ('%1', %2)")
                 .arg(QLatin1String(chain))
                 .arg(QLatin1String(chain) == u"ethereum" ? 12 : 1);
    s << QStringLiteral("CREATE TABLE wallets ("
                        " %1,"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " tier TEXT NOT NULL CHECK (tier IN ('deposit', 'hot', 'warm', 'cold')),"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " address TEXT NOT NULL,"
                        " customer_id BIGINT REFERENCES customers (id),"
                        " derivation_index BIGINT,"
                        " watch_only INTEGER NOT NULL DEFAULT 0,"
                        " %2,"
                        " balance_read_at BIGINT,"
                        " created_at BIGINT NOT NULL,"
                        " UNIQUE (chain, address),"
                        " CHECK ((tier = 'deposit') OR customer_id IS NULL))")
             .arg(d.idColumn(QStringLiteral("id")), d.nullableAmountColumn(QStringLiteral("chain_balance")));
    s << QStringLiteral("CREATE INDEX wallets_customer ON wallets (customer_id)");
    s << QStringLiteral("CREATE TABLE deposits ("
                        " %1,"
                        " chain TEXT NOT NULL,"
                        " txid TEXT NOT NULL,"
                        " op_index INTEGER NOT NULL CHECK (op_index >= 0),"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " to_address TEXT NOT NULL,"
                        " from_address TEXT NOT NULL DEFAULT '',"
                        " memo TEXT NOT NULL DEFAULT '',"
                        " %2,"
                        " customer_id BIGINT REFERENCES customers (id),"
                        " state TEXT NOT NULL CHECK (state IN ('pending', 'ignored', 'unattributed', 'credited',"
                        "   'collection_planned', 'collecting', 'collected')),"
                        " height BIGINT,"
                        " seen_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '',"
                        " UNIQUE (chain, txid, op_index))")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("amount")));
    s << QStringLiteral("CREATE INDEX deposits_state ON deposits (state, id)");
    s << QStringLiteral("CREATE INDEX deposits_customer ON deposits (customer_id, id)");
    s << QStringLiteral("CREATE INDEX deposits_address ON deposits (chain, to_address, state)");
    s << QStringLiteral("CREATE TABLE watcher_cursors ("
                        " name TEXT PRIMARY KEY,"
                        " cursor TEXT NOT NULL,"
                        " updated_at BIGINT NOT NULL)");
    return s;
}

// A refusal names who decided a withdrawal (WithdrawalDecisionLog) by
// reading that object's newest audit records: without this index each
// lookup scans the log.
QStringList auditObjectIndex(const Dialect &)
{
    return {QStringLiteral("CREATE INDEX audit_log_object ON audit_log (object_type, object_id, seq)")};
}

} // namespace

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> migrations{
        {1, "assets, settings and customers", &initialSchema},
        {2, "double-entry ledger", &ledger},
        {3, "operators, audit log and key vault", &security},
        {4, "wallets, deposits and watcher cursors", &depositSchema},
        {5, "trade orders, fills, payouts (TX) and log", &trade::tradeSchema},
        {6, "collections: signed sweeps and the deposits they collect", &deposits::collectionSchema},
        {7, "withdrawals, their approvals and the four-eyes threshold", &withdrawals::withdrawalSchema},
        {8, "withdrawal indexes for the screen's pages and orders", &withdrawals::withdrawalIndexes},
        {9, "withdrawal payouts: signed transactions kept before they are sent, and hot wallets' next sequence", &withdrawals::payoutSchema},
        {10, "withdrawal keys of customers (M of N) and signed API request ids", &withdrawals::withdrawalKeySchema},
        {11, "withdrawal destinations index for the screen's search", &withdrawals::withdrawalSearchIndexes},
        {12, "replenishments: exported, signed and broadcast moves warm to hot and cold to warm", &withdrawals::replenishmentSchema},
        {13, "change feed: PostgreSQL announces committed changes to every attached process", &changeFeedSchema},
        {14, "audit log index by object, for who decided a withdrawal", &auditObjectIndex},
        {15, "duty_status: the background duties as the leader reports them, for every console", &dutyStatusSchema},
        {16, "trade_log keeps a payload's hash and first 1 KiB, its source, endpoint, status and repeats", &trade::tradeLogSchema},
    };
    return migrations;
}

} // namespace exchange
