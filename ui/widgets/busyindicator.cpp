#include "busyindicator.h"

#include "core/runtime/coreruntime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

BusyIndicator::BusyIndicator(exchange::CoreRuntime &runtime, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("busyIndicator"));
    auto *bar = new QProgressBar(this);
    bar->setRange(0, 0); // no end known: the bar moves
    bar->setTextVisible(false);
    bar->setFixedSize(72, 12);
    auto *label = new QLabel(tr("Working…"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(label);
    setToolTip(tr("The console is reading or writing the database, or asking a node. You can go on working."));
    setAccessibleName(tr("Working"));
    hide();

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &QWidget::show);
    connect(&runtime, &exchange::CoreRuntime::busyChanged, this, &BusyIndicator::setBusy);
}

void BusyIndicator::setBusy(bool busy)
{
    if (busy) {
        if (!isVisible() && !m_delay.isActive())
            m_delay.start();
        return;
    }
    m_delay.stop();
    hide();
}
