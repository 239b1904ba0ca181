#include "txiduploaddialog.h"

#include "models/coretext.h"
#include "models/displayformat.h"
#include "models/tone.h"

#include "core/chains/chainchecks.h"
#include "core/runtime/coreservices.h"
#include "models/operatorsession.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using exchange::Result;
using exchange::withdrawals::WithdrawalRecord;

namespace {

constexpr int kCheckDelayMs = 250;

QString chainTitle(exchange::Chain chain)
{
    switch (chain) {
    case exchange::Chain::Stellar: return QObject::tr("Stellar");
    case exchange::Chain::Ethereum: return QObject::tr("Ethereum");
    case exchange::Chain::Algorand: return QObject::tr("Algorand");
    }
    return QString();
}

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

} // namespace

TxidUploadDialog::TxidUploadDialog(OperatorSession &session, exchange::CoreServices &services, const WithdrawalRecord &withdrawal,
                                   const exchange::Asset &asset, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_services(services),
      m_withdrawal(withdrawal),
      m_asset(asset),
      m_txid(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_debounce(new QTimer(this))
{
    m_held = withdrawal.state == exchange::withdrawals::WithdrawalState::HeldForIntegrity;
    setWindowTitle(m_held ? tr("Mark held withdrawal %1 paid by its TxId").arg(withdrawal.id)
                          : tr("Upload the TxId of withdrawal %1").arg(withdrawal.id));
    setMinimumWidth(620);

    // As the chain spells it: EIP-55 for Ethereum (stored so; checked again).
    const auto spelled = exchange::chains::validateAddress(withdrawal.chain, withdrawal.destination);
    m_destination = selectable(QString::fromStdString(spelled ? spelled.value() : withdrawal.destination), this);
    m_warm = selectable(m_held ? tr("Looking up the hot wallet…") : tr("Looking up the warm wallet…"), this);
    m_warm->setWordWrap(true);

    auto *intro = new QLabel(
        m_held ? tr("The payout signer held this withdrawal: %1\n\nIf your investigation shows it was paid, enter the "
                    "TxId that paid it (the one the signer's journal names, or another): the console checks on the chain "
                    "that it succeeded and pays the destination at least the amount from the hot wallet, then settles it "
                    "as paid. Confirming asks for your two-factor code.")
                     .arg(CoreText::stored(withdrawal.note))
               : tr("This withdrawal was paid outside the system from the warm wallet. Enter the transaction's "
                    "TxId: the console checks on the chain that it succeeded and pays the destination at "
                    "least the amount from the warm wallet before the withdrawal is marked paid."),
        this);
    intro->setWordWrap(true);

    auto *amount = new QLabel(tr("%1 %2").arg(displayformat::fullAmountText(withdrawal.amount, asset),
                                              QString::fromStdString(withdrawal.asset)),
                              this);
    QFont bold = amount->font();
    bold.setBold(true);
    amount->setFont(bold);

    m_txid->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_txid->setPlaceholderText(withdrawal.chain == exchange::Chain::Ethereum ? tr("0x followed by 64 hex digits")
                               : withdrawal.chain == exchange::Chain::Stellar ? tr("64 hex digits")
                                                                               : tr("52 characters (A–Z, 2–7)"));
    m_txid->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Paste the TxId of the payout."));
    m_progress->setRange(0, 0); // busy: no percentage to show
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kCheckDelayMs);

    auto *form = new QFormLayout;
    form->addRow(tr("Withdrawal:"), new QLabel(tr("%1, customer %2, on %3")
                                                   .arg(withdrawal.id)
                                                   .arg(withdrawal.customerId)
                                                   .arg(chainTitle(withdrawal.chain)),
                                               this));
    form->addRow(tr("Amount:"), amount);
    form->addRow(tr("Destination:"), m_destination);
    form->addRow(m_held ? tr("From the hot wallet:") : tr("From the warm wallet:"), m_warm);
    form->addRow(tr("&TxId:"), m_txid);
    form->addRow(QString(), m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Check on the chain and mark paid"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm->setEnabled(false);
    m_confirm->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, &TxidUploadDialog::upload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_txid, &QLineEdit::textChanged, this, &TxidUploadDialog::scheduleCheck);
    connect(m_debounce, &QTimer::timeout, this, &TxidUploadDialog::checkTxid);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // a long message makes the dialog taller, never cut
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    auto *payouts = &m_services.manualPayouts();
    const WithdrawalRecord w = m_withdrawal;
    const bool held = m_held;
    m_session.run<std::vector<std::string>>(
        [payouts, w, held](const exchange::security::Actor &) { return held ? payouts->hotWallets(w) : payouts->warmWallets(w); },
        this,
        [this](Result<std::vector<std::string>> warm) {
            if (!warm) {
                m_warm->setText(tr("None: %1").arg(CoreText::error(warm.error())));
                return;
            }
            QStringList addresses;
            for (const std::string &a : warm.value())
                addresses << QString::fromStdString(a);
            m_warm->setText(addresses.join(u'\n'));
        });
}

void TxidUploadDialog::scheduleCheck()
{
    m_valid = false;
    m_confirmWhenValid = false; // Enter meant the TxId as it was
    m_confirm->setEnabled(false);
    ++m_checkSerial;
    m_checking = !m_txid->text().trimmed().isEmpty();
    if (!m_checking) {
        m_debounce->stop();
        showMessage(tr("Paste the TxId of the payout."), false);
        return;
    }
    showMessage(tr("Checking the TxId…"), false);
    m_debounce->start();
}

void TxidUploadDialog::checkTxid()
{
    const quint64 serial = ++m_checkSerial;
    const std::string text = m_txid->text().trimmed().toStdString();
    const qint64 id = m_withdrawal.id;
    auto *payouts = &m_services.manualPayouts();
    m_session.run<std::string>(
        [payouts, id, text](const exchange::security::Actor &) { return payouts->checkTxid(id, text); }, this,
        [this, serial](Result<std::string> checked) {
            if (serial != m_checkSerial || m_busy)
                return; // typed on meanwhile
            m_checking = false;
            const bool confirm = std::exchange(m_confirmWhenValid, false);
            if (!checked) {
                showMessage(CoreText::error(checked.error()), true);
                return;
            }
            m_valid = true;
            m_confirm->setEnabled(true);
            showMessage(tr("A valid TxId, used by no other withdrawal. The chain is asked when you confirm."), false);
            if (confirm)
                upload();
        });
}

void TxidUploadDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && m_checking && !m_busy) {
        // Typed and Enter at once: the check has not answered yet.
        m_confirmWhenValid = true;
        showMessage(tr("Checking the TxId… it is checked on the chain and marked paid as soon as it is found valid."),
                    false);
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void TxidUploadDialog::upload()
{
    if (!m_valid || m_busy)
        return;
    setBusy(true);
    showMessage(tr("Asking the chain about this transaction…"), false);
    const std::string text = m_txid->text().trimmed().toStdString();
    const qint64 id = m_withdrawal.id;
    auto *payouts = &m_services.manualPayouts();
    auto finished = [this, id](Result<WithdrawalRecord> done) {
        setBusy(false);
        if (!done) {
            //: The reason comes from the core, in the operator's language, naming what differs.
            QString why = tr("Not marked paid: %1").arg(CoreText::error(done.error()));
            if (done.error().code == exchange::ErrorCode::Unavailable)
                why += u' ' + tr("The console reaches the chain through the node set in Settings → Chains.");
            showMessage(why, true);
            m_confirm->setEnabled(m_valid);
            emit refused(id);
            return;
        }
        showMessage(tr("Paid: the chain shows the payment."), false);
        emit paid(done.value().id);
        accept();
    };
    if (m_held) {
        const QString purpose = tr("Release held withdrawal %1 as paid by TxId %2").arg(id).arg(QString::fromStdString(text));
        m_session.runConfirmed<WithdrawalRecord>(
            purpose,
            [payouts, id, text](const exchange::security::Actor &actor) { return payouts->releaseHeldAsPaid(actor, id, text); },
            this, finished);
        return;
    }
    m_session.run<WithdrawalRecord>(
        [payouts, id, text](const exchange::security::Actor &actor) { return payouts->uploadTxid(actor, id, text); }, this,
        finished);
}

void TxidUploadDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void TxidUploadDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_txid->setReadOnly(busy);
    m_confirm->setEnabled(!busy && m_valid);
    m_cancel->setEnabled(!busy);
}

void TxidUploadDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    // The whole message, however long: the label as tall as its wrapped
    // text, and the dialog as tall as its layout needs.
    if (!isVisible())
        return; // laid out when shown
    m_message->setMinimumHeight(m_message->heightForWidth(m_message->width()));
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? tone::color(tone::Tone::Attention) : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}
