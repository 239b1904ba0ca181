#pragma once
// The selected withdrawal in full, under the table: amount and fee,
// destination (checksummed, with a copy button), who asked and when, why it waits, the
// approvals so far against the number needed (or that it needed none), who
// rejected or cancelled it and when, its TxId (copy button) or why it has
// none in its state, and note, and the
// customer's withdrawals of that asset over the 72 hours before it (what
// the limits counted).

#include "models/withdrawaldetails.h"

#include <QWidget>

#include <optional>

class CopyButton;
class QFormLayout;
class QLabel;
class QTableWidget;

class WithdrawalDetailsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit WithdrawalDetailsPane(QWidget *parent = nullptr);

    void setDetails(const std::optional<WithdrawalDetails> &details, bool loading);
    QString approvalsText() const;
    // Empty unless rejected or cancelled.
    QString decisionText() const;
    // Empty when the state has no TxId line (rejected, cancelled).
    QString txidText() const;
    QTableWidget *recentTable() const { return m_recent; }
    CopyButton *copyDestinationButton() const { return m_copyDestination; }
    CopyButton *copyTxidButton() const { return m_copyTxid; }

private:
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLabel *m_amount;
    QLabel *m_destination;
    QLabel *m_destinationKnown; // on the customer's list, or a new destination
    QLabel *m_customer;
    QLabel *m_requested;
    QLabel *m_reason;
    QLabel *m_approvals;
    QLabel *m_decision;
    QLabel *m_txid;
    QFormLayout *m_form;
    QLayout *m_txidRow;
    QLabel *m_note;
    QString m_destinationValue;
    QString m_txidValue;
    CopyButton *m_copyDestination;
    CopyButton *m_copyTxid;
    QLabel *m_recentTitle;
    QTableWidget *m_recent;
};
