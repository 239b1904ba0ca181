#include "core/customers/customerservice.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/base/message.h"
#include "core/chains/stellar/strkey.h"
#include "core/customers/customerfile.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerrepository.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

#include <functional>
#include <limits>

namespace exchange::customers {

namespace {

QJsonObject describe(const Customer &c)
{
    return QJsonObject{{QStringLiteral("external_id"), c.externalId},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("email"), c.email.isEmpty() ? QJsonValue() : QJsonValue(c.email)},
                       {QStringLiteral("state"), QString::fromLatin1(customerStateName(c.state).data())}};
}

std::string said(const Customer &c)
{
    return c.externalId.toStdString();
}

// The change's transaction: the actor's role as stored now, the customer
// read, change() done, the audit record with before and after, commit.
using Change = std::function<Result<Customer>(CustomerRepository &, const Customer &before)>;

} // namespace

const char *importOutcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Added: return "added";
    case ImportOutcome::Updated: return "updated";
    case ImportOutcome::Unchanged: return "unchanged";
    }
    return "unchanged";
}

CustomerService::CustomerService(Database &database, const Clock &clock, security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_audit(audit), m_notifier(notifier)
{
}

void CustomerService::announce(const std::vector<qint64> &ids)
{
    m_audit.announce();
    if (!m_notifier)
        return;
    for (qint64 id : ids)
        m_notifier->publish(ChangeNotifier::Topic::Customer, QString::number(id));
}

namespace {

Result<Customer> changeOne(Database &database, security::AuditLog &audit, const security::Actor &actor,
                           const QString &externalId, const std::string &action, const Change &change)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    UnitOfWork work(database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    CustomerRepository repo(work.db());
    auto before = repo.findByExternalId(externalId);
    if (!before)
        return before.error();
    auto after = change(repo, before.value());
    if (!after)
        return after.error();
    if (auto audited = audit.append(work.db(), actor, action, "customer", std::to_string(before.value().id),
                                    describe(before.value()), describe(after.value()));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    return after;
}

Error closedSaid(const Customer &c)
{
    return makeError(ErrorCode::WrongState, MessageId::CustomerClosedAlready, {said(c)});
}

} // namespace

Result<Customer> CustomerService::add(const security::Actor &actor, const QString &externalId, const QString &name,
                                      const QString &email)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    if (auto valid = CustomerRepository::checkExternalId(externalId); !valid)
        return valid.error();
    if (CustomerRepository::isGeneratedExternalId(externalId))
        return makeError(ErrorCode::InvalidInput, MessageId::CustomerExternalIdReserved, {externalId.toStdString()});
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    auto added = CustomerRepository(work.db()).add(name, email, m_clock.nowMs(), externalId);
    if (!added)
        return added.error();
    if (auto audited = m_audit.append(work.db(), actor, "customer.add", "customer", std::to_string(added.value().id), {},
                                      describe(added.value()));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    announce({added.value().id});
    return added;
}

Result<Customer> CustomerService::update(const security::Actor &actor, const QString &externalId,
                                         const std::optional<QString> &name, const std::optional<QString> &email)
{
    if (!name && !email)
        return Error{ErrorCode::InvalidInput, "nothing to change: give a name or an email"};
    auto done = changeOne(m_database, m_audit, actor, externalId, "customer.update",
                          [&](CustomerRepository &repo, const Customer &before) -> Result<Customer> {
                              if (before.state == CustomerState::Closed)
                                  return closedSaid(before);
                              return repo.update(before.id, name.value_or(before.name), email.value_or(before.email),
                                                 m_clock.nowMs());
                          });
    if (done)
        announce({done.value().id});
    return done;
}

Result<Customer> CustomerService::freeze(const security::Actor &actor, const QString &externalId)
{
    auto done = changeOne(m_database, m_audit, actor, externalId, "customer.freeze",
                          [&](CustomerRepository &repo, const Customer &before) -> Result<Customer> {
                              if (before.state == CustomerState::Closed)
                                  return closedSaid(before);
                              if (before.state == CustomerState::Frozen)
                                  return makeError(ErrorCode::WrongState, MessageId::CustomerFrozenAlready, {said(before)});
                              return repo.setState(before.id, CustomerState::Frozen, m_clock.nowMs());
                          });
    if (done)
        announce({done.value().id});
    return done;
}

Result<Customer> CustomerService::unfreeze(const security::Actor &actor, const QString &externalId)
{
    auto done = changeOne(m_database, m_audit, actor, externalId, "customer.unfreeze",
                          [&](CustomerRepository &repo, const Customer &before) -> Result<Customer> {
                              if (before.state == CustomerState::Closed)
                                  return closedSaid(before);
                              if (before.state != CustomerState::Frozen)
                                  return makeError(ErrorCode::WrongState, MessageId::CustomerNotFrozen, {said(before)});
                              return repo.setState(before.id, CustomerState::Active, m_clock.nowMs());
                          });
    if (done)
        announce({done.value().id});
    return done;
}

Result<Customer> CustomerService::close(const security::Actor &actor, const QString &externalId)
{
    auto done = changeOne(
        m_database, m_audit, actor, externalId, "customer.close",
        [&](CustomerRepository &repo, const Customer &before) -> Result<Customer> {
            if (before.state == CustomerState::Closed)
                return closedSaid(before);
            // Read in the closing transaction: a deposit credited meanwhile
            // either is seen here or waits for this commit.
            ledger::LedgerRepository ledgerRepo(m_database.connection(), m_database.dialect());
            auto accounts = ledgerRepo.listAccounts(ledger::AccountKind::Customer, std::to_string(before.id), std::nullopt);
            if (!accounts)
                return accounts.error();
            for (const ledger::Account &a : accounts.value()) {
                const bool empty = a.debitsPosted == a.creditsPosted && a.debitsPending.isZero() && a.creditsPending.isZero();
                if (empty)
                    continue;
                const Amount shown = a.balance().isZero() ? a.reserved() : a.balance();
                auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(a.key.asset);
                if (!asset)
                    return asset.error();
                const std::string amount = asset.value().asset.format(shown);
                return makeError(ErrorCode::WrongState, MessageId::CustomerHasFunds, {said(before), amount, a.key.asset});
            }
            return repo.setState(before.id, CustomerState::Closed, m_clock.nowMs());
        });
    if (done)
        announce({done.value().id});
    return done;
}

Result<std::vector<ImportLine>> CustomerService::import(const security::Actor &actor, const QByteArray &file)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    auto rows = CustomerFile::parse(file);
    if (!rows)
        return rows.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    CustomerRepository repo(work.db());
    const qint64 now = m_clock.nowMs();
    std::vector<ImportLine> lines;
    std::vector<qint64> changed;
    auto refusedAt = [](int line, const Error &error) {
        Error e = makeError(error.code, MessageId::CustomerImportRefused, {std::to_string(line), error.message});
        return e;
    };
    for (const CustomerFileRow &row : rows.value()) {
        ImportLine line{row.line, row.externalId, 0, ImportOutcome::Unchanged};
        auto existing = repo.findByExternalId(row.externalId);
        if (!existing && existing.error().code != ErrorCode::NotFound)
            return existing.error();
        if (!existing) {
            if (CustomerRepository::isGeneratedExternalId(row.externalId))
                return refusedAt(row.line, makeError(ErrorCode::InvalidInput, MessageId::CustomerExternalIdReserved,
                                                     {row.externalId.toStdString()}));
            auto added = repo.add(row.name, row.email.value_or(QString()), now, row.externalId);
            if (!added)
                return refusedAt(row.line, added.error());
            if (auto audited = m_audit.append(work.db(), actor, "customer.add", "customer", std::to_string(added.value().id),
                                              {}, describe(added.value()));
                !audited)
                return audited.error();
            line.customerId = added.value().id;
            line.outcome = ImportOutcome::Added;
        } else {
            const Customer &before = existing.value();
            line.customerId = before.id;
            const QString email = row.email.value_or(before.email);
            if (before.name != row.name || before.email != email) {
                if (before.state == CustomerState::Closed)
                    return refusedAt(row.line, closedSaid(before));
                auto updated = repo.update(before.id, row.name, email, now);
                if (!updated)
                    return refusedAt(row.line, updated.error());
                if (auto audited = m_audit.append(work.db(), actor, "customer.update", "customer", std::to_string(before.id),
                                                  describe(before), describe(updated.value()));
                    !audited)
                    return audited.error();
                line.outcome = ImportOutcome::Updated;
            }
        }
        if (line.outcome != ImportOutcome::Unchanged)
            changed.push_back(line.customerId);
        lines.push_back(line);
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    announce(changed);
    return lines;
}

Result<Customer> CustomerService::find(qint64 id) const
{
    return CustomerRepository(m_database.connection()).find(id);
}

Result<Customer> CustomerService::findByExternalId(const QString &externalId) const
{
    return CustomerRepository(m_database.connection()).findByExternalId(externalId);
}

Result<std::vector<Customer>> CustomerService::search(const CustomerQuery &query) const
{
    return CustomerRepository(m_database.connection()).search(query);
}

Result<Customer> CustomerService::findByDepositReference(const QString &text) const
{
    const QString given = text.trimmed();
    const auto nobody = [&] {
        return Error{ErrorCode::NotFound, "no customer is paid by " + given.left(80).toStdString()};
    };
    if (given.isEmpty() || given.size() > 128)
        return nobody();
    CustomerRepository customers(m_database.connection());
    const auto byId = [&](std::int64_t id) -> Result<Customer> {
        auto found = customers.find(id);
        if (!found && found.error().code == ErrorCode::NotFound)
            return nobody();
        return found;
    };
    bool digits = given.size() <= 18;
    for (QChar c : given)
        digits = digits && c >= u'0' && c <= u'9';
    if (digits)
        return byId(given.toLongLong());
    if (given.startsWith(u'M')) {
        if (auto muxed = stellar::strkey::decodeMuxedAccount(given.toStdString()); muxed) {
            if (muxed.value().id == 0 || muxed.value().id > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                return nobody();
            return byId(static_cast<std::int64_t>(muxed.value().id));
        }
    }
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT customer_id FROM wallets WHERE tier = 'deposit' AND customer_id IS NOT NULL"
                                     " AND (address = ? OR (chain = 'ethereum' AND lower(address) = lower(?)))"),
                      {given, given});
    if (!q)
        return q.error();
    if (!q.value().next())
        return nobody();
    return byId(q.value().value(0).toLongLong());
}

} // namespace exchange::customers
