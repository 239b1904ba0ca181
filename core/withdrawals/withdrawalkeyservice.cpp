#include "core/withdrawals/withdrawalkeyservice.h"

#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/security/auditlog.h"
#include "core/security/permissions.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/withdrawals/customerkeysstatement.h"
#include "core/withdrawals/withdrawalkeyrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exchange::withdrawals {

namespace {

QJsonObject describe(const WithdrawalKeyPolicy &p)
{
    QJsonArray keys;
    for (const WithdrawalKey &k : p.keys)
        keys.append(QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(chainName(k.chain).data())},
                                {QStringLiteral("address"), QString::fromStdString(k.address)}});
    return QJsonObject{{QStringLiteral("withdrawal_keys"), keys}, {QStringLiteral("signatures_required"), p.required}};
}

Result<void> customerExists(const QSqlDatabase &db, std::int64_t customerId)
{
    if (auto customer = CustomerRepository(db).find(customerId); !customer) {
        if (customer.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::NotFound, "unknown customer " + std::to_string(customerId)};
        return customer.error();
    }
    return {};
}

// Reads the policy, lets change() alter the tables, re-reads it, signs the
// policy after the change (when the admin can sign: what the payout signer
// goes by) and audits before and after, all in one transaction.
template <typename Change>
Result<WithdrawalKeyPolicy> changePolicy(Database &database, security::AuditLog &audit, const security::Actor &actor,
                                         std::int64_t customerId, const std::string &action, std::int64_t nowMs,
                                         Change change)
{
    UnitOfWork work(database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto exists = customerExists(work.db(), customerId); !exists)
        return exists.error();
    WithdrawalKeyRepository repo(work.db());
    auto before = repo.policy(customerId);
    if (!before)
        return before.error();
    if (auto changed = change(repo, before.value()); !changed)
        return changed.error();
    auto after = repo.policy(customerId);
    if (!after)
        return after.error();
    auto signature = signCustomerKeys(work.db(), actor, after.value(), action, nowMs);
    if (!signature)
        return signature.error();
    QJsonObject described = describe(after.value());
    if (signature.value() != 0)
        described.insert(QStringLiteral("signed_statement"), static_cast<qint64>(signature.value()));
    if (auto audited = audit.append(work.db(), actor, action, "customer", std::to_string(customerId),
                                    describe(before.value()), described);
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    audit.announce();
    return after;
}

} // namespace

WithdrawalKeyService::WithdrawalKeyService(Database &database, const Clock &clock, security::AuditLog &audit)
    : m_database(database), m_clock(clock), m_audit(audit)
{
}

Result<std::string> WithdrawalKeyService::canonicalKey(Chain chain, std::string_view address)
{
    auto canonical = chains::validateAddress(chain, address);
    if (!canonical)
        return Error{ErrorCode::InvalidInput, "not a signing key on " + std::string(chainName(chain)) + ": " + canonical.error().message};
    // A muxed M… address names an account and an id, not a key that signs.
    if (chain == Chain::Stellar && canonical.value().front() != 'G')
        return Error{ErrorCode::InvalidInput, "a Stellar signing key is a G… account id"};
    return canonical;
}

Result<WithdrawalKey> WithdrawalKeyService::add(const security::Actor &actor, std::int64_t customerId, Chain chain,
                                                std::string_view address)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    auto canonical = canonicalKey(chain, address);
    if (!canonical)
        return canonical.error();
    const WithdrawalKey key{customerId, chain, canonical.value(), actor.displayName(), m_clock.nowMs()};
    auto done = changePolicy(m_database, m_audit, actor, customerId, "withdrawal_key.add", m_clock.nowMs(),
                             [&](WithdrawalKeyRepository &repo, const WithdrawalKeyPolicy &) -> Result<void> {
                                 auto exists = repo.exists(customerId, chain, key.address);
                                 if (!exists)
                                     return exists.error();
                                 if (exists.value())
                                     return Error{ErrorCode::Conflict, key.address + " is already a withdrawal key of customer "
                                                                           + std::to_string(customerId)};
                                 return repo.add(key);
                             });
    if (!done)
        return done.error();
    return key;
}

Result<void> WithdrawalKeyService::remove(const security::Actor &actor, std::int64_t customerId, Chain chain,
                                          std::string_view address)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    auto canonical = canonicalKey(chain, address);
    if (!canonical)
        return canonical.error();
    auto done = changePolicy(m_database, m_audit, actor, customerId, "withdrawal_key.remove", m_clock.nowMs(),
                             [&](WithdrawalKeyRepository &repo, const WithdrawalKeyPolicy &before) -> Result<void> {
                                 auto exists = repo.exists(customerId, chain, canonical.value());
                                 if (!exists)
                                     return exists.error();
                                 if (!exists.value())
                                     return Error{ErrorCode::NotFound, canonical.value() + " is not a withdrawal key of customer "
                                                                           + std::to_string(customerId)};
                                 const int left = static_cast<int>(before.keys.size()) - 1;
                                 if (before.required > 1 && left < before.required)
                                     return Error{ErrorCode::WrongState,
                                                  "customer " + std::to_string(customerId) + " needs "
                                                      + std::to_string(before.required)
                                                      + " signatures; lower the requirement before removing a key"};
                                 return repo.remove(customerId, chain, canonical.value());
                             });
    if (!done)
        return done.error();
    return {};
}

Result<void> WithdrawalKeyService::require(const security::Actor &actor, std::int64_t customerId, int required)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    if (required < 1)
        return Error{ErrorCode::InvalidInput, "at least one signature is required"};
    auto done = changePolicy(m_database, m_audit, actor, customerId, "withdrawal_key.require", m_clock.nowMs(),
                             [&](WithdrawalKeyRepository &repo, const WithdrawalKeyPolicy &before) -> Result<void> {
                                 if (required > 1 && required > static_cast<int>(before.keys.size()))
                                     return Error{ErrorCode::InvalidInput,
                                                  "customer " + std::to_string(customerId) + " has "
                                                      + std::to_string(before.keys.size()) + " withdrawal keys; "
                                                      + std::to_string(required) + " signatures could never be given"};
                                 return repo.setRequired(customerId, required);
                             });
    if (!done)
        return done.error();
    return {};
}

Result<WithdrawalKeyPolicy> WithdrawalKeyService::policy(std::int64_t customerId) const
{
    if (auto exists = customerExists(m_database.connection(), customerId); !exists)
        return exists.error();
    return WithdrawalKeyRepository(m_database.connection()).policy(customerId);
}

} // namespace exchange::withdrawals
