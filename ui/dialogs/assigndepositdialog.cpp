#include "assigndepositdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AssignDepositDialog::AssignDepositDialog(qint64 depositId, const QString &amount, const QString &txid,
                                         const QString &memo, QAbstractItemModel *customers, int customerIdRole,
                                         QWidget *parent)
    : QDialog(parent),
      m_depositId(depositId),
      m_amount(amount),
      m_customerIdRole(customerIdRole),
      m_customer(new QComboBox(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Assign deposit %1").arg(depositId));
    setMinimumWidth(520);
    // Nobody is chosen for the operator: a stray Enter would credit
    // whoever came first. With a placeholder, customers arriving later do
    // not select the first one either.
    m_customer->setPlaceholderText(tr("Choose the customer…"));
    m_customer->setModel(customers);
    m_customer->setCurrentIndex(-1);
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
    connect(m_customer, &QComboBox::currentIndexChanged, this, &AssignDepositDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
}

qint64 AssignDepositDialog::customerId() const
{
    return m_customer->currentData(m_customerIdRole).toLongLong();
}

QString AssignDepositDialog::summary() const
{
    return m_summary->text();
}

void AssignDepositDialog::updateSummary()
{
    m_confirm->setEnabled(m_customer->currentIndex() >= 0);
    if (m_customer->currentIndex() < 0) {
        m_summary->setText(tr("Pick the customer this deposit belongs to."));
        return;
    }
    m_summary->setText(tr("%1 will be credited with %2. This is recorded in the ledger and the audit log and "
                          "cannot be undone from here.")
                           .arg(m_customer->currentText(), m_amount));
}
