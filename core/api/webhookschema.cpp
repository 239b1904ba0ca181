#include "core/api/webhookschema.h"

#include "core/withdrawals/internaltransferschema.h"

#include <utility>
#include <vector>

namespace exchange::api {

namespace {

using Fields = std::vector<std::pair<const char *, QString>>;

// The snapshot of a row, as the trigger sees NEW. Amounts keep their stored
// base units as a string (SQLite's zero-padded text, PostgreSQL's NUMERIC
// without a scale), never a JSON number.
QString amountText(const Dialect &d, const char *column)
{
    return d.isSQLite() ? QStringLiteral("NEW.%1").arg(QLatin1String(column))
                        : QStringLiteral("trunc(NEW.%1)::text").arg(QLatin1String(column));
}

QString externalIdOf(const char *customerColumn)
{
    return QStringLiteral("(SELECT c.external_id FROM customers c WHERE c.id = NEW.%1)").arg(QLatin1String(customerColumn));
}

QString column(const char *name)
{
    return QStringLiteral("NEW.%1").arg(QLatin1String(name));
}

Fields withdrawalFields(const Dialect &d)
{
    return {{"id", column("id")},
            {"customer_id", column("customer_id")},
            {"external_id", externalIdOf("customer_id")},
            {"asset", column("asset")},
            {"chain", column("chain")},
            {"destination", column("destination")},
            {"amount", amountText(d, "amount")},
            {"fee", amountText(d, "fee")},
            {"state", column("state")},
            {"review_reason", column("review_reason")},
            {"txid", column("txid")},
            {"requested_at", column("requested_at")},
            {"updated_at", column("updated_at")}};
}

Fields depositFields(const Dialect &d)
{
    return {{"id", column("id")},
            {"customer_id", column("customer_id")},
            {"external_id", externalIdOf("customer_id")},
            {"asset", column("asset")},
            {"chain", column("chain")},
            {"txid", column("txid")},
            {"op_index", column("op_index")},
            {"from_address", column("from_address")},
            {"to_address", column("to_address")},
            {"memo", column("memo")},
            {"amount", amountText(d, "amount")},
            {"state", column("state")},
            {"height", column("height")},
            {"seen_at", column("seen_at")},
            {"updated_at", column("updated_at")}};
}

Fields customerFields()
{
    return {{"id", column("id")},
            {"external_id", column("external_id")},
            {"name", column("name")},
            {"email", column("email")},
            {"state", column("state")},
            {"created_at", column("created_at")},
            {"updated_at", column("updated_at")}};
}

QString snapshot(const Dialect &d, const Fields &fields)
{
    QStringList args;
    for (const auto &[key, expression] : fields)
        args << QStringLiteral("'%1', %2").arg(QLatin1String(key), expression);
    if (d.isSQLite())
        return QStringLiteral("json_object(%1)").arg(args.join(QStringLiteral(", ")));
    return QStringLiteral("jsonb_build_object(%1)::text").arg(args.join(QStringLiteral(", ")));
}

QString eventId(const Dialect &d)
{
    return d.isSQLite() ? QStringLiteral("'evt_' || lower(hex(randomblob(16)))")
                        : QStringLiteral("'evt_' || replace(gen_random_uuid()::text, '-', '')");
}

// The event's time is the change's own (updated_at, written by the service
// with its clock), so that an event and the row it shows agree.
QString insertEvent(const Dialect &d, const QString &type, const char *objectType, const Fields &fields,
                    const QString &createdAt = QStringLiteral("NEW.updated_at"))
{
    return QStringLiteral("INSERT INTO webhook_events (event_id, type, object_type, object_id, object, created_at)"
                          " VALUES (%1, %2, '%3', NEW.id, %4, %5);")
        .arg(eventId(d), type, QLatin1String(objectType), snapshot(d, fields), createdAt);
}

const QString kCustomerTime = QStringLiteral("CASE WHEN NEW.updated_at > 0 THEN NEW.updated_at ELSE NEW.created_at END");
const QString kDepositEventStates = QStringLiteral("('credited', 'ignored', 'unattributed')");
// A deposit's event is its arrival at a decision: credited again after a
// dropped collection plan is no news.
const QString kDepositUndecided = QStringLiteral("('pending', 'unattributed')");

QStringList sqliteWithdrawalTriggers(const Dialect &d, const Fields &fields)
{
    const QString withdrawal = insertEvent(d, QStringLiteral("'withdrawal.state_changed'"), "withdrawal", fields);
    return {QStringLiteral("CREATE TRIGGER withdrawals_outbox_insert AFTER INSERT ON withdrawals BEGIN %1 END").arg(withdrawal),
            QStringLiteral("CREATE TRIGGER withdrawals_outbox_state AFTER UPDATE OF state ON withdrawals"
                           " WHEN NEW.state IS NOT OLD.state BEGIN %1 END")
                .arg(withdrawal)};
}

QStringList sqliteTriggers(const Dialect &d)
{
    QStringList s = sqliteWithdrawalTriggers(d, withdrawalFields(d));
    const QString deposit = insertEvent(d, QStringLiteral("'deposit.' || NEW.state"), "deposit", depositFields(d));
    s << QStringLiteral("CREATE TRIGGER deposits_outbox_insert AFTER INSERT ON deposits"
                        " WHEN NEW.state IN %1 BEGIN %2 END")
             .arg(kDepositEventStates, deposit);
    s << QStringLiteral("CREATE TRIGGER deposits_outbox_state AFTER UPDATE OF state ON deposits"
                        " WHEN NEW.state IS NOT OLD.state AND NEW.state IN %1 AND OLD.state IN %2 BEGIN %3 END")
             .arg(kDepositEventStates, kDepositUndecided, deposit);
    // A customer inserted without an external id gets one from another
    // trigger's UPDATE (customerschema.cpp): that update is their event.
    const QString customer = insertEvent(d, QStringLiteral("'customer.updated'"), "customer", customerFields(), kCustomerTime);
    s << QStringLiteral("CREATE TRIGGER customers_outbox_insert AFTER INSERT ON customers"
                        " WHEN NEW.external_id IS NOT NULL BEGIN %1 END")
             .arg(customer);
    s << QStringLiteral("CREATE TRIGGER customers_outbox_update AFTER UPDATE ON customers"
                        " WHEN NEW.external_id IS NOT OLD.external_id OR NEW.name IS NOT OLD.name"
                        " OR NEW.email IS NOT OLD.email OR NEW.state IS NOT OLD.state BEGIN %1 END")
             .arg(customer);
    s << QStringLiteral("CREATE TRIGGER webhook_events_no_update BEFORE UPDATE ON webhook_events"
                        " BEGIN SELECT RAISE(ABORT, 'webhook events are append-only'); END");
    s << QStringLiteral("CREATE TRIGGER webhook_events_no_delete BEFORE DELETE ON webhook_events"
                        " BEGIN SELECT RAISE(ABORT, 'webhook events are append-only'); END");
    return s;
}

QString plpgsql(const QString &name, const QString &body)
{
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n%2\n  RETURN NULL;\nEND\n$body$")
        .arg(name, body);
}

QStringList postgresWithdrawalTriggers(const Dialect &d, const Fields &fields)
{
    return {plpgsql(QStringLiteral("webhook_withdrawal_event"),
                    QStringLiteral("  IF TG_OP = 'INSERT' OR NEW.state IS DISTINCT FROM OLD.state THEN\n    %1\n  END IF;")
                        .arg(insertEvent(d, QStringLiteral("'withdrawal.state_changed'"), "withdrawal", fields))),
            QStringLiteral("CREATE TRIGGER withdrawals_outbox AFTER INSERT OR UPDATE ON withdrawals FOR EACH ROW"
                           " EXECUTE FUNCTION webhook_withdrawal_event()")};
}

QStringList postgresTriggers(const Dialect &d)
{
    QStringList s = postgresWithdrawalTriggers(d, withdrawalFields(d));
    s << plpgsql(QStringLiteral("webhook_deposit_event"),
                 QStringLiteral("  IF NEW.state IN %1 AND (TG_OP = 'INSERT'\n"
                                "      OR (NEW.state IS DISTINCT FROM OLD.state AND OLD.state IN %2)) THEN\n    %3\n  END IF;")
                     .arg(kDepositEventStates, kDepositUndecided,
                          insertEvent(d, QStringLiteral("'deposit.' || NEW.state"), "deposit", depositFields(d))));
    s << QStringLiteral("CREATE TRIGGER deposits_outbox AFTER INSERT OR UPDATE ON deposits FOR EACH ROW"
                        " EXECUTE FUNCTION webhook_deposit_event()");
    s << plpgsql(QStringLiteral("webhook_customer_event"),
                 QStringLiteral("  IF TG_OP = 'INSERT' OR NEW.external_id IS DISTINCT FROM OLD.external_id\n"
                                "      OR NEW.name IS DISTINCT FROM OLD.name OR NEW.email IS DISTINCT FROM OLD.email\n"
                                "      OR NEW.state IS DISTINCT FROM OLD.state THEN\n    %1\n  END IF;")
                     .arg(insertEvent(d, QStringLiteral("'customer.updated'"), "customer", customerFields(), kCustomerTime)));
    s << QStringLiteral("CREATE TRIGGER customers_outbox AFTER INSERT OR UPDATE ON customers FOR EACH ROW"
                        " EXECUTE FUNCTION webhook_customer_event()");
    s << QStringLiteral("CREATE FUNCTION webhook_events_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                        " $$ BEGIN RAISE EXCEPTION 'webhook events are append-only'; END $$");
    s << QStringLiteral("CREATE TRIGGER webhook_events_append_only BEFORE UPDATE OR DELETE ON webhook_events"
                        " FOR EACH ROW EXECUTE FUNCTION webhook_events_append_only()");
    s << QStringLiteral("CREATE TRIGGER webhook_events_no_truncate BEFORE TRUNCATE ON webhook_events"
                        " FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()");
    return s;
}

} // namespace

QStringList webhookSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE webhook_endpoints ("
                        " %1,"
                        " client_id BIGINT NOT NULL REFERENCES api_clients (id),"
                        " url TEXT NOT NULL CHECK (length(url) BETWEEN 8 AND 2048),"
                        " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " UNIQUE (client_id, url))")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE TABLE webhook_events ("
                        " %1,"
                        " event_id TEXT NOT NULL UNIQUE,"
                        " type TEXT NOT NULL CHECK (type IN ('customer.updated', 'deposit.credited', 'deposit.ignored',"
                        "   'deposit.unattributed', 'withdrawal.state_changed')),"
                        " object_type TEXT NOT NULL CHECK (object_type IN ('customer', 'deposit', 'withdrawal')),"
                        " object_id BIGINT NOT NULL,"
                        " object TEXT NOT NULL,"
                        " created_at BIGINT NOT NULL)")
             .arg(d.idColumn(QStringLiteral("seq")));
    s << QStringLiteral("CREATE INDEX webhook_events_object ON webhook_events (object_type, object_id, seq)");
    s << QStringLiteral("CREATE TABLE webhook_deliveries ("
                        " %1,"
                        " event_seq BIGINT NOT NULL REFERENCES webhook_events (seq),"
                        " endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints (id),"
                        " attempts INTEGER NOT NULL DEFAULT 0,"
                        " next_attempt_at BIGINT NOT NULL,"
                        " give_up_at BIGINT NOT NULL,"
                        " last_status INTEGER,"
                        " last_error TEXT NOT NULL DEFAULT '',"
                        " delivered_at BIGINT,"
                        " failed_at BIGINT,"
                        " created_at BIGINT NOT NULL,"
                        " UNIQUE (event_seq, endpoint_id))")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE INDEX webhook_deliveries_open ON webhook_deliveries (endpoint_id, event_seq)"
                        " WHERE delivered_at IS NULL AND failed_at IS NULL");
    s << QStringLiteral("CREATE INDEX webhook_deliveries_failed ON webhook_deliveries (failed_at) WHERE failed_at IS NOT NULL");
    s << (d.isSQLite() ? sqliteTriggers(d) : postgresTriggers(d));
    return s;
}

QStringList internalTransferSchema(const Dialect &d)
{
    QStringList s = withdrawals::internalTransferSchema(d);
    // The withdrawal's snapshot names the receiver of an internal transfer
    // from now on; events written before have no internal_to (not internal).
    Fields fields = withdrawalFields(d);
    fields.emplace_back("internal_to", column("internal_to"));
    if (d.isSQLite()) {
        s << QStringLiteral("DROP TRIGGER withdrawals_outbox_insert") << QStringLiteral("DROP TRIGGER withdrawals_outbox_state");
        s << sqliteWithdrawalTriggers(d, fields);
    } else {
        s << QStringLiteral("DROP TRIGGER withdrawals_outbox ON withdrawals")
          << QStringLiteral("DROP FUNCTION webhook_withdrawal_event()");
        s << postgresWithdrawalTriggers(d, fields);
    }
    return s;
}

} // namespace exchange::api
