#include "assigndepositdialog.h"

#include "ui/widgets/customerpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AssignDepositDialog::AssignDepositDialog(qint64 depositId, const QString &amount, const QString &txid,
                                         const QString &memo, CustomerListModel *customers, QWidget *parent)
    : QDialog(parent),
      m_depositId(depositId),
      m_amount(amount),
      m_customer(new CustomerPicker(customers, this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Assign deposit %1").arg(depositId));
    setMinimumWidth(520);
    // Nobody is chosen for the operator (CustomerPicker): a stray Enter
    // would credit whoever came first.
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *amountLabel = new QLabel(amount, this);
    QFont bold = amountLabel->font();
    bold.setBold(true);
    amountLabel->setFont(bold);
    form->addRow(tr("Amount:"), amountLabel);
    auto *txLabel = new QLabel(txid, this);
    txLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Transaction:"), txLabel);
    form->addRow(tr("Memo:"), new QLabel(memo.isEmpty() ? tr("(none)") : memo, this));
    form->addRow(tr("&Customer:"), m_customer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Credit the customer"), QDialogButtonBox::AcceptRole);
    // Enter means this button, and only once a customer is chosen (disabled
    // until then); never Cancel standing in for it.
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customer, &CustomerPicker::customerChanged, this, &AssignDepositDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
}

qint64 AssignDepositDialog::customerId() const
{
    return m_customer->customerId();
}

QComboBox *AssignDepositDialog::customerPicker() const
{
    return m_customer->list();
}

QString AssignDepositDialog::summary() const
{
    return m_summary->text();
}

void AssignDepositDialog::updateSummary()
{
    m_confirm->setEnabled(m_customer->customerId() > 0);
    if (m_customer->customerId() <= 0) {
        m_summary->setText(tr("Pick the customer this deposit belongs to."));
        return;
    }
    m_summary->setText(tr("%1 will be credited with %2. This is recorded in the ledger and the audit log and "
                          "cannot be undone from here.")
                           .arg(m_customer->customerText(), m_amount));
}
