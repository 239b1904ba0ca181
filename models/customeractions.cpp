#include "customeractions.h"

#include "coretext.h"
#include "operatorsession.h"
#include "core/customers/customerservice.h"
#include "core/runtime/coreservices.h"
#include "core/security/permissions.h"

CustomerActions::CustomerActions(exchange::CoreServices &services, OperatorSession &session, QObject *parent)
    : QObject(parent), m_services(services), m_session(session)
{
}

void CustomerActions::add(const QString &externalId, const QString &name, const QString &email)
{
    perform(Kind::Add, externalId, name, email);
}

void CustomerActions::update(const QString &externalId, const QString &name, const QString &email)
{
    perform(Kind::Update, externalId, name, email);
}

void CustomerActions::freeze(const QString &externalId)
{
    perform(Kind::Freeze, externalId, {}, {});
}

void CustomerActions::unfreeze(const QString &externalId)
{
    perform(Kind::Unfreeze, externalId, {}, {});
}

void CustomerActions::close(const QString &externalId)
{
    perform(Kind::Close, externalId, {}, {});
}

void CustomerActions::perform(Kind kind, const QString &externalId, const QString &name, const QString &email)
{
    auto *services = &m_services;
    OperatorSession::Job<exchange::Customer> job = [services, kind, externalId, name,
                                                    email](const exchange::security::Actor &actor) -> exchange::Result<exchange::Customer> {
        // The service is a thin front over the store: one per change.
        exchange::customers::CustomerService customers(services->database(), services->clock(), services->audit(),
                                                       &services->notifier());
        switch (kind) {
        case Kind::Add: return customers.add(actor, externalId, name, email);
        case Kind::Update: return customers.update(actor, externalId, name, email);
        case Kind::Freeze: return customers.freeze(actor, externalId);
        case Kind::Unfreeze: return customers.unfreeze(actor, externalId);
        case Kind::Close: return customers.close(actor, externalId);
        }
        return exchange::Error{exchange::ErrorCode::Internal, "unknown customer action"};
    };
    auto callback = [this, kind, externalId](exchange::Result<exchange::Customer> result) {
        if (!result) {
            emit failed(tr("Customer “%1” was not changed: %2").arg(externalId, CoreText::error(result.error())));
            return;
        }
        const exchange::Customer &c = result.value();
        QString message;
        switch (kind) {
        case Kind::Add: message = tr("Customer “%1” (%2) added; their Stellar memo is %3.").arg(c.externalId, c.name).arg(c.id); break;
        case Kind::Update: message = tr("Customer “%1” updated.").arg(c.externalId); break;
        case Kind::Freeze: message = tr("Customer “%1” frozen: no withdrawal leaves until they are unfrozen.").arg(c.externalId); break;
        case Kind::Unfreeze: message = tr("Customer “%1” unfrozen: their withdrawals are requested and paid again.").arg(c.externalId); break;
        case Kind::Close: message = tr("Customer “%1” closed.").arg(c.externalId); break;
        }
        emit done(c.id, message);
    };
    if (exchange::security::actionNeedsSecondFactor(exchange::security::Action::ManageCustomers)) {
        m_session.runConfirmed<exchange::Customer>(tr("Change customer “%1”").arg(externalId), std::move(job), this,
                                                   std::move(callback));
    } else {
        m_session.run<exchange::Customer>(std::move(job), this, std::move(callback));
    }
}
