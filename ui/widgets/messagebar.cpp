#include "messagebar.h"

#include "models/tone.h"

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

void MessageBar::clear()
{
    m_hideTimer->stop();
    m_error = false;
    m_label->clear();
    hide();
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
    const tone::Tone t = error ? tone::Tone::Attention : tone::Tone::Good;
    setStyleSheet(tone::panelStyle(t, false, QStringLiteral("#messageBar")));
    m_label->setStyleSheet(tone::textStyle(t));
    show();
    if (error)
        m_hideTimer->stop();
    else
        m_hideTimer->start(6000);
}
