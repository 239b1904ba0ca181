#pragma once
// TxidUploadDialog: the operator enters the TxId of a manual payout (a
// withdrawal in manual_payout, paid outside the system from warm). It shows
// what the transaction must do: the amount and asset, the destination as
// its chain spells it (EIP-55 for Ethereum), and the warm wallet it must
// come from. The TxId is checked as it is typed (format for the chain, not
// used by another withdrawal; the message sits under the field and the
// button stays disabled until it is valid), then the button runs the check
// on the chain on the core thread (ManualPayoutService::uploadTxid) while
// the dialog shows it is busy; a mismatch is shown in plain words and
// changes nothing, success closes the dialog with accepted() and paid(id).
// Enter pressed while the typed TxId is still being checked confirms as
// soon as the check passes (and not at all if it fails).
//
// For a withdrawal held for integrity the same dialog ends the hold as paid
// (ManualPayoutService::releaseHeldAsPaid): it shows why it was held, the
// transaction must come from the hot wallet, and confirming asks for a
// two-factor code (an admin's decision).
//
// Use (e.g. from the Withdrawals screen, for a withdrawal in manual_payout):
//   auto *dialog = new TxidUploadDialog(session, services, record, asset, this);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   connect(dialog, &TxidUploadDialog::paid, this, [](qint64 id) { … });
//   dialog->open();   // never exec()
// The GUI thread never waits: every core call goes through the session.

#include "core/money/asset.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <QDialog>

class OperatorSession;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace exchange {
class CoreServices;
}

class TxidUploadDialog final : public QDialog
{
    Q_OBJECT
public:
    TxidUploadDialog(OperatorSession &session, exchange::CoreServices &services,
                     const exchange::withdrawals::WithdrawalRecord &withdrawal, const exchange::Asset &asset,
                     QWidget *parent = nullptr);

    qint64 withdrawalId() const { return m_withdrawal.id; }
    QLineEdit *txidEdit() const { return m_txid; }
    QPushButton *confirmButton() const { return m_confirm; }
    // Under the field: why the TxId is not accepted, or the chain's verdict.
    QLabel *messageLabel() const { return m_message; }
    QLabel *warmLabel() const { return m_warm; }
    // Releasing a withdrawal held for integrity rather than a manual payout.
    bool releasesHold() const { return m_held; }
    QLabel *destinationLabel() const { return m_destination; }
    bool isBusy() const { return m_busy; }
    // Enter came while the TxId was being checked: confirm when it passes.
    bool confirmsWhenChecked() const { return m_confirmWhenValid; }
    // Not while the chain is being asked: the answer decides what the
    // operator sees next.
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    // The chain showed the payment; the withdrawal is succeeded.
    void paid(qint64 withdrawalId);
    // The upload was refused (another operator may have acted first);
    // the dialog stays open with the reason.
    void refused(qint64 withdrawalId);

private:
    void scheduleCheck();
    void checkTxid();
    void upload();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool problem);

    OperatorSession &m_session;
    exchange::CoreServices &m_services;
    exchange::withdrawals::WithdrawalRecord m_withdrawal;
    exchange::Asset m_asset;
    QLabel *m_destination;
    QLabel *m_warm;
    QLineEdit *m_txid;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    QTimer *m_debounce;
    quint64 m_checkSerial = 0; // answers to older checks are dropped
    bool m_valid = false;
    bool m_checking = false;         // a typed TxId waits for its check
    bool m_confirmWhenValid = false; // Enter pressed meanwhile
    bool m_busy = false;
    bool m_held = false;
};
