#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this)), m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showError(const QString &text)
{
    showMessage(text, true);
}

void MessageBar::showInfo(const QString &text)
{
    showMessage(text, false);
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::showMessage(const QString &text, bool error)
{
    m_error = error;
    m_label->setText(text);
    // The same colours mean the same thing on every screen.
    setStyleSheet(error ? QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #d93025; color: #5f2120; }")
                        : QStringLiteral("#messageBar { background: #e6f4ea; border: 1px solid #1e8e3e; color: #0d3c1b; }"));
    m_label->setStyleSheet(QStringLiteral("color: %1;").arg(error ? QStringLiteral("#5f2120") : QStringLiteral("#0d3c1b")));
    show();
    if (error)
        m_hideTimer->stop();
    else
        m_hideTimer->start(6000);
}
