#include "copybutton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>

CopyButton::CopyButton(const QString &what, std::function<QString()> value, QWidget *parent)
    : QToolButton(parent), m_value(std::move(value)), m_label(tr("Copy"))
{
    setText(m_label);
    setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/edit-copy.svg"))));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setToolTip(tr("Copy %1 to the clipboard, whole").arg(what));
    setAccessibleName(tr("Copy %1").arg(what));
    setFocusPolicy(Qt::StrongFocus); // reachable with Tab, pressed with Space
    m_feedback.setSingleShot(true);
    m_feedback.setInterval(1500);
    connect(&m_feedback, &QTimer::timeout, this, [this] { setText(m_label); });
    connect(this, &QToolButton::clicked, this, &CopyButton::copy);
    refresh();
}

void CopyButton::setLabel(const QString &label)
{
    m_label = label;
    if (!m_feedback.isActive())
        setText(m_label);
}

void CopyButton::refresh()
{
    setEnabled(!m_value().isEmpty());
}

void CopyButton::copy()
{
    const QString text = m_value();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    setText(tr("Copied"));
    m_feedback.start();
    emit copied(text);
}
