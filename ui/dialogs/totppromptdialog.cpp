#include "totppromptdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

TotpPromptDialog::TotpPromptDialog(const QString &purpose, QWidget *parent)
    : QDialog(parent), m_code(new QLineEdit(this)), m_ok(new QPushButton(tr("C&onfirm"), this))
{
    setWindowTitle(tr("Two-factor code"));
    auto *what = new QLabel(purpose, this);
    what->setWordWrap(true);
    QFont font = what->font();
    font.setBold(true);
    what->setFont(font);
    auto *how = new QLabel(tr("Enter the current 6-digit code from your authenticator app. Each code works once."),
                           this);
    how->setWordWrap(true);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{6}")), m_code));
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("6 digits"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(how);
    layout->addWidget(m_code);
    layout->addWidget(buttons);

    connect(m_code, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(m_code->hasAcceptableInput()); });
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (!m_code->hasAcceptableInput())
            return;
        m_answered = true;
        emit codeEntered(m_code->text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        if (!m_answered) {
            m_answered = true;
            emit cancelled();
        }
    });
}
