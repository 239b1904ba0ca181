#include "refuelsmodel.h"

#include "assetcatalog.h"
#include "cellstyle.h"
#include "coretext.h"
#include "displayformat.h"
#include "reloadcoalescer.h"
#include "tone.h"

#include "core/deposits/refuelrepository.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/database.h"

using exchange::deposits::CollectionState;
using exchange::deposits::RefuelRecord;

RefuelsModel::RefuelsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services)
{
    using T = exchange::ChangeNotifier::Topic;
    new ReloadCoalescer(services.notifier(), {T::Wallet, T::Deposit, T::Ledger}, [this] { reload(); }, this);
    reload();
}

void RefuelsModel::reload()
{
    struct Snapshot {
        std::vector<RefuelRecord> rows;
        std::optional<exchange::Asset> eth;
    };
    auto *services = &m_services;
    m_runtime.post(
        [services]() -> exchange::Result<Snapshot> {
            exchange::Database &db = services->database();
            auto rows = exchange::deposits::RefuelRepository(db.connection(), db.dialect()).recent(kShown);
            if (!rows)
                return rows.error();
            auto assets = assetsByCode(*services);
            if (!assets)
                return assets.error();
            const auto eth = assets.value().find(exchange::nativeAssetOf(exchange::Chain::Ethereum).code);
            return Snapshot{std::move(rows).value(),
                            eth == assets.value().end() ? std::nullopt : std::optional<exchange::Asset>(eth->second)};
        },
        this,
        [this](exchange::Result<Snapshot> result) {
            if (!result) {
                emit failed(tr("The refuels could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            m_eth = std::move(result.value().eth);
            mergeRows(m_rows, std::move(result.value().rows), [](const RefuelRecord &r) { return r.txid; });
            m_loaded = true;
            emit loaded();
        });
}

QString RefuelsModel::stateTitle(CollectionState state)
{
    switch (state) {
    case CollectionState::Signed: return tr("signed, not sent yet");
    case CollectionState::Broadcast: return tr("sent, awaiting confirmations");
    case CollectionState::Confirmed: return tr("confirmed");
    case CollectionState::Failed: return tr("failed on chain");
    }
    return {};
}

int RefuelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RefuelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefuelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RefuelRecord &row = m_rows.at(static_cast<size_t>(index.row()));
    const bool isAmount = index.column() == AmountColumn;
    const auto shortened = [](const std::string &s) {
        const QString t = QString::fromStdString(s);
        return t.size() > 20 ? t.left(10) + QStringLiteral("…") + t.right(8) : t;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case When: return displayformat::dateTimeText(row.createdAtMs);
        case Txid: return shortened(row.txid);
        case To: return shortened(row.toAddress);
        case For: return QString::fromStdString(row.forAssets);
        case AmountColumn:
            return m_eth ? displayformat::fullAmountText(row.amount, *m_eth) : QString::fromStdString(row.amount.toBaseUnitString());
        case State: return stateTitle(row.state);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case When: return QVariant::fromValue(static_cast<qint64>(row.createdAtMs));
        case Txid: return QString::fromStdString(row.txid);
        case To: return QString::fromStdString(row.toAddress);
        case AmountColumn: return QVariant::fromValue(exchange::AssetAmount{row.amount, m_eth ? m_eth->decimals : 0});
        case State: return static_cast<int>(row.state);
        case For:
        case ColumnCount: return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Txid)
            return QString::fromStdString(row.txid);
        if (index.column() == To)
            return QString::fromStdString(row.toAddress);
        if (index.column() == State && !row.note.empty())
            return QString::fromStdString(row.note);
        return {};
    case Qt::TextAlignmentRole: return cellstyle::alignment(isAmount);
    case Qt::FontRole: return isAmount ? cellstyle::amountFont() : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == State && row.state == CollectionState::Failed)
            return tone::brush(tone::Tone::Attention);
        return {};
    default: return {};
    }
}

QVariant RefuelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case When: return tr("Signed");
        case Txid: return tr("Transaction");
        case To: return tr("Deposit address");
        case For: return tr("For");
        case AmountColumn: return tr("Amount (ETH)");
        case State: return tr("State");
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
