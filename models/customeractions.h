#pragma once
// CustomerActions: what an operator changes about a customer from the
// Customers screen: add, edit, freeze, unfreeze, close (CustomerService, as
// the signed-in operator, authorised and audited in the core). When the
// permission table asks a second factor for it, a current code is asked
// first (OperatorSession::runConfirmed). Says what happened, or why not.

#include <QObject>
#include <QString>

namespace exchange {
class CoreServices;
struct Customer;
}
class OperatorSession;

class CustomerActions final : public QObject
{
    Q_OBJECT
public:
    CustomerActions(exchange::CoreServices &services, OperatorSession &session, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerActions)

    void add(const QString &externalId, const QString &name, const QString &email);
    void update(const QString &externalId, const QString &name, const QString &email);
    void freeze(const QString &externalId);
    void unfreeze(const QString &externalId);
    void close(const QString &externalId);

signals:
    // message: what changed, for the operator.
    void done(qint64 customerId, const QString &message);
    void failed(const QString &message);

private:
    enum class Kind { Add, Update, Freeze, Unfreeze, Close };
    void perform(Kind kind, const QString &externalId, const QString &name, const QString &email);

    exchange::CoreServices &m_services;
    OperatorSession &m_session;
};
