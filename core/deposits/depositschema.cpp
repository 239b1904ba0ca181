#include "core/deposits/depositschema.h"

namespace exchange::deposits {

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

} // namespace exchange::deposits
