#pragma once
// Asks the operator to confirm one decision on one withdrawal (approve,
// reject, cancel, retry) and says in full what it concerns and does: the
// amount and asset, the destination as the chain spells it (EIP-55 for
// Ethereum), the customer, the approvals so far and whether this approval
// is the final one or the first of two. A rejection needs a reason; a
// manual payout takes an optional note. Rejecting a withdrawal held for
// integrity shows why the signer held it and needs a reason too. Opened
// with open(), never exec(); the two-factor code is asked afterwards, when
// the action runs.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class WithdrawalDecisionDialog final : public QDialog
{
    Q_OBJECT
public:
    // RejectHeld: a withdrawal held for integrity found not paid (an admin's
    // decision after an investigation; asks for a code).
    enum class Decision { Approve, Reject, Cancel, Retry, Manual, RejectHeld };

    struct Facts {
        qint64 id = 0;
        QString amount;      // "1,250.00 XLM"
        QString fee;         // "0.01 XLM"
        QString destination; // whole, checksummed
        QString chain;
        QString customer;
        QString reason;      // why it is under review
        QString heldReason;  // why the signer held it (held for integrity)
        QString approvals;   // "alice (2026-11-21 06:10)", or empty
        int approvalsGiven = 0;
        int approvalsRequired = 1;
    };

    WithdrawalDecisionDialog(Decision decision, const Facts &facts, QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    qint64 withdrawalId() const { return m_facts.id; }
    // The rejection's reason, or the manual payout's note.
    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    // What will happen, as the dialog says it.
    QString summary() const;

private:
    Decision m_decision;
    Facts m_facts;
    QLabel *m_summary;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirm;
};
