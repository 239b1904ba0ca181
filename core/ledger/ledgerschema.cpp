#include "core/ledger/ledgerschema.h"

namespace exchange::ledger {

// 2: the double-entry ledger. Accounts keep their four balances so that a
// read is O(1); transfers are the append-only journal (triggers refuse
// UPDATE and DELETE), and a pending transfer can be posted or voided only
// once (unique pending_id).
QStringList ledgerSchema(const Dialect &d)
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

} // namespace exchange::ledger
