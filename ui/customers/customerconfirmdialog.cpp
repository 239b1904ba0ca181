#include "customerconfirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CustomerConfirmDialog::CustomerConfirmDialog(const QString &title, const QString &what, const QString &confirmText,
                                             QWidget *parent)
    : QDialog(parent), m_text(new QLabel(what, this))
{
    setWindowTitle(title);
    setMinimumWidth(460);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString CustomerConfirmDialog::text() const
{
    return m_text->text();
}
