#include "commandcontext.h"

#include "command.h"
#include "commands/operatorcli.h"
#include "core/runtime/schema.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/existingdatabase.h"
#include "operatorsignin.h"

CommandContext::CommandContext(QString databaseUrl, QString operatorName, QTextStream &out, QTextStream &err)
    : m_databaseUrl(std::move(databaseUrl)), m_operatorName(std::move(operatorName)), m_out(out), m_err(err)
{
}

const exchange::security::Actor *CommandContext::actor()
{
    if (m_actor)
        return &*m_actor;
    if (m_operatorName.isEmpty()) {
        m_actor = operatorcli::cliActor();
        return &*m_actor;
    }
    exchange::Database *db = database();
    if (!db)
        return nullptr;
    if (!m_signIn)
        m_signIn = std::make_unique<OperatorSignIn>(m_operatorName, OperatorSignIn::terminal(*this));
    auto signedIn = m_signIn->signIn(*db);
    if (!signedIn) {
        refuse(signedIn.error());
        return nullptr;
    }
    m_actor = signedIn.value();
    return &*m_actor;
}

CommandContext::~CommandContext() = default;

exchange::Database *CommandContext::databaseWithoutMigration()
{
    // Only init comes here: it may create the database.
    if (!m_database) {
        auto opened = exchange::Database::open(m_databaseUrl);
        if (!opened) {
            refuse(opened.error());
            return nullptr;
        }
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

exchange::Database *CommandContext::database()
{
    // Every other command: a mistyped --db is refused, never created.
    if (!m_database) {
        auto opened = exchange::openExistingDatabase(m_databaseUrl);
        if (!opened) {
            refuse(opened.error());
            return nullptr;
        }
        m_database = std::move(opened).value();
    }
    exchange::Database *db = m_database.get();
    if (!m_migrated) {
        if (auto migrated = db->migrate(exchange::allMigrations()); !migrated) {
            refuse(migrated.error());
            return nullptr;
        }
        m_migrated = true;
    }
    return db;
}

int CommandContext::refuse(const QString &message)
{
    m_err << "exctl: " << message << Qt::endl;
    return Command::Refused;
}

int CommandContext::refuse(const exchange::Error &error)
{
    return refuse(QString::fromStdString(error.message));
}

int CommandContext::usageError(const QString &message)
{
    m_err << "exctl: " << message << Qt::endl << "Try 'exctl --help'." << Qt::endl;
    return Command::UsageError;
}

int CommandContext::notAn(const QString &typed, const QString &what)
{
    return usageError(QStringLiteral("'%1' is not %2").arg(typed, what));
}

void CommandContext::printJson(const QJsonDocument &document)
{
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

exchange::Result<std::map<std::string, exchange::Asset>> CommandContext::assets()
{
    exchange::Database *db = database();
    if (!db)
        return exchange::Error{exchange::ErrorCode::Unavailable, "the database cannot be reached"};
    auto records = exchange::AssetRepository(db->connection(), db->dialect()).list();
    if (!records)
        return records.error();
    std::map<std::string, exchange::Asset> byCode;
    for (const auto &r : records.value())
        byCode.emplace(r.asset.code, r.asset);
    return byCode;
}
