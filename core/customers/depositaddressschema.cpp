#include "core/customers/depositaddressschema.h"

namespace exchange::customers {

QStringList depositAddressSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE deposit_xpubs ("
                        " chain TEXT PRIMARY KEY CHECK (chain IN ('ethereum')),"
                        " path TEXT NOT NULL,"
                        " xpub TEXT NOT NULL,"
                        " created_at BIGINT NOT NULL)");
    if (d.isSQLite()) {
        s << QStringLiteral("CREATE TRIGGER deposit_xpubs_no_update BEFORE UPDATE ON deposit_xpubs BEGIN"
                            " SELECT RAISE(ABORT, 'deposit_xpubs is written once: UPDATE refused'); END");
        s << QStringLiteral("CREATE TRIGGER deposit_xpubs_no_delete BEFORE DELETE ON deposit_xpubs BEGIN"
                            " SELECT RAISE(ABORT, 'deposit_xpubs is written once: DELETE refused'); END");
    } else {
        s << QStringLiteral("CREATE FUNCTION deposit_xpubs_written_once() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$ BEGIN RAISE EXCEPTION 'deposit_xpubs is written once: % refused', TG_OP; END $$");
        s << QStringLiteral("CREATE TRIGGER deposit_xpubs_no_change BEFORE UPDATE OR DELETE ON deposit_xpubs"
                            " FOR EACH ROW EXECUTE FUNCTION deposit_xpubs_written_once()");
        s << QStringLiteral("CREATE TRIGGER deposit_xpubs_no_truncate BEFORE TRUNCATE ON deposit_xpubs"
                            " FOR EACH STATEMENT EXECUTE FUNCTION deposit_xpubs_written_once()");
    }
    s << QStringLiteral("CREATE UNIQUE INDEX wallets_chain_derivation_index ON wallets (chain, derivation_index)"
                        " WHERE derivation_index IS NOT NULL");
    s << QStringLiteral("CREATE UNIQUE INDEX wallets_chain_customer ON wallets (chain, customer_id)"
                        " WHERE customer_id IS NOT NULL");
    return s;
}

} // namespace exchange::customers
