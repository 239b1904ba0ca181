#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>

IdleLock::IdleLock(std::chrono::milliseconds timeout, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleLock::restart()
{
    m_timer.start();
}

void IdleLock::stop()
{
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}
