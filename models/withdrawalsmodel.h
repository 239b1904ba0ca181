#pragma once
// WithdrawalsModel: one page of withdrawals for the Withdrawals screen.
// Which ones (a view: the review queue, processing, errors or history,
// narrowed by state, asset, customer, amount and text), their order and
// the page are all decided in SQL on the core thread (WithdrawalBrowser),
// so a million withdrawals cost what a hundred do and the GUI thread never
// waits. A change to withdrawals re-reads just the rows on the page that
// changed, or the page when a change may add a row to it (coalesced).
// Approve (with a two-factor code), reject, cancel and retry run on the
// core thread as the signed-in operator.

#include "core/money/asset.h"
#include "core/withdrawals/withdrawalquery.h"

#include "livetablemodel.h"
#include <QTimer>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class OperatorSession;

class WithdrawalsModel final : public LiveTableModel
{
    Q_OBJECT
public:
    // Destination says "new: …" for an address not on the customer's list
    // when the withdrawal was requested.
    enum Column { Id, Requested, Waiting, Customer, AssetCode, Amount, State, Reason, Approvals, Destination, Note, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole, WithdrawalIdRole, StateRole };
    enum class View { ReviewQueue, Processing, Errors, History };
    Q_ENUM(View)

    // At most this many are counted; beyond, the screen says "more than".
    static constexpr std::int64_t kCountCap = 10'000;

    WithdrawalsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                     QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WithdrawalsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Orders the whole selection in SQL (not just this page) and goes back
    // to the first page. Waiting sorts as Requested; Reason, Destination,
    // Note and Approvals cannot be sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The states a view shows; the review queue is oldest first, the others
    // newest first.
    static std::vector<exchange::withdrawals::WithdrawalState> viewStates(View view);
    void setView(View view);
    View view() const { return m_view; }
    // Each narrows the view; nullopt / empty: no narrowing. Setting several
    // in a row reads the store once.
    void setStateFilter(std::optional<exchange::withdrawals::WithdrawalState> state);
    void setAssetFilter(std::optional<std::string> asset);
    void setCustomerFilter(std::optional<std::int64_t> customerId);
    // Exact, in the asset filter's base units; refused (failed) without one.
    void setAmountFilter(std::optional<exchange::Amount> min, std::optional<exchange::Amount> max);
    void setTextFilter(const QString &text);
    const exchange::withdrawals::WithdrawalQuery &query() const { return m_query; }

    int pageSize() const { return m_query.limit; }
    void setPageSize(int rows);
    int page() const { return m_query.offset / m_query.limit; }
    void setPage(int page);
    bool hasPreviousPage() const { return page() > 0; }
    bool hasNextPage() const;
    // How many match, exact up to kCountCap (or further on deep pages);
    // above it, "more than" matchCount() - 1.
    std::int64_t matchCount() const { return m_matches; }
    bool matchCountIsExact() const { return m_matches <= m_countCap; }

    // Reads the page again (and the assets, thresholds, count).
    void reload();
    // Reads one withdrawal's row again now: after a refusal elsewhere (a
    // TxId upload), which often means another operator acted first.
    void refreshRow(qint64 id) { refreshRows({id}); }
    bool isLoaded() const { return m_loaded; }
    // A question is on its way, or about to be asked.
    bool isLoading() const { return m_inFlight > 0 || m_reloadSoon.isActive(); }

    const exchange::withdrawals::WithdrawalRow *withdrawal(int row) const;
    int rowOf(qint64 id) const;
    std::optional<exchange::Asset> asset(const std::string &code) const;
    const std::map<std::string, exchange::Asset> &assets() const { return m_assets; }
    // "1,250.00 XLM", exact.
    QString amountText(const std::string &asset, const exchange::Amount &amount) const;
    int approvalsRequired(const exchange::withdrawals::WithdrawalRecord &w) const;

    // The actions; each ends with acted() or failed().
    void approve(qint64 id, const QString &purpose);
    void reject(qint64 id, const QString &reason);
    void cancel(qint64 id);
    void retry(qint64 id, const QString &purpose);
    // An approver asks the payout signer to replace the withdrawal's
    // Ethereum payout on chain by one with a higher fee (PayoutReplacement,
    // audited); the signer does it on its next run.
    void speedUp(qint64 id, const QString &purpose);
    // To be paid outside the system from warm (ManualPayoutService); the
    // note is optional.
    void sendToManual(qint64 id, const QString &note, const QString &purpose);
    // A withdrawal held for integrity found not paid: rejected, the funds
    // back (ManualPayoutService::releaseHeldAsRejected; admin, with a code).
    void rejectHeld(qint64 id, const QString &reason, const QString &purpose);

signals:
    void loaded();
    void failed(const QString &message);
    void acted(qint64 id, const QString &message);

private:
    struct Snapshot;
    void scheduleReload();
    void changed(const std::set<QString> &keys);
    void refreshRows(std::vector<std::int64_t> ids);
    void finishAction(qint64 id, const QString &done, const QString &refused,
                      const exchange::Result<exchange::withdrawals::WithdrawalRecord> &result);

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    OperatorSession &m_session;
    View m_view = View::ReviewQueue;
    exchange::withdrawals::WithdrawalQuery m_query;
    std::optional<exchange::withdrawals::WithdrawalState> m_stateFilter;
    int m_sortColumn = Requested;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<exchange::withdrawals::WithdrawalRow> m_rows;
    std::map<std::string, exchange::Asset> m_assets;
    std::map<std::string, std::optional<exchange::Amount>> m_thresholds;
    std::int64_t m_matches = 0;
    std::int64_t m_countCap = kCountCap;
    std::uint64_t m_generation = 0; // of the page on screen; older answers are dropped
    int m_inFlight = 0;
    bool m_loaded = false;
    QTimer m_reloadSoon;
    QTimer m_clockTick; // "Waiting" grows by itself
};
