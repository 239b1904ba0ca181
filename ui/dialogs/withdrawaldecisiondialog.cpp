#include "withdrawaldecisiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *selectable(const QString &text, QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (monospace) {
        QFont font = label->font();
        font.setFamilies({QStringLiteral("monospace")});
        font.setStyleHint(QFont::Monospace);
        label->setFont(font);
    }
    return label;
}

} // namespace

WithdrawalDecisionDialog::WithdrawalDecisionDialog(Decision decision, const Facts &facts, QWidget *parent)
    : QDialog(parent), m_decision(decision), m_facts(facts), m_summary(new QLabel(this))
{
    switch (decision) {
    case Decision::Approve: setWindowTitle(tr("Approve withdrawal %1").arg(facts.id)); break;
    case Decision::Reject: setWindowTitle(tr("Reject withdrawal %1").arg(facts.id)); break;
    case Decision::Cancel: setWindowTitle(tr("Cancel withdrawal %1").arg(facts.id)); break;
    case Decision::Retry: setWindowTitle(tr("Retry withdrawal %1").arg(facts.id)); break;
    case Decision::Manual: setWindowTitle(tr("Send withdrawal %1 to manual payout").arg(facts.id)); break;
    case Decision::RejectHeld: setWindowTitle(tr("Reject held withdrawal %1 as not paid").arg(facts.id)); break;
    }
    setMinimumWidth(560);

    auto *form = new QFormLayout;
    auto *amount = selectable(facts.amount, this, true);
    QFont bold = amount->font();
    bold.setBold(true);
    amount->setFont(bold);
    form->addRow(tr("Amount:"), amount);
    form->addRow(tr("Fee:"), selectable(facts.fee, this, true));
    form->addRow(tr("To (%1):").arg(facts.chain), selectable(facts.destination, this, true));
    form->addRow(tr("Customer:"), selectable(facts.customer, this));
    if (!facts.heldReason.isEmpty())
        form->addRow(tr("Held because:"), selectable(facts.heldReason, this));
    if (!facts.reason.isEmpty())
        form->addRow(tr("Under review because:"), selectable(facts.reason, this));
    form->addRow(tr("Approvals so far:"),
                 selectable(facts.approvals.isEmpty() ? tr("none") : facts.approvals, this));

    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back"));
    QString action;
    switch (decision) {
    case Decision::Approve:
        action = tr("&Approve");
        if (facts.approvalsGiven + 1 >= facts.approvalsRequired)
            m_summary->setText(facts.approvalsRequired > 1
                                   ? tr("Yours is the second of the two approvals this amount needs: %1 will be paid to "
                                        "the address above from the hot wallet. You will be asked for a two-factor code.")
                                         .arg(facts.amount)
                                   : tr("Yours is the only approval this amount needs: %1 will be paid to the address "
                                        "above from the hot wallet. You will be asked for a two-factor code.")
                                         .arg(facts.amount));
        else
            m_summary->setText(tr("Yours is the first of the two approvals this amount needs (four eyes): nothing is "
                                  "paid until a second approver approves too. You will be asked for a two-factor code."));
        break;
    case Decision::Reject:
        action = tr("&Reject");
        m_summary->setText(tr("%1 and its fee go back to the customer's available balance. Nothing is paid. The reason "
                              "is kept in the audit log.")
                               .arg(facts.amount));
        break;
    case Decision::Cancel:
        action = tr("Cancel &withdrawal");
        m_summary->setText(tr("%1 and its fee go back to the customer's available balance. Nothing is paid.")
                               .arg(facts.amount));
        break;
    case Decision::Retry:
        action = tr("&Retry");
        m_summary->setText(tr("The payout of %1 is tried again from the hot wallet: a transaction that may have reached "
                              "a node is sent again unchanged, never signed anew. You will be asked for a two-factor code.")
                               .arg(facts.amount));
        break;
    case Decision::Manual:
        action = tr("&Send to manual payout");
        m_summary->setText(tr("The console will not pay %1. Someone signs and sends it outside the system from the "
                              "warm wallet, then uploads its TxId here; the withdrawal is paid once the chain shows "
                              "that transaction. You will be asked for a two-factor code.")
                               .arg(facts.amount));
        break;
    case Decision::RejectHeld:
        action = tr("&Reject as not paid");
        m_summary->setText(tr("Only if your investigation shows that %1 never left: the hold is voided, the amount and its "
                              "fee go back to the customer's available balance and the withdrawal is rejected. It is not "
                              "paid again by itself; the customer may request it again. The reason is kept in the audit "
                              "log. You will be asked for a two-factor code.")
                               .arg(facts.amount));
        break;
    }
    m_confirm = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true); // Enter confirms, from the note field too
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (decision == Decision::Reject || decision == Decision::RejectHeld) {
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(decision == Decision::RejectHeld
                                         ? tr("What the investigation found (required; kept with the withdrawal)")
                                         : tr("Why (required; the customer's support will read it)"));
        m_reason->setMaxLength(500);
        auto *label = new QLabel(tr("Re&ason:"), this);
        label->setBuddy(m_reason);
        layout->addWidget(label);
        layout->addWidget(m_reason);
        m_confirm->setEnabled(false);
        connect(m_reason, &QLineEdit::textChanged, this,
                [this](const QString &text) { m_confirm->setEnabled(!text.trimmed().isEmpty()); });
        m_reason->setFocus();
    } else if (decision == Decision::Manual) {
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(tr("Note for whoever signs it (optional)"));
        m_reason->setMaxLength(500);
        auto *label = new QLabel(tr("&Note:"), this);
        label->setBuddy(m_reason);
        layout->addWidget(label);
        layout->addWidget(m_reason);
        m_reason->setFocus(); // what is typed is the note, not a button press
    }
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

QString WithdrawalDecisionDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QString WithdrawalDecisionDialog::summary() const
{
    return m_summary->text();
}
