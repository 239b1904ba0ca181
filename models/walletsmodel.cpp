#include "walletsmodel.h"

#include "assetidentitytext.h"

#include <algorithm>
#include <tuple>

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
#include <QDateTime>
#include <QStringList>

#include <algorithm>

using exchange::Amount;
using exchange::wallets::TierOverview;
using exchange::wallets::WalletTier;

WalletsModel::WalletsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services)
{
    using T = exchange::ChangeNotifier::Topic;
    new ReloadCoalescer(services.notifier(), {T::Wallet, T::Ledger, T::Asset}, [this] { reload(); }, this);
    reload();
}

void WalletsModel::reload()
{
    struct Snapshot {
        std::vector<TierOverview> rows;
        std::map<std::string, exchange::Asset> assets;
    };
    auto *services = &m_services;
    m_runtime.post(
        [services]() -> exchange::Result<Snapshot> {
            auto rows = services->wallets().overview();
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
                emit failed(tr("The wallets could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            m_assets = std::move(result.value().assets);
            // By chain: its coin's tiers, then each of its tokens' (the same
            // addresses), the chains in their coins' order.
            std::vector<TierOverview> rows = std::move(result.value().rows);
            const auto groupOf = [this](const TierOverview &t) {
                const auto it = m_assets.find(t.asset);
                if (it == m_assets.end())
                    return std::tuple(t.asset, true, t.asset);
                return std::tuple(exchange::nativeAssetOf(it->second.chain).code, !it->second.identity.isNative(), t.asset);
            };
            std::stable_sort(rows.begin(), rows.end(),
                             [&](const TierOverview &a, const TierOverview &b) { return groupOf(a) < groupOf(b); });
            mergeRows(m_rows, std::move(rows), [](const TierOverview &t) {
                return t.asset + '/' + std::to_string(static_cast<int>(t.tier));
            });
            m_loaded = true;
            emit loaded();
        });
}

QString WalletsModel::chainReadText() const
{
    if (!m_loaded)
        return {};
    const auto at = [](std::int64_t ms) {
        return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(ms));
    };
    std::int64_t oldest = 0;
    std::int64_t newest = 0;
    QStringList never;
    for (const auto &row : m_rows) {
        if (row.wallets == 0)
            continue;
        if (row.oldestReadAtMs == 0) {
            //: asset code and tier, e.g. "XLM hot"
            never << tr("%1 %2").arg(QString::fromStdString(row.asset), tierTitle(row.tier).toLower());
            continue;
        }
        oldest = oldest == 0 ? row.oldestReadAtMs : std::min(oldest, row.oldestReadAtMs);
        newest = std::max(newest, row.oldestReadAtMs);
    }
    QString text;
    if (newest == 0)
        text = tr("Chain balances: never read from the chains.");
    else if (oldest == newest)
        text = tr("Chain balances as last read from the chains, at %1.").arg(at(newest));
    else
        text = tr("Chain balances as last read from the chains: the oldest at %1, the newest at %2.").arg(at(oldest), at(newest));
    if (newest != 0 && !never.isEmpty())
        text += u' ' + tr("Never read: %1.").arg(never.join(QStringLiteral(", ")));
    return text;
}

QString WalletsModel::tierTitle(WalletTier tier)
{
    switch (tier) {
    case WalletTier::Deposit: return tr("Deposit addresses");
    case WalletTier::Hot: return tr("Hot");
    case WalletTier::Warm: return tr("Warm (watch-only)");
    case WalletTier::Cold: return tr("Cold (watch-only)");
    case WalletTier::Fee: return tr("Fee wallet (gas for token sweeps)");
    }
    return {};
}

int WalletsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WalletsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalletsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierOverview &row = m_rows.at(static_cast<size_t>(index.row()));
    const auto assetIt = m_assets.find(row.asset);
    const int decimals = assetIt != m_assets.end() ? assetIt->second.decimals : 0;
    const auto fmt = [&](Amount a) {
        return assetIt != m_assets.end() ? displayformat::amountText(a, assetIt->second)
                                         : QString::fromStdString(a.toBaseUnitString());
    };
    // The amount a cell shows, when it shows one.
    std::optional<Amount> amount;
    switch (static_cast<Column>(index.column())) {
    case Ledger: amount = row.ledgerBalance; break;
    case Chain: amount = row.chainBalance; break;
    case Difference: amount = row.difference(); break;
    case Max: amount = row.maxBalance; break;
    case AssetCode:
    case Tier:
    case Address:
    case Fill:
    case ReadAt:
    case ColumnCount: break;
    }
    const bool exactKnown = amount && assetIt != m_assets.end();
    // Whole percent of the max, rounded down: only for the gauge.
    std::optional<int> fill;
    if (row.maxBalance && row.maxBalance->isPositive()) {
        auto percent = row.ledgerBalance.mulRatio(100, row.maxBalance->baseUnits(), exchange::Rounding::Floor);
        if (percent)
            fill = static_cast<int>(std::min<exchange::int128>(percent.value().baseUnits(), 999));
    }
    const bool isAmount = index.column() == Ledger || index.column() == Chain || index.column() == Difference
        || index.column() == Max;
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case AssetCode: return QString::fromStdString(row.asset);
        case Tier: return tierTitle(row.tier);
        case Address: {
            if (row.address.empty())
                return row.wallets == 0 ? tr("none registered") : tr("%n addresses", nullptr, row.wallets);
            // Shortened in the middle: both ends are what people compare.
            const QString a = QString::fromStdString(row.address);
            return a.size() > 20 ? a.left(10) + QStringLiteral("…") + a.right(8) : a;
        }
        case Fill: return fill ? tr("%1%").arg(*fill) : QString();
        case Ledger: return fmt(row.ledgerBalance);
        case Chain: return row.chainBalance ? fmt(*row.chainBalance) : tr("unknown");
        case Difference: {
            const auto d = row.difference();
            if (!d)
                return tr("—");
            if (d->isZero())
                return tr("none");
            return assetIt != m_assets.end() ? displayformat::signedAmountText(*d, assetIt->second) : fmt(*d);
        }
        case Max: return row.maxBalance ? fmt(*row.maxBalance) : QString();
        case ReadAt:
            return row.oldestReadAtMs ? displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(row.oldestReadAtMs))
                                      : tr("never");
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Ledger: return QVariant::fromValue(exchange::AssetAmount{row.ledgerBalance, decimals});
        case Chain: return row.chainBalance ? QVariant::fromValue(exchange::AssetAmount{*row.chainBalance, decimals}) : QVariant();
        case Difference: return row.difference() ? QVariant::fromValue(exchange::AssetAmount{*row.difference(), decimals}) : QVariant();
        case Max: return row.maxBalance ? QVariant::fromValue(exchange::AssetAmount{*row.maxBalance, decimals}) : QVariant();
        case Fill: return fill ? QVariant(*fill) : QVariant();
        case Tier: return static_cast<int>(row.tier);
        case Address: return QString::fromStdString(row.address);
        case ReadAt: return QVariant::fromValue(static_cast<qint64>(row.oldestReadAtMs));
        case AssetCode:
        case ColumnCount: return data(index, Qt::DisplayRole);
        }
        return {};
    case FillPercentRole: return fill ? QVariant(*fill) : QVariant();
    case Qt::TextAlignmentRole: return cellstyle::alignment(isAmount);
    case Qt::FontRole:
        if (isAmount) {
            return cellstyle::amountFont();
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Difference && row.difference() && !row.difference()->isZero())
            return tone::brush(tone::Tone::Attention);
        return {};
    case displayformat::ExactTextRole:
        return exactKnown ? QVariant(displayformat::exactAmountText(*amount, assetIt->second)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Address && !row.address.empty())
            return QString::fromStdString(row.address);
        if (index.column() == AssetCode && assetIt != m_assets.end())
            return AssetIdentityText::sentence(assetIt->second);
        if (index.column() == Difference)
            return (exactKnown ? displayformat::exactAmountTooltip(*amount, assetIt->second) + u'\n' : QString())
                + tr("What the chain reports minus what the ledger says. Anything but none needs a look: fees not "
                      "yet booked, a payment not yet seen, or worse.");
        if (index.column() == Max && row.tier == exchange::wallets::WalletTier::Fee && exactKnown) {
            const QString max = displayformat::exactAmountTooltip(*amount, assetIt->second) + u'\n'
                + tr("The most the fee wallet should hold: a funding from warm fills it to this.");
            if (!row.lowBalance)
                return max;
            //: %1 an amount of the chain's coin with its code
            return max + u'\n' + tr("Below %1 the Dashboard asks for funding.").arg(fmt(*row.lowBalance) + u' '
                                                                                     + QString::fromStdString(row.asset));
        }
        if (exactKnown)
            return displayformat::exactAmountTooltip(*amount, assetIt->second);
        if (index.column() == Fill && fill)
            return *fill > 100 ? tr("Above its max balance: the excess should move on to the next tier.")
                               : tr("Ledger balance against the max balance.");
        return {};
    default: return {};
    }
}

QVariant WalletsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case AssetCode: return tr("Asset");
        case Tier: return tr("Wallet");
        case Address: return tr("Address");
        case Fill: return tr("Of max");
        case Ledger: return tr("Ledger");
        case Chain: return tr("Chain");
        case Difference: return tr("Difference");
        case Max: return tr("Max balance");
        case ReadAt: return tr("Chain read");
        case ColumnCount: break;
        }
    }
    if (role == Qt::TextAlignmentRole && (section == Ledger || section == Chain || section == Difference || section == Max))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}
