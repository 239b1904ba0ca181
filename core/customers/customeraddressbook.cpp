#include "core/customers/customeraddressbook.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/base/message.h"
#include "core/chains/chainchecks.h"
#include "core/chains/stellar/strkey.h"
#include "core/store/customeraddressrepository.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

namespace exchange::customers {

namespace {

QJsonObject describe(const CustomerAddress &a)
{
    return QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(chainName(a.chain).data())},
                       {QStringLiteral("address"), QString::fromStdString(a.address)},
                       {QStringLiteral("label"), a.label},
                       {QStringLiteral("added_by"), QString::fromStdString(a.addedBy)}};
}

std::string chainText(Chain chain)
{
    return std::string(chainName(chain));
}

Result<std::string> canonical(Chain chain, const std::string &address)
{
    auto valid = chains::validateAddress(chain, address);
    if (!valid)
        return makeError(ErrorCode::InvalidInput, MessageId::CustomerAddressInvalid,
                         {address, chainText(chain), valid.error().message});
    return valid;
}

// The wallet spellings an address may have in the wallets table: itself,
// and for a Stellar M… address the G… account it is part of.
std::vector<std::string> walletSpellings(Chain chain, const std::string &address)
{
    std::vector<std::string> spellings{address};
    if (chain == Chain::Stellar) {
        if (auto muxed = stellar::strkey::decodeMuxedAccount(address); muxed)
            spellings.push_back(stellar::strkey::encodeAccountId(muxed.value().publicKey));
    }
    return spellings;
}

Result<void> notAWallet(const CustomerAddressRepository &repo, std::int64_t customerId, Chain chain, const std::string &address)
{
    for (const std::string &spelling : walletSpellings(chain, address)) {
        auto use = repo.walletUse(chain, spelling);
        if (!use)
            return use.error();
        if (!use.value())
            continue;
        const bool othersDeposit = use.value()->tier == "deposit" && use.value()->customerId
                                   && *use.value()->customerId != customerId;
        if (othersDeposit)
            return makeError(ErrorCode::InvalidInput, MessageId::CustomerAddressIsOthersDeposit, {address});
        return makeError(ErrorCode::InvalidInput, MessageId::CustomerAddressIsExchangeWallet, {address, use.value()->tier});
    }
    return {};
}

} // namespace

CustomerAddressBook::CustomerAddressBook(Database &database, const Clock &clock, security::AuditLog &audit,
                                         ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_audit(audit), m_notifier(notifier)
{
}

void CustomerAddressBook::announce(std::int64_t customerId)
{
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Customer, QString::number(customerId));
}

Result<CustomerAddress> CustomerAddressBook::add(const security::Actor &actor, const QString &externalId, Chain chain,
                                                 const std::string &address, const QString &label)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    auto spelled = canonical(chain, address);
    if (!spelled)
        return spelled.error();
    const QString trimmedLabel = label.trimmed();
    if (trimmedLabel.size() > kCustomerAddressLabelMax)
        return makeError(ErrorCode::InvalidInput, MessageId::CustomerAddressLabelTooLong,
                         {std::to_string(kCustomerAddressLabelMax)});
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    auto customer = CustomerRepository(work.db()).findByExternalId(externalId);
    if (!customer)
        return customer.error();
    const Customer &c = customer.value();
    if (c.state == CustomerState::Closed)
        return makeError(ErrorCode::WrongState, MessageId::CustomerClosedAlready, {c.externalId.toStdString()});
    CustomerAddressRepository repo(work.db());
    if (auto wallet = notAWallet(repo, c.id, chain, spelled.value()); !wallet)
        return wallet.error();
    // Asked before the insert: on PostgreSQL a refused insert would end the
    // transaction, and the refusal says it in the operator's words.
    auto listed = repo.has(c.id, chain, spelled.value());
    if (!listed)
        return listed.error();
    if (listed.value())
        return makeError(ErrorCode::Conflict, MessageId::CustomerAddressListedAlready,
                         {c.externalId.toStdString(), spelled.value()});
    const CustomerAddress added{c.id, chain, spelled.value(), trimmedLabel, actor.displayName(), m_clock.nowMs()};
    if (auto inserted = repo.add(added); !inserted)
        return inserted.error();
    if (auto audited = m_audit.append(work.db(), actor, "customer.address.add", "customer", std::to_string(c.id), {},
                                      describe(added));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    announce(c.id);
    return added;
}

Result<CustomerAddress> CustomerAddressBook::remove(const security::Actor &actor, const QString &externalId, Chain chain,
                                                    const std::string &address)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    auto spelled = canonical(chain, address);
    if (!spelled)
        return spelled.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageCustomers); !allowed)
        return allowed.error();
    auto customer = CustomerRepository(work.db()).findByExternalId(externalId);
    if (!customer)
        return customer.error();
    const Customer &c = customer.value();
    if (c.state == CustomerState::Closed)
        return makeError(ErrorCode::WrongState, MessageId::CustomerClosedAlready, {c.externalId.toStdString()});
    CustomerAddressRepository repo(work.db());
    auto before = repo.find(c.id, chain, spelled.value());
    if (!before)
        return before.error();
    if (!before.value())
        return makeError(ErrorCode::NotFound, MessageId::CustomerAddressNotListed, {c.externalId.toStdString(), spelled.value()});
    if (auto removed = repo.remove(c.id, chain, spelled.value()); !removed)
        return removed.error();
    if (auto audited = m_audit.append(work.db(), actor, "customer.address.remove", "customer", std::to_string(c.id),
                                      describe(*before.value()), {});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    announce(c.id);
    return *before.value();
}

Result<std::vector<CustomerAddress>> CustomerAddressBook::list(const QString &externalId) const
{
    auto customer = CustomerRepository(m_database.connection()).findByExternalId(externalId);
    if (!customer)
        return customer.error();
    return list(customer.value().id);
}

Result<std::vector<CustomerAddress>> CustomerAddressBook::list(std::int64_t customerId) const
{
    return CustomerAddressRepository(m_database.connection()).list(customerId);
}

Result<bool> CustomerAddressBook::isListed(const QSqlDatabase &db, std::int64_t customerId, Chain chain,
                                           const std::string &canonicalAddress)
{
    return CustomerAddressRepository(db).has(customerId, chain, canonicalAddress);
}

} // namespace exchange::customers
