#include "withdrawalsmodel.h"

#include "coretext.h"

#include "displayformat.h"

#include "tone.h"

#include "assetcatalog.h"
#include "cellstyle.h"
#include "changedkeys.h"
#include "operatorsession.h"
#include "reloadcoalescer.h"
#include "withdrawaltext.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/withdrawals/approvalsrequired.h"
#include "core/withdrawals/payoutreplacement.h"
#include "core/withdrawals/withdrawalbrowser.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

#include <algorithm>

using exchange::withdrawals::WithdrawalBrowser;
using exchange::withdrawals::WithdrawalQuery;
using exchange::withdrawals::WithdrawalRecord;
using exchange::withdrawals::WithdrawalRow;
using exchange::withdrawals::WithdrawalSort;
using exchange::withdrawals::WithdrawalState;

struct WithdrawalsModel::Snapshot {
    std::vector<WithdrawalRow> rows;
    std::int64_t matches = 0;
    std::map<std::string, exchange::Asset> assets;
    std::map<std::string, std::optional<exchange::Amount>> thresholds;
};

namespace {

QString shortened(const QString &text, int keep = 10)
{
    return text.size() > 2 * keep + 2 ? text.left(keep) + QStringLiteral("…") + text.right(keep - 2) : text;
}

} // namespace

WithdrawalsModel::WithdrawalsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                                   QObject *parent)
    : LiveTableModel(parent), m_runtime(runtime), m_services(services), m_session(session)
{
    m_query.states = viewStates(m_view);
    m_query.sort = WithdrawalSort::Requested;
    m_query.descending = false;
    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &WithdrawalsModel::reload);
    m_clockTick.setInterval(30'000);
    connect(&m_clockTick, &QTimer::timeout, this, [this] {
        if (!m_rows.empty())
            emit dataChanged(index(0, Waiting), index(rowCount() - 1, Waiting), {Qt::DisplayRole});
    });
    m_clockTick.start();
    // Rows re-read by id are cheap: a burst refreshes at most ten times a second.
    new ChangedKeys(services.notifier(), exchange::ChangeNotifier::Topic::Withdrawal,
                    [this](const std::set<QString> &keys) { changed(keys); }, this, 100);
    // Decimals and four-eyes thresholds.
    new ReloadCoalescer(services.notifier(), {exchange::ChangeNotifier::Topic::Asset}, [this] { scheduleReload(); }, this);
    scheduleReload();
}

std::vector<WithdrawalState> WithdrawalsModel::viewStates(View view)
{
    switch (view) {
    case View::ReviewQueue: return {WithdrawalState::UnderReview};
    case View::Processing: return {WithdrawalState::Approved, WithdrawalState::Processing, WithdrawalState::Broadcast};
    case View::Errors:
        return {WithdrawalState::Error, WithdrawalState::Failed, WithdrawalState::ManualPayout, WithdrawalState::HeldForIntegrity};
    case View::History: return {};
    }
    return {};
}

void WithdrawalsModel::setView(View view)
{
    m_view = view;
    m_stateFilter.reset();
    m_query.states = viewStates(view);
    // The queue: who has waited longest first; elsewhere the newest first.
    m_sortColumn = Requested;
    m_sortOrder = view == View::ReviewQueue ? Qt::AscendingOrder : Qt::DescendingOrder;
    m_query.sort = WithdrawalSort::Requested;
    m_query.descending = view != View::ReviewQueue;
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::setStateFilter(std::optional<WithdrawalState> state)
{
    const auto states = viewStates(m_view);
    if (state && !states.empty() && std::find(states.begin(), states.end(), *state) == states.end())
        state.reset(); // not a state of this view
    m_stateFilter = state;
    m_query.states = state ? std::vector<WithdrawalState>{*state} : states;
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::setAssetFilter(std::optional<std::string> asset)
{
    m_query.asset = std::move(asset);
    if (!m_query.asset) {
        m_query.minAmount.reset();
        m_query.maxAmount.reset();
    }
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::setCustomerFilter(std::optional<std::int64_t> customerId)
{
    m_query.customerId = customerId;
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::setAmountFilter(std::optional<exchange::Amount> min, std::optional<exchange::Amount> max)
{
    m_query.minAmount = min;
    m_query.maxAmount = max;
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::setTextFilter(const QString &text)
{
    m_query.text = text.trimmed().toStdString();
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::setPageSize(int rows)
{
    m_query.limit = std::clamp(rows, 1, 1000);
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::setPage(int page)
{
    m_query.offset = std::max(page, 0) * m_query.limit;
    scheduleReload();
}

bool WithdrawalsModel::hasNextPage() const
{
    return m_matches > static_cast<std::int64_t>(m_query.offset) + m_query.limit;
}

void WithdrawalsModel::sort(int column, Qt::SortOrder order)
{
    WithdrawalSort sort = WithdrawalSort::Requested;
    bool descending = order == Qt::DescendingOrder;
    switch (static_cast<Column>(column)) {
    case Id: sort = WithdrawalSort::Id; break;
    case Requested: sort = WithdrawalSort::Requested; break;
    case Waiting: descending = !descending; break; // the longest wait is the oldest request
    case Customer: sort = WithdrawalSort::Customer; break;
    case AssetCode:
    case Amount: sort = WithdrawalSort::Amount; break;
    case State: sort = WithdrawalSort::State; break;
    case Approvals:
    case Reason:
    case Destination:
    case Note:
    case ColumnCount: return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sort = sort;
    m_query.descending = descending;
    m_query.offset = 0;
    scheduleReload();
}

void WithdrawalsModel::scheduleReload()
{
    if (!m_reloadSoon.isActive())
        m_reloadSoon.start();
}

void WithdrawalsModel::reload()
{
    m_reloadSoon.stop();
    const WithdrawalQuery query = m_query;
    // Enough to tell whether there is a page after this one.
    const std::int64_t cap = std::max<std::int64_t>(kCountCap, static_cast<std::int64_t>(query.offset) + 2 * query.limit);
    const std::uint64_t generation = ++m_generation;
    ++m_inFlight;
    auto *services = &m_services;
    m_runtime.post(
        [services, query, cap]() -> exchange::Result<Snapshot> {
            exchange::Database &db = services->database();
            WithdrawalBrowser browser(db.connection(), db.dialect());
            auto rows = browser.page(query);
            if (!rows)
                return rows.error();
            // A short page is the last one: nothing to count beyond it.
            const bool lastPage = static_cast<int>(rows.value().size()) < query.limit
                                  && (!rows.value().empty() || query.offset == 0);
            auto matches = lastPage
                               ? exchange::Result<std::int64_t>(static_cast<std::int64_t>(query.offset) + static_cast<std::int64_t>(rows.value().size()))
                               : browser.count(query, cap);
            if (!matches)
                return matches.error();
            auto assets = assetsByCode(*services);
            if (!assets)
                return assets.error();
            Snapshot s{std::move(rows).value(), matches.value(), std::move(assets).value(), {}};
            for (const auto &[code, asset] : s.assets) {
                auto threshold = services->withdrawals().twoApproversAbove(code);
                if (!threshold)
                    return threshold.error();
                s.thresholds[code] = threshold.value();
            }
            return s;
        },
        this,
        [this, generation, cap](exchange::Result<Snapshot> result) {
            --m_inFlight;
            if (generation != m_generation)
                return; // a newer question is on its way
            if (!result) {
                emit failed(tr("The withdrawals could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            Snapshot &s = result.value();
            m_assets = std::move(s.assets);
            m_thresholds = std::move(s.thresholds);
            m_matches = s.matches;
            m_countCap = cap;
            // Merged by id: a new request in the queue keeps the operator's
            // selection and scrolling.
            mergeRows(m_rows, std::move(s.rows), [](const WithdrawalRow &w) { return w.record.id; });
            m_loaded = true;
            emit loaded();
        });
}

void WithdrawalsModel::changed(const std::set<QString> &keys)
{
    std::vector<std::int64_t> ids;
    bool elsewhere = keys.empty();
    for (const QString &key : keys) {
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        if (!ok || rowOf(id) < 0)
            elsewhere = true; // may belong on this page now (a new request, a state that joined the view)
        else
            ids.push_back(id);
    }
    if (elsewhere || !m_loaded)
        scheduleReload();
    else
        refreshRows(std::move(ids));
}

void WithdrawalsModel::refreshRows(std::vector<std::int64_t> ids)
{
    const WithdrawalQuery query = m_query;
    const std::uint64_t generation = m_generation;
    auto *services = &m_services;
    ++m_inFlight;
    m_runtime.post(
        [services, ids, query] {
            exchange::Database &db = services->database();
            return WithdrawalBrowser(db.connection(), db.dialect()).rows(ids, query);
        },
        this,
        [this, ids, generation](exchange::Result<std::vector<WithdrawalRow>> result) {
            --m_inFlight;
            if (generation != m_generation)
                return;
            if (!result) {
                emit failed(tr("The withdrawals could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            if (result.value().size() != ids.size()) {
                // One left this selection: the page closes up from the store.
                scheduleReload();
                return;
            }
            for (WithdrawalRow &fresh : result.value()) {
                const int row = rowOf(fresh.record.id);
                if (row < 0)
                    continue;
                m_rows[static_cast<size_t>(row)] = std::move(fresh);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            emit loaded();
        });
}

const WithdrawalRow *WithdrawalsModel::withdrawal(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int WithdrawalsModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].record.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

std::optional<exchange::Asset> WithdrawalsModel::asset(const std::string &code) const
{
    const auto found = m_assets.find(code);
    return found != m_assets.end() ? std::optional<exchange::Asset>(found->second) : std::nullopt;
}

QString WithdrawalsModel::amountText(const std::string &code, const exchange::Amount &amount) const
{
    const auto found = m_assets.find(code);
    const QString number = found != m_assets.end() ? displayformat::fullAmountText(amount, found->second)
                                                   : QString::fromStdString(amount.toBaseUnitString());
    return number + u' ' + QString::fromStdString(code);
}

int WithdrawalsModel::approvalsRequired(const WithdrawalRecord &w) const
{
    const auto found = m_thresholds.find(w.asset);
    return exchange::withdrawals::approvalsRequired(w.amount, found != m_thresholds.end() ? found->second : std::nullopt);
}

void WithdrawalsModel::finishAction(qint64 id, const QString &done, const QString &refused,
                                    const exchange::Result<WithdrawalRecord> &result)
{
    if (!result) {
        emit failed(refused.arg(id).arg(CoreText::error(result.error())));
        // A refusal is often another operator's decision taken first (the
        // message names them): show the row as it is now.
        refreshRows({id});
        return;
    }
    emit acted(id, done.arg(id));
    refreshRows({id}); // the notification follows; this one does not wait for it
}

void WithdrawalsModel::approve(qint64 id, const QString &purpose)
{
    auto *services = &m_services;
    m_session.runConfirmed<WithdrawalRecord>(
        purpose, [services, id](const exchange::security::Actor &actor) { return services->withdrawals().approve(actor, id); },
        this, [this, id](exchange::Result<WithdrawalRecord> result) {
            const bool final = result && result.value().state != WithdrawalState::UnderReview;
            finishAction(id,
                         final ? tr("Withdrawal %1 approved: it goes to the payout from the hot wallet.")
                               : tr("Withdrawal %1: your approval is recorded; it needs a second approver."),
                         tr("Withdrawal %1 was not approved: %2"), result);
        });
}

void WithdrawalsModel::reject(qint64 id, const QString &reason)
{
    auto *services = &m_services;
    const std::string why = reason.trimmed().toStdString();
    m_session.run<WithdrawalRecord>(
        [services, id, why](const exchange::security::Actor &actor) { return services->withdrawals().reject(actor, id, why); },
        this, [this, id](exchange::Result<WithdrawalRecord> result) {
            finishAction(id, tr("Withdrawal %1 rejected; the funds are the customer's again."),
                         tr("Withdrawal %1 was not rejected: %2"), result);
        });
}

void WithdrawalsModel::cancel(qint64 id)
{
    auto *services = &m_services;
    m_session.run<WithdrawalRecord>(
        [services, id](const exchange::security::Actor &actor) { return services->withdrawals().cancel(actor, id); }, this,
        [this, id](exchange::Result<WithdrawalRecord> result) {
            finishAction(id, tr("Withdrawal %1 cancelled; the funds are the customer's again."),
                         tr("Withdrawal %1 was not cancelled: %2"), result);
        });
}

void WithdrawalsModel::retry(qint64 id, const QString &purpose)
{
    auto *services = &m_services;
    m_session.runConfirmed<WithdrawalRecord>(
        purpose, [services, id](const exchange::security::Actor &actor) { return services->withdrawals().retry(actor, id); },
        this, [this, id](exchange::Result<WithdrawalRecord> result) {
            finishAction(id, tr("Withdrawal %1 goes to the payout again."), tr("Withdrawal %1 was not retried: %2"), result);
        });
}

void WithdrawalsModel::speedUp(qint64 id, const QString &purpose)
{
    auto *services = &m_services;
    m_session.runConfirmed<WithdrawalRecord>(
        purpose,
        [services, id](const exchange::security::Actor &actor) -> exchange::Result<WithdrawalRecord> {
            if (auto asked = exchange::withdrawals::PayoutReplacement::requestSpeedUp(services->database(), services->audit(), actor, id);
                !asked)
                return asked.error();
            return services->withdrawals().find(id);
        },
        this, [this, id](exchange::Result<WithdrawalRecord> result) {
            finishAction(id, tr("Withdrawal %1: the payout signer replaces its transaction with a higher fee on its next run."),
                         tr("Withdrawal %1 was not sped up: %2"), result);
        });
}

void WithdrawalsModel::sendToManual(qint64 id, const QString &note, const QString &purpose)
{
    auto *services = &m_services;
    const std::string text = note.trimmed().toStdString();
    m_session.runConfirmed<WithdrawalRecord>(
        purpose,
        [services, id, text](const exchange::security::Actor &actor) {
            return services->manualPayouts().sendToManual(actor, id, text);
        },
        this, [this, id](exchange::Result<WithdrawalRecord> result) {
            finishAction(id, tr("Withdrawal %1 waits for a manual payout from the warm wallet; upload its TxId when it is sent."),
                         tr("Withdrawal %1 was not sent to manual payout: %2"), result);
        });
}

void WithdrawalsModel::rejectHeld(qint64 id, const QString &reason, const QString &purpose)
{
    auto *services = &m_services;
    const std::string text = reason.trimmed().toStdString();
    m_session.runConfirmed<WithdrawalRecord>(
        purpose,
        [services, id, text](const exchange::security::Actor &actor) {
            return services->manualPayouts().releaseHeldAsRejected(actor, id, text);
        },
        this, [this, id](exchange::Result<WithdrawalRecord> result) {
            finishAction(id, tr("Withdrawal %1 is released from its hold as not paid: rejected, the funds are the customer's again."),
                         tr("Withdrawal %1 was not released from its hold: %2"), result);
        });
}

int WithdrawalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WithdrawalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WithdrawalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WithdrawalRow &row = m_rows.at(static_cast<size_t>(index.row()));
    const WithdrawalRecord &w = row.record;
    const auto assetFound = m_assets.find(w.asset);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Id: return QVariant::fromValue(static_cast<qint64>(w.id));
        case Requested: return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(w.requestedAtMs));
        case Waiting:
            if (exchange::withdrawals::isFinalWithdrawalState(w.state))
                return QString();
            return WithdrawalText::duration(std::max<std::int64_t>(0, m_services.clock().nowMs() - w.requestedAtMs));
        case Customer:
            //: a customer in a table: name and id
            return row.customerName.empty() ? tr("#%1").arg(w.customerId)
                                            : tr("%1 (#%2)").arg(QString::fromStdString(row.customerName)).arg(w.customerId);
        case AssetCode: return QString::fromStdString(w.asset);
        case Amount:
            return assetFound != m_assets.end() ? displayformat::amountText(w.amount, assetFound->second)
                                                : QString::fromStdString(w.amount.toBaseUnitString());
        case State: return WithdrawalText::stateTitle(w.state);
        case Approvals:
            if (w.state == WithdrawalState::UnderReview)
                return WithdrawalText::approvals(row.approvals, approvalsRequired(w));
            return row.approvals > 0 ? QString::number(row.approvals) : QString();
        case Reason: return w.reviewReason.empty() ? tr("within limits") : CoreText::stored(w.reviewReason);
        case Destination:
            if (w.internalTo)
                //: the badge of an internal transfer (to another customer's deposit address, settled in the ledger); %1 the receiving customer's id, %2 the address, shortened
                return tr("internal #%1: %2").arg(*w.internalTo).arg(shortened(QString::fromStdString(w.destination)));
            //: the badge of a withdrawal to an address not on the customer's list; %1 the address, shortened
            return w.newDestination ? tr("new: %1").arg(shortened(QString::fromStdString(w.destination)))
                                    : shortened(QString::fromStdString(w.destination));
        case Note:
            if (w.txid)
                return tr("tx %1").arg(shortened(QString::fromStdString(*w.txid), 8));
            return CoreText::stored(w.note);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Id: return QVariant::fromValue(static_cast<qint64>(w.id));
        case Requested:
        case Waiting: return QVariant::fromValue(static_cast<qint64>(w.requestedAtMs));
        case Customer: return QVariant::fromValue(static_cast<qint64>(w.customerId));
        case Amount:
            return QVariant::fromValue(
                exchange::AssetAmount{w.amount, assetFound != m_assets.end() ? assetFound->second.decimals : 0});
        case State: return QString::fromLatin1(exchange::withdrawals::withdrawalStateName(w.state));
        case Approvals: return row.approvals;
        case AssetCode:
        case Reason:
        case Destination:
        case Note:
        case ColumnCount: return data(index, Qt::DisplayRole);
        }
        return {};
    case WithdrawalIdRole: return QVariant::fromValue(static_cast<qint64>(w.id));
    case StateRole: return static_cast<int>(w.state);
    case displayformat::ExactTextRole:
        if (index.column() == Amount && assetFound != m_assets.end())
            return displayformat::exactAmountText(w.amount, assetFound->second);
        return {};
    case Qt::ToolTipRole:
        switch (static_cast<Column>(index.column())) {
        case Amount:
            return assetFound != m_assets.end() ? QVariant(displayformat::exactAmountTooltip(w.amount, assetFound->second)) : QVariant();
        case Destination:
            if (w.internalTo)
                //: %1 the full address, %2 the receiving customer's id
                return tr("%1\nInternal transfer to customer #%2: settled in the ledger, nothing sent on chain")
                    .arg(QString::fromStdString(w.destination))
                    .arg(*w.internalTo);
            if (w.newDestination)
                //: %1 the full address
                return tr("%1\nNew destination: not on the customer's address list when it was requested")
                    .arg(QString::fromStdString(w.destination));
            return QString::fromStdString(w.destination);
        case Reason: return w.reviewReason.empty() ? QVariant() : QVariant(CoreText::stored(w.reviewReason));
        case Note:
            if (w.txid)
                return QString::fromStdString(*w.txid) + (w.note.empty() ? QString() : u'\n' + CoreText::stored(w.note));
            return w.note.empty() ? QVariant() : QVariant(CoreText::stored(w.note));
        case Requested:
            return tr("Requested by %1").arg(QString::fromStdString(w.requestedBy));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return cellstyle::alignment(index.column() == Amount || index.column() == Id || index.column() == Waiting);
    case Qt::FontRole:
        if (index.column() == Amount || index.column() == Destination)
            return cellstyle::amountFont();
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Destination)
            return w.newDestination && !w.internalTo ? tone::brush(tone::Tone::Attention) : QVariant();
        if (index.column() != State && index.column() != Reason)
            return {};
        switch (w.state) {
        case WithdrawalState::UnderReview:
        case WithdrawalState::Error:
        case WithdrawalState::Failed:
            return tone::brush(tone::Tone::Attention); // needs an operator
        case WithdrawalState::Rejected:
        case WithdrawalState::Cancelled: return tone::brush(tone::Tone::Muted);
        default: return {};
        }
    default: return {};
    }
}

QVariant WithdrawalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Amount: return tr("Sorted within each asset: amounts of different assets are not compared");
        case Waiting: return tr("Since the request, for withdrawals not finished yet");
        case Reason: return tr("Why it waits for review: which limit, and by how much");
        case Destination:
            return tr("\"new:\" an address not on the customer's address list when it was requested; \"internal #7:\" the deposit "
                      "address of customer 7, settled in the ledger");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Id: return tr("Id");
    case Requested: return tr("Requested");
    case Waiting: return tr("Waiting");
    case Customer: return tr("Customer");
    case AssetCode: return tr("Asset");
    case Amount: return tr("Amount");
    case State: return tr("State");
    case Approvals: return tr("Approvals");
    case Reason: return tr("Why");
    case Destination: return tr("Destination");
    case Note: return tr("TxId / note");
    case ColumnCount: break;
    }
    return {};
}
