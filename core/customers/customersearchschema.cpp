#include "core/customers/customersearchschema.h"

namespace exchange::customers {

QStringList customerSearchSchema(const Dialect &d)
{
    QStringList s;
    // The screen's sort by name, a page at a time.
    s << QStringLiteral("CREATE INDEX customers_name ON customers (name, id)");
    if (d.isSQLite()) {
        s << QStringLiteral("CREATE VIRTUAL TABLE customers_search USING fts5(external_id, name, email,"
                            " content='customers', content_rowid='id', tokenize='trigram')");
        // A deletion names the values that were indexed: the old row's.
        s << QStringLiteral("CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN"
                            " INSERT INTO customers_search (rowid, external_id, name, email)"
                            " VALUES (NEW.id, NEW.external_id, NEW.name, NEW.email); END");
        s << QStringLiteral("CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN"
                            " INSERT INTO customers_search (customers_search, rowid, external_id, name, email)"
                            " VALUES ('delete', OLD.id, OLD.external_id, OLD.name, OLD.email); END");
        s << QStringLiteral("CREATE TRIGGER customers_search_update AFTER UPDATE OF external_id, name, email ON customers BEGIN"
                            " INSERT INTO customers_search (customers_search, rowid, external_id, name, email)"
                            " VALUES ('delete', OLD.id, OLD.external_id, OLD.name, OLD.email);"
                            " INSERT INTO customers_search (rowid, external_id, name, email)"
                            " VALUES (NEW.id, NEW.external_id, NEW.name, NEW.email); END");
        s << QStringLiteral("INSERT INTO customers_search (customers_search) VALUES ('rebuild')");
    } else {
        // Trusted since PostgreSQL 13: the database's owner may create it.
        s << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        s << QStringLiteral("CREATE INDEX customers_search_external_id ON customers USING gin (external_id gin_trgm_ops)");
        s << QStringLiteral("CREATE INDEX customers_search_name ON customers USING gin (name gin_trgm_ops)");
        s << QStringLiteral("CREATE INDEX customers_search_email ON customers USING gin (email gin_trgm_ops)");
    }
    return s;
}

} // namespace exchange::customers
