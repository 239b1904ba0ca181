#include "withdrawaldetailspane.h"

#include "models/coretext.h"
#include "core/withdrawals/approvalsrequired.h"

#include "models/displayformat.h"
#include "models/referencetext.h"
#include "models/withdrawaltext.h"
#include "ui/widgets/copybutton.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using exchange::withdrawals::WithdrawalApproval;
using exchange::withdrawals::WithdrawalRow;
using exchange::withdrawals::WithdrawalState;

namespace {

QString when(std::int64_t ms)
{
    return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(ms));
}

QLabel *value(QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    if (monospace) {
        QFont font = label->font();
        font.setFamilies({QStringLiteral("monospace")});
        font.setStyleHint(QFont::Monospace);
        label->setFont(font);
    }
    return label;
}

// Why a withdrawal in this state has no TxId.
QString noTxid(WithdrawalState state)
{
    switch (state) {
    case WithdrawalState::UnderReview: return WithdrawalDetailsPane::tr("none: not paid, waiting for review");
    case WithdrawalState::Approved: return WithdrawalDetailsPane::tr("none yet: approved, waiting for the payout");
    case WithdrawalState::Processing: return WithdrawalDetailsPane::tr("none yet: being paid from the hot wallet");
    case WithdrawalState::Error: return WithdrawalDetailsPane::tr("none yet: the payout stopped; retry pays it");
    case WithdrawalState::ManualPayout:
        return WithdrawalDetailsPane::tr("none yet: waiting for the TxId of the payout made outside the console");
    case WithdrawalState::Failed: return WithdrawalDetailsPane::tr("none: not paid");
    case WithdrawalState::HeldForIntegrity:
        return WithdrawalDetailsPane::tr("none in the database; the signer's journal may know one (see the note)");
    case WithdrawalState::Broadcast:
    case WithdrawalState::Succeeded:
    case WithdrawalState::Rejected:
    case WithdrawalState::Cancelled: break;
    }
    return WithdrawalDetailsPane::tr("none recorded");
}

// A value with its copy button right after it.
QLayout *withButton(QLabel *label, QWidget *button)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(button, 0, Qt::AlignTop);
    row->addStretch(1);
    return row;
}

} // namespace

WithdrawalDetailsPane::WithdrawalDetailsPane(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_placeholder(new QLabel(tr("Select a withdrawal to see its details."), this)),
      m_body(new QWidget(this)),
      m_amount(value(m_body, true)),
      m_destination(value(m_body, true)),
      m_destinationKnown(value(m_body)),
      m_customer(value(m_body)),
      m_requested(value(m_body)),
      m_reason(value(m_body)),
      m_approvals(value(m_body)),
      m_decision(value(m_body)),
      m_txid(value(m_body, true)),
      m_form(new QFormLayout),
      m_note(value(m_body)),
      m_copyDestination(new CopyButton(tr("the destination address"), [this] { return m_destinationValue; }, m_body)),
      m_copyTxid(new CopyButton(tr("the TxId"), [this] { return m_txidValue; }, m_body)),
      m_recentTitle(new QLabel(m_body)),
      m_recent(new QTableWidget(0, 4, m_body))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_txid->setWordWrap(false);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("To:"), withButton(m_destination, m_copyDestination));
    //: whether the destination is on the customer's own address list
    form->addRow(tr("Known:"), m_destinationKnown);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Requested:"), m_requested);
    form->addRow(tr("Why:"), m_reason);
    form->addRow(tr("Approvals:"), m_approvals);
    form->addRow(tr("Decided:"), m_decision);
    m_txidRow = withButton(m_txid, m_copyTxid);
    form->addRow(tr("TxId:"), m_txidRow);
    form->addRow(tr("Note:"), m_note);

    m_recent->setHorizontalHeaderLabels({tr("Id"), tr("Requested"), tr("Amount"), tr("State")});
    m_recent->verticalHeader()->hide();
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->horizontalHeader()->setStretchLastSection(true);
    m_recent->setAccessibleName(tr("The customer's recent withdrawals of this asset"));

    m_recentTitle->setWordWrap(true);
    // The facts on the left, the customer's recent withdrawals on the right:
    // the pane sits under the table, as wide as it.
    auto *history = new QVBoxLayout;
    history->addWidget(m_recentTitle);
    history->addWidget(m_recent, 1);
    auto *body = new QHBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(form, 3);
    body->addSpacing(16);
    body->addLayout(history, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body, 1);
    layout->addStretch(0);
    setDetails(std::nullopt, false);
}

QString WithdrawalDetailsPane::approvalsText() const
{
    return m_approvals->text();
}

QString WithdrawalDetailsPane::decisionText() const
{
    return m_form->isRowVisible(m_decision) ? m_decision->text() : QString();
}

QString WithdrawalDetailsPane::txidText() const
{
    return m_form->isRowVisible(m_txidRow) ? m_txid->text() : QString();
}

void WithdrawalDetailsPane::setDetails(const std::optional<WithdrawalDetails> &details, bool loading)
{
    m_body->setVisible(details.has_value());
    m_placeholder->setVisible(!details);
    if (!details) {
        m_title->setText(tr("Details"));
        m_placeholder->setText(loading ? tr("Reading…") : tr("Select a withdrawal to see its details."));
        return;
    }
    const WithdrawalDetails &d = *details;
    const auto &w = d.record;
    const QString code = QString::fromStdString(w.asset);
    //: %1 "Withdrawal #7", %2 its state
    m_title->setText(tr("%1 — %2").arg(ReferenceText::object("withdrawal", std::to_string(w.id)), WithdrawalText::stateTitle(w.state)));
    m_amount->setText(tr("%1 %2 (fee %3 %2)")
                          .arg(displayformat::fullAmountText(w.amount, d.asset), code,
                               displayformat::fullAmountText(w.fee, d.asset)));
    m_destinationValue = QString::fromStdString(d.destination);
    m_destination->setText(m_destinationValue);
    m_copyDestination->refresh();
    if (w.internalTo)
        //: %1 the id of the customer whose deposit address the destination is
        m_destinationKnown->setText(tr("Internal: customer #%1's deposit address; settled in the ledger, not on chain")
                                        .arg(*w.internalTo));
    else
        m_destinationKnown->setText(w.newDestination ? tr("New destination: not on the customer's address list when requested")
                                                     : tr("On the customer's address list"));
    m_customer->setText(d.customerName.empty() ? tr("#%1").arg(w.customerId)
                                               : tr("%1 (#%2)").arg(QString::fromStdString(d.customerName)).arg(w.customerId));
    m_requested->setText(tr("%1 by %2").arg(when(w.requestedAtMs), QString::fromStdString(w.requestedBy)));
    m_reason->setText(w.reviewReason.empty() ? tr("within both limits") : CoreText::stored(w.reviewReason));

    // Approvals only where a review was needed: one within both limits
    // was paid without any, and "0 of 1" would say one is missing.
    if (w.reviewReason.empty()) {
        m_approvals->setText(tr("Within limits: no approval needed"));
    } else {
        QStringList names;
        for (const WithdrawalApproval &a : d.approvals) {
            // The newest signature by that approver is the one that counts.
            std::optional<exchange::withdrawals::PayoutAuthorization::Standing> standing;
            for (const auto &s : d.signedApprovals) {
                if (s.approver == a.approver)
                    standing = s.standing;
            }
            names << tr("%1 at %2").arg(QString::fromStdString(a.approver), when(a.atMs)) + QStringLiteral(" — ")
                         + WithdrawalText::signatureMark(standing);
        }
        QString approvals = WithdrawalText::approvals(static_cast<int>(d.approvals.size()), d.approvalsRequired);
        if (d.twoApproversAbove)
            approvals += u' '
                + tr("(two approvers above %1 %2)").arg(displayformat::fullAmountText(*d.twoApproversAbove, d.asset), code);
        else
            approvals += u' ' + tr("(one approver for every amount of %1)").arg(code);
        if (!names.isEmpty())
            approvals += u'\n' + names.join(u'\n');
        // Four eyes wherever money leaves (ManualPayoutService): said where
        // the operator looks before choosing a manual payout.
        if (!exchange::withdrawals::isFinalWithdrawalState(w.state)
            && exchange::withdrawals::countedApprovals(w, d.approvals) < d.approvalsRequired)
            approvals += u'\n' + tr("Manual payout and a TxId upload need these approvals too.");
        m_approvals->setText(approvals);
    }

    // Rejected and cancelled: who decided and when, and no TxId line (it was
    // never paid) unless a transaction failed on chain before the rejection.
    // Every other state: its TxId, or why it has none yet.
    const bool decided = w.state == WithdrawalState::Rejected || w.state == WithdrawalState::Cancelled;
    if (decided) {
        const QString verdict = w.state == WithdrawalState::Rejected ? tr("Rejected") : tr("Cancelled");
        m_decision->setText(d.decision ? tr("%1 by %2 at %3; not paid")
                                             .arg(verdict, QString::fromStdString(d.decision->actor), when(d.decision->atMs))
                                       //: %1 Rejected or Cancelled, %2 when the record last changed
                                       : tr("%1 at %2 (the audit log does not say by whom); not paid")
                                             .arg(verdict, when(w.updatedAtMs)));
    }
    m_form->setRowVisible(m_decision, decided);
    m_form->setRowVisible(m_txidRow, !decided || w.txid);
    m_txidValue = w.txid ? QString::fromStdString(*w.txid) : QString();
    // A TxId kept past failed (rejected, sent to manual payout) is of the
    // transaction that failed on chain.
    const bool failedTx = w.state == WithdrawalState::Failed || w.state == WithdrawalState::Rejected
        || w.state == WithdrawalState::Cancelled || w.state == WithdrawalState::ManualPayout;
    m_txid->setText(!w.txid    ? noTxid(w.state)
                    : failedTx ? //: a TxId whose transaction did not pay
                                 tr("%1 (failed on chain; not paid)").arg(m_txidValue)
                               : m_txidValue);
    // A TxId in monospace whole on one line; why there is none, in words.
    m_txid->setFont(w.txid ? m_destination->font() : m_note->font());
    m_copyTxid->refresh();
    m_note->setText(w.note.empty() ? tr("none") : CoreText::stored(w.note));

    //: %1 is the asset code
    m_recentTitle->setText(tr("The customer's %1 withdrawals, 72 h before this one and after:").arg(code));
    m_recent->setRowCount(static_cast<int>(d.recent.size()));
    int row = 0;
    for (const WithdrawalRow &r : d.recent) {
        auto set = [&](int column, const QString &text, bool right) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(right ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
            if (r.record.id == w.id) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_recent->setItem(row, column, item);
        };
        set(0, QString::number(r.record.id), true);
        set(1, when(r.record.requestedAtMs), false);
        set(2, displayformat::amountText(r.record.amount, d.asset), true);
        m_recent->item(row, 2)->setToolTip(displayformat::exactAmountTooltip(r.record.amount, d.asset));
        m_recent->item(row, 2)->setData(displayformat::ExactTextRole, displayformat::exactAmountText(r.record.amount, d.asset));
        set(3, WithdrawalText::stateTitle(r.record.state), false);
        ++row;
    }
}
