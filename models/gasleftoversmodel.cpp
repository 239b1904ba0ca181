#include "gasleftoversmodel.h"

#include "assetcatalog.h"
#include "cellstyle.h"
#include "coretext.h"
#include "displayformat.h"
#include "reloadcoalescer.h"

#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

using exchange::Amount;
using exchange::deposits::GasLeftover;

GasLeftoversModel::GasLeftoversModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services)
{
    using T = exchange::ChangeNotifier::Topic;
    new ReloadCoalescer(services.notifier(), {T::Wallet, T::Deposit, T::Ledger}, [this] { reload(); }, this);
    reload();
}

void GasLeftoversModel::reload()
{
    struct Snapshot {
        std::vector<GasLeftover> rows;
        std::optional<exchange::Asset> eth;
    };
    auto *services = &m_services;
    m_runtime.post(
        [services]() -> exchange::Result<Snapshot> {
            auto rows = exchange::deposits::EthereumGasLeftovers(services->database()).recorded();
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
                emit failed(tr("The gas left on deposit addresses could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            m_eth = std::move(result.value().eth);
            mergeRows(m_rows, std::move(result.value().rows), [](const GasLeftover &l) { return l.address; });
            m_loaded = true;
            emit loaded();
        });
}

QString GasLeftoversModel::amountText(Amount amount) const
{
    return m_eth ? displayformat::fullAmountText(amount, *m_eth) : QString::fromStdString(amount.toBaseUnitString());
}

QString GasLeftoversModel::totalText() const
{
    if (!m_loaded)
        return {};
    int addresses = 0;
    for (const GasLeftover &l : m_rows)
        addresses += l.leftover.isPositive() ? 1 : 0;
    if (addresses == 0)
        return tr("No gas is left over on the Ethereum deposit addresses.");
    //: %1 an amount of ETH; %n the number of deposit addresses
    return tr("Gas left over on Ethereum deposit addresses: %1 ETH on %n address(es). exctl collect return-gas sends it "
              "back to the fee wallet.",
              nullptr, addresses)
        .arg(amountText(exchange::deposits::EthereumGasLeftovers::total(m_rows)));
}

int GasLeftoversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GasLeftoversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GasLeftoversModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GasLeftover &row = m_rows.at(static_cast<size_t>(index.row()));
    const int decimals = m_eth ? m_eth->decimals : 0;
    std::optional<Amount> amount;
    switch (static_cast<Column>(index.column())) {
    case Held: amount = row.held; break;
    case Owed: amount = row.owed; break;
    case Leftover: amount = row.leftover; break;
    case Address:
    case Note:
    case ColumnCount: break;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Address: return QString::fromStdString(row.address);
        case Held:
        case Owed:
        case Leftover: return amount ? amountText(*amount) : tr("unknown");
        case Note:
            if (!row.spokenFor.empty())
                //: why the ether at the address is not left over now (English detail from the core)
                return tr("spoken for: %1").arg(QString::fromStdString(row.spokenFor));
            return row.leftover.isPositive() ? QString() : tr("nothing beyond what it owes");
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        if (amount)
            return QVariant::fromValue(exchange::AssetAmount{*amount, decimals});
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole: return cellstyle::alignment(amount.has_value());
    case Qt::FontRole: return amount ? cellstyle::amountFont() : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Held && row.readAtMs)
            return tr("As read from the chain at %1.").arg(displayformat::dateTimeText(row.readAtMs));
        if (index.column() == Note && !row.spokenFor.empty())
            return data(index, Qt::DisplayRole);
        return {};
    default: return {};
    }
}

QVariant GasLeftoversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Address: return tr("Deposit address");
        case Held: return tr("Holds (ETH)");
        case Owed: return tr("Owed to customers");
        case Leftover: return tr("Gas left over");
        case Note: return tr("Note");
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (section == Held || section == Owed || section == Leftover))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
