#include "core/runtime/changefeedschema.h"

#include "core/base/changenotifier.h"
#include "core/store/sql.h"

#include <QMetaEnum>

namespace exchange {

namespace {

struct RowFeed {
    const char *table;
    const char *topic;
    const char *keyColumn;
};

// Tables whose rows the screens show one by one: the notice names the row.
constexpr RowFeed kRowFeeds[] = {
    {"assets", "Asset", "code"},
    {"withdrawal_settings", "Asset", "asset"},
    {"customers", "Customer", "id"},
    {"operators", "Operator", "username"},
    {"deposits", "Deposit", "id"},
    {"wallets", "Wallet", "id"},
    {"chain_settings", "Wallet", "chain"},
    {"withdrawals", "Withdrawal", "id"},
    {"withdrawal_approvals", "Withdrawal", "withdrawal_id"},
    {"withdrawal_payouts", "Withdrawal", "withdrawal_id"},
};

struct StatementFeed {
    const char *table;
    const char *topic;
};

// Tables written many rows at a time and read as a whole: one notice per
// statement (and NOTIFY folds a transaction's equal notices into one).
constexpr StatementFeed kStatementFeeds[] = {
    {"ledger_transfers", "Ledger"},
    {"ledger_accounts", "Ledger"},
    {"audit_log", "Audit"},
    {"trade_orders", "Trade"},
    {"trade_fills", "Trade"},
    {"collections", "Deposit"},
};

} // namespace

QStringList changeFeedSchema(const Dialect &dialect)
{
    if (dialect.isSQLite())
        return {QStringLiteral("SELECT 1")};
    const QString channel = QString::fromLatin1(kChangeChannel);
    QStringList s;
    s << QStringLiteral(
             "CREATE OR REPLACE FUNCTION exchange_notify_row() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
             "DECLARE changed jsonb;\n"
             "BEGIN\n"
             "  IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;\n"
             "  PERFORM pg_notify('%1', TG_ARGV[0] || '|' || coalesce(changed ->> TG_ARGV[1], '') || '|'\n"
             "                    || current_setting('application_name'));\n"
             "  RETURN NULL;\n"
             "END\n"
             "$body$")
             .arg(channel);
    s << QStringLiteral(
             "CREATE OR REPLACE FUNCTION exchange_notify_statement() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
             "BEGIN\n"
             "  PERFORM pg_notify('%1', TG_ARGV[0] || '||' || current_setting('application_name'));\n"
             "  RETURN NULL;\n"
             "END\n"
             "$body$")
             .arg(channel);
    for (const RowFeed &feed : kRowFeeds) {
        s << QStringLiteral("CREATE TRIGGER %1_feed AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                            "EXECUTE FUNCTION exchange_notify_row('%2', '%3')")
                 .arg(QString::fromLatin1(feed.table), QString::fromLatin1(feed.topic), QString::fromLatin1(feed.keyColumn));
    }
    for (const StatementFeed &feed : kStatementFeeds) {
        s << QStringLiteral("CREATE TRIGGER %1_feed AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH STATEMENT "
                            "EXECUTE FUNCTION exchange_notify_statement('%2')")
                 .arg(QString::fromLatin1(feed.table), QString::fromLatin1(feed.topic));
    }
    return s;
}

Result<void> announceEveryTopic(QSqlDatabase &db, const Dialect &dialect)
{
    if (dialect.isSQLite())
        return {};
    const QMetaEnum topics = QMetaEnum::fromType<ChangeNotifier::Topic>();
    for (int i = 0; i < topics.keyCount(); ++i) {
        if (auto told = sql::run(db, QStringLiteral("SELECT pg_notify(?, ? || '||' || current_setting('application_name'))"),
                                 {QString::fromLatin1(kChangeChannel), QString::fromLatin1(topics.key(i))});
            !told)
            return told.error();
    }
    return {};
}

} // namespace exchange
