#include "depositsmodel.h"

#include "displayformat.h"

#include "tone.h"

#include "assetcatalog.h"
#include "cellstyle.h"
#include "coretext.h"
#include "operatorsession.h"
#include "reloadcoalescer.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using exchange::deposits::DepositRecord;
using exchange::deposits::DepositState;

DepositsModel::DepositsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                             QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services), m_session(session)
{
    new ReloadCoalescer(services.notifier(), {exchange::ChangeNotifier::Topic::Deposit}, [this] { reload(); }, this);
    reload();
}

void DepositsModel::reload()
{
    struct Snapshot {
        std::vector<DepositRecord> rows;
        std::map<std::string, exchange::Asset> assets;
    };
    auto *services = &m_services;
    m_runtime.post(
        [services]() -> exchange::Result<Snapshot> {
            auto rows = services->deposits().list({std::nullopt, std::nullopt, std::nullopt, 5000, 0});
            if (!rows)
                return rows.error();
            auto assets = assetsByCode(*services);
            if (!assets)
                return assets.error();
            return Snapshot{std::move(rows).value(), std::move(assets).value()};
        },
        this,
        [this](exchange::Result<Snapshot> result) {
            if (!result) {
                emit failed(tr("The deposits could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            m_assets = std::move(result.value().assets);
            mergeRows(m_rows, std::move(result.value().rows), [](const DepositRecord &d) { return d.id; });
            m_loaded = true;
            emit loaded();
        });
}

void DepositsModel::assign(qint64 depositId, qint64 customerId)
{
    auto *services = &m_services;
    m_session.run<DepositRecord>(
        [services, depositId, customerId](const exchange::security::Actor &actor) {
            return services->deposits().assign(actor, depositId, customerId);
        },
        this,
        [this, depositId, customerId](exchange::Result<DepositRecord> result) {
            if (!result) {
                emit failed(tr("Deposit %1 was not assigned: %2").arg(depositId).arg(CoreText::error(result.error())));
                return;
            }
            emit assigned(depositId, customerId);
            reload();
        });
}

const DepositRecord *DepositsModel::deposit(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

QString DepositsModel::amountText(const DepositRecord &d) const
{
    const auto asset = m_assets.find(d.asset);
    const QString amount = asset != m_assets.end() ? displayformat::fullAmountText(d.amount, asset->second)
                                                   : QString::fromStdString(d.amount.toBaseUnitString());
    return amount + u' ' + QString::fromStdString(d.asset);
}

QString DepositsModel::stateTitle(DepositState state)
{
    switch (state) {
    case DepositState::Pending: return tr("Waiting for confirmations");
    case DepositState::Ignored: return tr("Ignored (below minimum)");
    case DepositState::Unattributed: return tr("Unattributed");
    case DepositState::Credited: return tr("Credited, not collected");
    case DepositState::CollectionPlanned: return tr("Collection planned");
    case DepositState::Collecting: return tr("Collecting");
    case DepositState::Collected: return tr("Collected");
    }
    return {};
}

int DepositsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DepositsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepositsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepositRecord &d = m_rows.at(static_cast<size_t>(index.row()));
    const auto asset = m_assets.find(d.asset);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Id: return QVariant::fromValue(static_cast<qint64>(d.id));
        case Seen: return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(d.seenAtMs));
        case State: return stateTitle(d.state);
        case AssetCode: return QString::fromStdString(d.asset);
        case Amount:
            return asset != m_assets.end() ? displayformat::amountText(d.amount, asset->second)
                                           : QString::fromStdString(d.amount.toBaseUnitString());
        case Customer:
            if (d.customerId)
                return tr("#%1").arg(*d.customerId);
            return d.memo.empty() ? QString() : tr("memo “%1”").arg(QString::fromStdString(d.memo));
        case Chain: return QString::fromLatin1(exchange::chainName(d.chain));
        case TxId: {
            // Shortened in the middle; the full id is in the tooltip.
            const QString id = QString::fromStdString(d.txid);
            return id.size() > 20 ? id.left(10) + QStringLiteral("…") + id.right(8) : id;
        }
        case Note: return CoreText::stored(d.note);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Id: return QVariant::fromValue(static_cast<qint64>(d.id));
        case Seen: return QVariant::fromValue(static_cast<qint64>(d.seenAtMs));
        case Amount:
            return QVariant::fromValue(exchange::AssetAmount{d.amount, asset != m_assets.end() ? asset->second.decimals : 0});
        case Customer: return d.customerId ? QVariant::fromValue(static_cast<qint64>(*d.customerId)) : QVariant();
        case State:
        case AssetCode:
        case Chain:
        case TxId:
        case Note:
        case ColumnCount: return data(index, Qt::DisplayRole);
        }
        return {};
    case DepositIdRole: return QVariant::fromValue(static_cast<qint64>(d.id));
    case StateRole: return static_cast<int>(d.state);
    case displayformat::ExactTextRole:
        if (index.column() == Amount && asset != m_assets.end())
            return displayformat::exactAmountText(d.amount, asset->second);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TxId)
            return QString::fromStdString(d.txid);
        if (index.column() == Amount && asset != m_assets.end())
            return displayformat::exactAmountTooltip(d.amount, asset->second) + u'\n' + tr("To %1").arg(QString::fromStdString(d.to));
        return tr("To %1").arg(QString::fromStdString(d.to));
    case Qt::TextAlignmentRole: return cellstyle::alignment(index.column() == Amount || index.column() == Id);
    case Qt::FontRole:
        if (index.column() == Amount || index.column() == TxId) {
            return cellstyle::amountFont();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && d.state == DepositState::Unattributed)
            return tone::brush(tone::Tone::Attention); // needs an operator
        if (index.column() == State && d.state == DepositState::Ignored)
            return tone::brush(tone::Tone::Muted);
        return {};
    default: return {};
    }
}

QVariant DepositsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Id: return tr("Id");
    case Seen: return tr("Seen");
    case State: return tr("State");
    case AssetCode: return tr("Asset");
    case Amount: return tr("Amount");
    case Customer: return tr("Customer");
    case Chain: return tr("Chain");
    case TxId: return tr("Transaction");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return {};
}
