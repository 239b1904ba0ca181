#include "models/customeraddressesmodel.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/coretext.h"
#include "models/displayformat.h"
#include "models/operatorsession.h"

#include "core/base/changenotifier.h"

#include <QDateTime>

using exchange::CustomerAddress;

CustomerAddressesModel::CustomerAddressesModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                               OperatorSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_runtime(runtime), m_services(services), m_session(session)
{
    // Published on the core thread, received here queued: a change any
    // console made to this customer is read again.
    connect(&services.notifier(), &exchange::ChangeNotifier::changed, this,
            [this](exchange::ChangeNotifier::Topic topic, const QString &key) {
                if (topic == exchange::ChangeNotifier::Topic::Customer && m_customerId != 0
                    && key == QString::number(m_customerId))
                    reload();
            });
}

void CustomerAddressesModel::setCustomer(qint64 customerId, const QString &externalId)
{
    m_customerId = customerId;
    m_externalId = externalId;
    apply({});
    reload();
}

void CustomerAddressesModel::reload()
{
    if (m_customerId == 0)
        return;
    auto *services = &m_services;
    const qint64 id = m_customerId;
    m_runtime.post(
        [services, id]() -> exchange::Result<Snapshot> {
            auto addresses = services->customerAddresses().list(id);
            if (!addresses)
                return addresses.error();
            auto keys = services->withdrawalKeys().policy(id);
            if (!keys)
                return keys.error();
            return Snapshot{std::move(addresses).value(), std::move(keys).value()};
        },
        this,
        [this, id](exchange::Result<Snapshot> result) {
            if (id != m_customerId)
                return; // another customer was chosen meanwhile
            if (!result) {
                emit failed(CoreText::error(result.error()));
                return;
            }
            apply(std::move(result).value());
            emit loaded();
        });
}

void CustomerAddressesModel::apply(Snapshot snapshot)
{
    beginResetModel();
    m_rows = std::move(snapshot.addresses);
    endResetModel();
    m_keys.clear();
    for (const auto &k : snapshot.keys.keys)
        m_keys << QStringLiteral("%1 %2").arg(QString::fromLatin1(exchange::chainName(k.chain).data()),
                                              QString::fromStdString(k.address));
    m_required = snapshot.keys.required;
}

void CustomerAddressesModel::add(exchange::Chain chain, const QString &address, const QString &label)
{
    auto *book = &m_services.customerAddresses();
    const QString externalId = m_externalId;
    const std::string text = address.trimmed().toStdString();
    m_session.run<CustomerAddress>(
        [book, externalId, chain, text, label](const exchange::security::Actor &actor) {
            return book->add(actor, externalId, chain, text, label);
        },
        this,
        [this](exchange::Result<CustomerAddress> result) {
            if (!result) {
                emit failed(CoreText::error(result.error()));
                return;
            }
            emit finished(tr("%1 is on the customer's address list.").arg(QString::fromStdString(result.value().address)));
            reload();
        });
}

void CustomerAddressesModel::remove(exchange::Chain chain, const QString &text)
{
    auto *book = &m_services.customerAddresses();
    const QString externalId = m_externalId;
    const std::string address = text.toStdString();
    m_session.run<CustomerAddress>(
        [book, externalId, chain, address](const exchange::security::Actor &actor) {
            return book->remove(actor, externalId, chain, address);
        },
        this,
        [this](exchange::Result<CustomerAddress> result) {
            if (!result) {
                emit failed(CoreText::error(result.error()));
                return;
            }
            emit finished(tr("%1 was removed from the customer's address list.").arg(QString::fromStdString(result.value().address)));
            reload();
        });
}

const CustomerAddress *CustomerAddressesModel::addressAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int CustomerAddressesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerAddressesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerAddressesModel::data(const QModelIndex &index, int role) const
{
    const CustomerAddress *a = index.isValid() ? addressAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == RawValueRole && index.column() == Added)
        return QVariant::fromValue(static_cast<qint64>(a->addedAtMs));
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case ChainColumn: return QString::fromLatin1(exchange::chainName(a->chain).data());
    case Address: return QString::fromStdString(a->address);
    case Label: return a->label;
    case AddedBy: return QString::fromStdString(a->addedBy);
    case Added: return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(a->addedAtMs));
    case ColumnCount: break;
    }
    return {};
}

QVariant CustomerAddressesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case ChainColumn: return tr("Chain");
    case Address: return tr("Address");
    case Label: return tr("Label");
    case AddedBy: return tr("Added by");
    case Added: return tr("Added");
    case ColumnCount: break;
    }
    return {};
}
