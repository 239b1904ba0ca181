#include "customersmodel.h"

#include "assetcatalog.h"
#include "cellstyle.h"
#include "coretext.h"
#include "displayformat.h"
#include "reloadcoalescer.h"
#include "tone.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

#include <QScopeGuard>

#include <algorithm>

using exchange::customers::CustomerDirectory;
using exchange::customers::DirectoryPage;
using exchange::customers::DirectoryQuery;
using exchange::customers::DirectoryRow;
using exchange::customers::DirectorySort;

namespace {

const exchange::customers::CustomerBalance *balanceOf(const DirectoryRow &row, const std::string &asset)
{
    for (const auto &b : row.balances) {
        if (b.asset == asset)
            return &b;
    }
    return nullptr;
}

} // namespace

CustomersModel::CustomersModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent, int pageSize)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services), m_pageSize(std::clamp(pageSize, 1, 10000))
{
    using Topic = exchange::ChangeNotifier::Topic;
    new ReloadCoalescer(services.notifier(), {Topic::Customer, Topic::Ledger, Topic::Deposit, Topic::Withdrawal, Topic::Asset},
                        [this] { refresh(); }, this);
    reload();
}

void CustomersModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_query.filter)
        return;
    m_query.filter = text.trimmed();
    reload();
}

void CustomersModel::sort(int column, Qt::SortOrder order)
{
    DirectorySort sort;
    switch (column) {
    case ExternalId: sort = DirectorySort::ExternalId; break;
    case Name: sort = DirectorySort::Name; break;
    case State: sort = DirectorySort::State; break;
    default: return; // per page only: not sortable in the store
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void CustomersModel::reload()
{
    ++m_generation;
    m_appending = false;
    load(Load::Reset, 0, m_pageSize);
}

void CustomersModel::refresh()
{
    if (!m_loaded) {
        reload();
        return;
    }
    // The rows shown, however many pages were fetched; a page still on
    // its way would overlap them, so its answer is dropped.
    ++m_generation;
    load(Load::Refresh, 0, std::clamp(static_cast<int>(m_rows.size()), m_pageSize, 10000));
}

bool CustomersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && m_more && !m_appending;
}

void CustomersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_appending = true;
    load(Load::Append, static_cast<int>(m_rows.size()), m_pageSize, ++m_appendTicket);
}

void CustomersModel::load(Load kind, int offset, int limit, quint64 ticket)
{
    struct Snapshot {
        DirectoryPage page;
        std::vector<exchange::Asset> assets;
    };
    DirectoryQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    const quint64 generation = m_generation;
    auto *services = &m_services;
    ++m_pending;
    // On the core's aside thread: a fragment of one or two letters that few
    // customers hold reads the whole table (CustomerDirectory), and the
    // core thread's work (payouts, decisions) must not wait behind it.
    m_runtime.postAside(
        [services, query]() -> exchange::Result<Snapshot> {
            auto page = CustomerDirectory(services->database()).page(query);
            if (!page)
                return page.error();
            auto assets = assetsByCode(*services);
            if (!assets)
                return assets.error();
            Snapshot snapshot{std::move(page).value(), {}};
            for (auto &[code, asset] : assets.value())
                snapshot.assets.push_back(asset);
            return snapshot;
        },
        this,
        [this, kind, generation, ticket](exchange::Result<Snapshot> result) {
            --m_pending;
            // The next page may be asked for once this one's rows are in
            // (a view asks while they are being inserted): not before.
            const auto appended = qScopeGuard([this, kind, ticket] {
                if (kind == Load::Append && ticket == m_appendTicket)
                    m_appending = false;
            });
            if (generation != m_generation)
                return; // the filter or sort changed meanwhile
            if (!result) {
                emit failed(tr("The customers could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            Snapshot &s = result.value();
            const bool assetsChanged =
                s.assets.size() != m_assets.size()
                || !std::equal(s.assets.begin(), s.assets.end(), m_assets.begin(),
                               [](const exchange::Asset &a, const exchange::Asset &b) { return a.code == b.code; });
            if (kind == Load::Reset || assetsChanged) {
                if (kind == Load::Append) {
                    // Columns changed under a page: read the first one again.
                    reload();
                    return;
                }
                beginResetModel();
                m_assets = std::move(s.assets);
                m_rows = std::move(s.page.rows);
                m_more = s.page.more;
                endResetModel();
            } else if (kind == Load::Append) {
                if (!s.page.rows.empty()) {
                    const int first = static_cast<int>(m_rows.size());
                    beginInsertRows({}, first, first + static_cast<int>(s.page.rows.size()) - 1);
                    std::move(s.page.rows.begin(), s.page.rows.end(), std::back_inserter(m_rows));
                    endInsertRows();
                }
                m_more = s.page.more;
            } else {
                m_assets = std::move(s.assets);
                mergeRows(m_rows, std::move(s.page.rows), [](const DirectoryRow &r) { return r.customer.id; });
                m_more = s.page.more;
            }
            m_loaded = true;
            emit loaded();
        });
}

const DirectoryRow *CustomersModel::customerRow(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int CustomersModel::rowOf(qint64 customerId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].customer.id == customerId)
            return static_cast<int>(i);
    }
    return -1;
}

QString CustomersModel::stateTitle(exchange::CustomerState state)
{
    switch (state) {
    case exchange::CustomerState::Active: return tr("Active");
    case exchange::CustomerState::Frozen: return tr("Frozen");
    case exchange::CustomerState::Closed: return tr("Closed");
    }
    return {};
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstBalance + static_cast<int>(m_assets.size());
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DirectoryRow &r = m_rows.at(static_cast<size_t>(index.row()));
    const exchange::Customer &c = r.customer;
    const int column = index.column();
    const exchange::Asset *asset = column >= FirstBalance ? &m_assets.at(static_cast<size_t>(column - FirstBalance)) : nullptr;
    const auto *balance = asset ? balanceOf(r, asset->code) : nullptr;
    const exchange::Amount available = balance ? balance->available : exchange::Amount::zero();
    switch (role) {
    case Qt::DisplayRole:
        if (asset)
            return displayformat::amountText(available, *asset);
        switch (column) {
        case ExternalId: return c.externalId;
        case Name: return c.name;
        case State: return stateTitle(c.state);
        case LastActivity: return r.lastActivityMs > 0 ? displayformat::dateTimeText(r.lastActivityMs) : QString();
        default: return {};
        }
    case RawValueRole:
        if (asset)
            return QVariant::fromValue(exchange::AssetAmount{available, asset->decimals});
        switch (column) {
        case State: return static_cast<int>(c.state);
        case LastActivity: return QVariant::fromValue(r.lastActivityMs);
        default: return data(index, Qt::DisplayRole);
        }
    case CustomerIdRole: return QVariant::fromValue(c.id);
    case StateRole: return static_cast<int>(c.state);
    case ExternalIdRole: return c.externalId;
    case displayformat::ExactTextRole:
        if (asset)
            return displayformat::exactAmountText(available, *asset);
        return {};
    case Qt::ToolTipRole:
        if (asset) {
            //: a customer's balance of one asset: available, held and total
            return tr("%1 available, %2 held, %3 in total")
                .arg(displayformat::fullAmountText(available, *asset),
                     displayformat::fullAmountText(balance ? balance->held : exchange::Amount::zero(), *asset),
                     displayformat::fullAmountText(balance ? balance->total : exchange::Amount::zero(), *asset));
        }
        if (column == ExternalId || column == Name)
            //: a customer's internal id, also their Stellar memo, and their email
            return c.email.isEmpty() ? tr("Internal id and Stellar memo: %1").arg(c.id)
                                     : tr("Internal id and Stellar memo: %1\nEmail: %2").arg(c.id).arg(c.email);
        return {};
    case Qt::TextAlignmentRole: return cellstyle::alignment(asset != nullptr);
    case Qt::FontRole: return asset ? cellstyle::amountFont() : QVariant();
    case Qt::ForegroundRole:
        if (column == State && c.state == exchange::CustomerState::Frozen)
            return tone::brush(tone::Tone::Attention);
        if (c.state == exchange::CustomerState::Closed)
            return tone::brush(tone::Tone::Muted);
        if (asset && available.isZero())
            return tone::brush(tone::Tone::Muted);
        return {};
    default: return {};
    }
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && section >= FirstBalance)
        return tr("Available: what the customer may withdraw or trade now");
    if (role != Qt::DisplayRole)
        return {};
    if (section >= FirstBalance)
        return QString::fromStdString(m_assets.at(static_cast<size_t>(section - FirstBalance)).code);
    switch (section) {
    case ExternalId: return tr("Customer id");
    case Name: return tr("Name");
    case State: return tr("State");
    case LastActivity: return tr("Last activity");
    default: return {};
    }
}
