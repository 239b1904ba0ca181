#include "customereditdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

CustomerEditDialog::CustomerEditDialog(const QString &externalId, const QString &name, const QString &email, QWidget *parent)
    : QDialog(parent),
      m_isNew(externalId.isEmpty()),
      m_oldName(name),
      m_oldEmail(email),
      m_externalId(new QLineEdit(externalId, this)),
      m_name(new QLineEdit(name, this)),
      m_email(new QLineEdit(email, this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(m_isNew ? tr("Add a customer") : tr("Edit customer %1").arg(externalId));
    setMinimumWidth(480);
    // The store's rule (1-64 of A-Za-z0-9._:-), so a typo is seen here.
    m_externalId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._:-]{1,64}")), m_externalId));
    m_externalId->setReadOnly(!m_isNew);
    m_externalId->setPlaceholderText(tr("The exchange's own id for them, e.g. u-10432"));
    m_name->setPlaceholderText(tr("Full name"));
    m_email->setPlaceholderText(tr("Optional"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Customer &id:"), m_externalId);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(m_isNew ? tr("Add the customer") : tr("Save the changes"), QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_externalId, m_name, m_email})
        connect(field, &QLineEdit::textChanged, this, &CustomerEditDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
}

QString CustomerEditDialog::externalId() const
{
    return m_externalId->text().trimmed();
}

QString CustomerEditDialog::name() const
{
    return m_name->text().trimmed();
}

QString CustomerEditDialog::email() const
{
    return m_email->text().trimmed();
}

QString CustomerEditDialog::summary() const
{
    return m_summary->text();
}

void CustomerEditDialog::updateSummary()
{
    const bool complete = m_externalId->hasAcceptableInput() && !name().isEmpty();
    if (m_isNew) {
        m_confirm->setEnabled(complete);
        if (!complete) {
            m_summary->setText(tr("A customer needs the exchange's id for them and a name."));
            return;
        }
        m_summary->setText(email().isEmpty()
                               ? tr("Adds customer “%1”, %2, without an email address. The addition is recorded in the "
                                    "audit log.")
                                     .arg(externalId(), name())
                               : tr("Adds customer “%1”, %2, %3. The addition is recorded in the audit log.")
                                     .arg(externalId(), name(), email()));
        return;
    }
    QStringList changes;
    if (name() != m_oldName)
        changes << tr("name “%1” becomes “%2”").arg(m_oldName, name());
    if (email() != m_oldEmail) {
        changes << (email().isEmpty() ? tr("email %1 is removed").arg(m_oldEmail)
                    : m_oldEmail.isEmpty() ? tr("email %1 is added").arg(email())
                                           : tr("email %1 becomes %2").arg(m_oldEmail, email()));
    }
    m_confirm->setEnabled(complete && !changes.isEmpty());
    if (name().isEmpty())
        m_summary->setText(tr("A customer needs a name."));
    else if (changes.isEmpty())
        m_summary->setText(tr("Nothing changed yet."));
    else
        //: %1: the changes, e.g. name “Ada” becomes “Ada King”; email a@b is added
        m_summary->setText(tr("For “%1”: %2. The change is recorded in the audit log.")
                               .arg(externalId(), changes.join(QStringLiteral("; "))));
}
