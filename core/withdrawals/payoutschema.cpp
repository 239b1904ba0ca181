#include "core/withdrawals/payoutschema.h"

namespace exchange::withdrawals {

QStringList payoutSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE withdrawal_payouts ("
                        " %1,"
                        " withdrawal_id BIGINT NOT NULL REFERENCES withdrawals (id),"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " source TEXT NOT NULL,"
                        " destination TEXT NOT NULL,"
                        " %2,"
                        " %3,"
                        " %4,"
                        " sequence BIGINT NOT NULL,"
                        " last_valid BIGINT NULL,"
                        " raw_tx TEXT NOT NULL,"
                        " txid TEXT NOT NULL UNIQUE,"
                        " state TEXT NOT NULL CHECK (state IN ('signed', 'broadcast', 'confirmed', 'failed', 'dropped')),"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '')")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("amount")),
                  d.amountColumn(QStringLiteral("max_fee")), d.nullableAmountColumn(QStringLiteral("fee")));
    s << QStringLiteral("CREATE INDEX withdrawal_payouts_withdrawal ON withdrawal_payouts (withdrawal_id)");
    s << QStringLiteral("CREATE INDEX withdrawal_payouts_state ON withdrawal_payouts (state, id)");
    // The next nonce / sequence number of a hot wallet, advanced in the same
    // commit as the signed transaction that used it: ten payouts in a row
    // get ten consecutive nonces even before the node has seen any of them.
    s << QStringLiteral("CREATE TABLE payout_sequences ("
                        " chain TEXT NOT NULL,"
                        " address TEXT NOT NULL,"
                        " next_sequence BIGINT NOT NULL,"
                        " PRIMARY KEY (chain, address))");
    return s;
}

} // namespace exchange::withdrawals
