#include "core/store/customerschema.h"

namespace exchange {

QStringList customerRecordSchema(const Dialect &d)
{
    QStringList s;
    // NULL passes the CHECK, so the column can be added to rows that have
    // none yet; the statements below give every row one.
    s << QStringLiteral("ALTER TABLE customers ADD COLUMN external_id TEXT CHECK (length(external_id) BETWEEN 1 AND 64)");
    s << QStringLiteral("ALTER TABLE customers ADD COLUMN state TEXT NOT NULL DEFAULT 'active'"
                        " CHECK (state IN ('active', 'frozen', 'closed'))");
    s << QStringLiteral("ALTER TABLE customers ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0");
    // The old disabled flag was never set by any service; a row that has it
    // anyway is frozen rather than silently active.
    s << QStringLiteral("UPDATE customers SET external_id = 'c-' || CAST(id AS TEXT), updated_at = created_at,"
                        " state = CASE WHEN disabled <> 0 THEN 'frozen' ELSE 'active' END");
    s << QStringLiteral("CREATE UNIQUE INDEX customers_external_id ON customers (external_id)");
    s << QStringLiteral("CREATE INDEX customers_state ON customers (state, id)");
    if (d.isSQLite()) {
        // SQLite cannot make an added column NOT NULL without a default:
        // a trigger fills it after an insert that gave none, another refuses
        // taking it away.
        s << QStringLiteral("CREATE TRIGGER customers_default_external_id AFTER INSERT ON customers"
                            " WHEN NEW.external_id IS NULL BEGIN"
                            " UPDATE customers SET external_id = 'c-' || CAST(NEW.id AS TEXT) WHERE id = NEW.id; END");
        s << QStringLiteral("CREATE TRIGGER customers_keep_external_id BEFORE UPDATE OF external_id ON customers"
                            " WHEN NEW.external_id IS NULL BEGIN"
                            " SELECT RAISE(ABORT, 'a customer keeps their external id'); END");
    } else {
        s << QStringLiteral("ALTER TABLE customers ALTER COLUMN external_id SET NOT NULL");
        s << QStringLiteral("CREATE FUNCTION customers_default_external_id() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                            "BEGIN\n"
                            "  IF NEW.external_id IS NULL THEN NEW.external_id := 'c-' || CAST(NEW.id AS TEXT); END IF;\n"
                            "  RETURN NEW;\n"
                            "END\n"
                            "$body$");
        s << QStringLiteral("CREATE TRIGGER customers_default_external_id BEFORE INSERT ON customers FOR EACH ROW"
                            " EXECUTE FUNCTION customers_default_external_id()");
    }
    return s;
}

} // namespace exchange
