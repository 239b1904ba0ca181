#pragma once
// Withdrawals: the review queue first (oldest first, each row saying which
// limit it exceeded and by how much), then the payouts in progress, the
// errors, and the history; filters by state, asset, customer, amount and
// text, all answered by the store a page at a time. The selected
// withdrawal's details (approvals, the customer's recent withdrawals)
// stand under the table. Approve, reject, cancel and retry are enabled
// only where the transition table allows them and the operator's role
// does; each asks for confirmation, approve, retry and manual payout for a
// two-factor code as well. A manual payout's TxId is uploaded through
// TxidUploadDialog, which checks it on the chain. A withdrawal held for
// integrity is released by an admin: marked paid by a TxId (the same
// dialog) or rejected as not paid, each with a two-factor code.

#include "core/base/dutystatus.h"

#include <QMap>
#include <QWidget>

#include <cstdint>

class DashboardSource;
class DutyBoard;
class MessageBar;
class OperatorSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTableView;
class QTimer;
class WithdrawalDetailsPane;
class WithdrawalDetailsSource;
class WithdrawalsModel;

namespace exchange {
class CoreServices;
}

class WithdrawalsScreen final : public QWidget
{
    Q_OBJECT
public:
    // services: for the TxId upload dialog, which checks on the core thread.
    // duties: the payouts' lines shown under the table.
    WithdrawalsScreen(WithdrawalsModel *model, WithdrawalDetailsSource *details, OperatorSession *session,
                      exchange::CoreServices *services, DutyBoard *duties, QWidget *parent = nullptr);

    WithdrawalsModel *model() const { return m_model; }
    // The history, every filter cleared but "#id": the withdrawal with this
    // id selected once its row is read.
    void showWithdrawal(qint64 id);
    QTableView *table() const { return m_table; }
    QTabBar *views() const { return m_views; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *assetFilter() const { return m_asset; }
    QLineEdit *customerFilter() const { return m_customer; }
    QLineEdit *minAmountFilter() const { return m_min; }
    QLineEdit *maxAmountFilter() const { return m_max; }
    QLineEdit *textFilter() const { return m_filter; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *speedUpButton() const { return m_speedUp; }
    QPushButton *manualButton() const { return m_manual; }
    QPushButton *uploadTxidButton() const { return m_upload; }
    // Shown while a withdrawal held for integrity is selected; enabled for
    // an admin (each asks for a two-factor code).
    QPushButton *releasePaidButton() const { return m_releasePaid; }
    QPushButton *releaseRejectButton() const { return m_releaseReject; }
    QPushButton *nextPageButton() const { return m_next; }
    QPushButton *previousPageButton() const { return m_previous; }
    MessageBar *messageBar() const { return m_messages; }
    WithdrawalDetailsPane *detailsPane() const { return m_pane; }
    QLabel *countLabel() const { return m_counts; }
    QLabel *payoutStatusLabel() const { return m_payouts; }

    // The payouts line also says which payouts cannot start and why (no
    // vault, no hot key, no node), read from the Dashboard's report.
    void followPayoutBlocks(DashboardSource *source);

    // The actions on the selected withdrawal (each opens its confirmation).
    void approveSelected();
    void rejectSelected();
    void cancelSelected();
    void retrySelected();
    void speedUpSelected();
    void sendSelectedToManual();
    // Opens the TxId upload dialog for the selected manual payout.
    void uploadTxidForSelected();
    // Ending the selected withdrawal's integrity hold: paid after all (the
    // TxId dialog, checked on the chain), or not paid (rejected).
    void releaseSelectedAsPaid();
    void rejectSelectedHeld();

private:
    qint64 selectedId() const;
    void selectionChanged();
    void modelLoaded();
    void viewChanged(int index);
    void fillStates();
    void fillAssets();
    void assetChanged();
    void applyAmounts();
    void applyCustomer();
    void updateActions();
    void updatePaging();
    void decide(int decision);
    void showPayouts();
    // Columns sized to their contents within the table's width: when they
    // do not fit, the long texts (Why, Destination, Note) give way, elided,
    // the whole in their tooltip and in the details pane.
    void fitColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:

    WithdrawalsModel *m_model;
    WithdrawalDetailsSource *m_details;
    OperatorSession *m_session;
    exchange::CoreServices *m_services;
    QTabBar *m_views;
    QComboBox *m_state;
    QComboBox *m_asset;
    QLineEdit *m_customer;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_filter;
    QTimer *m_typing;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_speedUp;
    QPushButton *m_manual;
    QPushButton *m_upload;
    QPushButton *m_releasePaid;
    QPushButton *m_releaseReject;
    MessageBar *m_messages;
    QTableView *m_table;
    WithdrawalDetailsPane *m_pane;
    QLabel *m_counts;
    QLabel *m_payouts;
    DutyBoard *m_duties;
    DashboardSource *m_attention = nullptr;
    QPushButton *m_previous;
    QPushButton *m_next;
    qint64 m_selected = 0;
    bool m_sized = false; // columns fitted to the first rows read
};
