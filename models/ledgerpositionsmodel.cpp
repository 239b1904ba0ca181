#include "ledgerpositionsmodel.h"

#include "displayformat.h"

#include "tone.h"

#include "assetcatalog.h"
#include "cellstyle.h"
#include "coretext.h"
#include "reloadcoalescer.h"

#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

#include <QBrush>
#include <QColor>

using exchange::Amount;
using exchange::ledger::AssetPosition;

LedgerPositionsModel::LedgerPositionsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                           QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services)
{
    // Ledger changes come in bursts: read once per burst.
    new ReloadCoalescer(services.notifier(), {exchange::ChangeNotifier::Topic::Ledger}, [this] { reload(); }, this);
    reload();
}

void LedgerPositionsModel::reload()
{
    auto *services = &m_services;
    m_runtime.post(
        [services]() -> exchange::Result<Snapshot> {
            auto positions = services->ledgerQueries().positions();
            if (!positions)
                return positions.error();
            auto assets = assetsByCode(*services);
            if (!assets)
                return assets.error();
            return Snapshot{std::move(positions).value(), std::move(assets).value()};
        },
        this,
        [this](exchange::Result<Snapshot> result) {
            if (!result) {
                emit loadFailed(tr("The ledger could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            apply(std::move(result).value());
        });
}

void LedgerPositionsModel::apply(Snapshot snapshot)
{
    m_snapshot.assets = std::move(snapshot.assets);
    mergeRows(m_snapshot.positions, std::move(snapshot.positions),
              [](const exchange::ledger::AssetPosition &p) { return p.asset; });
    m_loaded = true;
    emit loaded();
}

int LedgerPositionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_snapshot.positions.size());
}

int LedgerPositionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Amount LedgerPositionsModel::valueAt(const AssetPosition &p, int column) const
{
    switch (static_cast<Column>(column)) {
    case Liabilities: return p.liabilities;
    case Reserved: return p.reserved;
    case Holdings: return p.holdings;
    case Surplus: return p.surplus();
    case Revenue: return p.revenue;
    case Expenses: return p.expenses;
    case AssetCode:
    case ColumnCount: break;
    }
    return {};
}

QVariant LedgerPositionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetPosition &p = m_snapshot.positions.at(static_cast<size_t>(index.row()));
    const auto assetIt = m_snapshot.assets.find(p.asset);
    const exchange::Asset asset = assetIt != m_snapshot.assets.end() ? assetIt->second : exchange::Asset{p.asset, p.asset, {}, 0, 0, {}};
    const bool isAmount = index.column() != AssetCode;
    const Amount value = valueAt(p, index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!isAmount)
            return QString::fromStdString(p.asset);
        return displayformat::amountText(value, asset);
    case displayformat::ExactTextRole:
        if (!isAmount)
            return {};
        return displayformat::exactAmountText(value, asset);
    case RawValueRole:
        if (!isAmount)
            return QString::fromStdString(p.asset);
        return QVariant::fromValue(exchange::AssetAmount{value, asset.decimals});
    case Qt::TextAlignmentRole: return cellstyle::alignment(isAmount);
    case Qt::FontRole:
        if (isAmount) {
            return cellstyle::amountFont();
        }
        return {};
    case Qt::ForegroundRole:
        // The exchange holding less than it owes is the one number that must stand out.
        if (index.column() == Surplus && value.isNegative())
            return tone::brush(tone::Tone::Attention);
        return {};
    case Qt::ToolTipRole: {
        if (!isAmount)
            return {};
        const QString exact = displayformat::exactAmountTooltip(value, asset);
        if (index.column() == Surplus)
            return exact + u'\n'
                + (value.isNegative() ? tr("The wallets hold less than the customers are owed.")
                                      : tr("What the wallets hold beyond what the customers are owed."));
        return exact;
    }
    default: return {};
    }
}

QVariant LedgerPositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case AssetCode: return tr("Asset");
        case Liabilities: return tr("Owed to customers");
        case Reserved: return tr("of which held");
        case Holdings: return tr("Held in wallets");
        case Surplus: return tr("Surplus");
        case Revenue: return tr("Revenue");
        case Expenses: return tr("Expenses");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Liabilities: return tr("Customers' posted balances: what the exchange owes.");
        case Reserved: return tr("Part of what is owed that is held for withdrawals and orders.");
        case Holdings: return tr("Deposit, hot, warm and cold wallets as the ledger sees them.");
        case Surplus: return tr("Held in wallets minus owed to customers.");
        case AssetCode:
        case Revenue:
        case Expenses:
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && section != AssetCode)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
