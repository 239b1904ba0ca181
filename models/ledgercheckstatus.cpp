#include "ledgercheckstatus.h"

#include "coretext.h"
#include "displayformat.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

#include <QDateTime>

LedgerCheckStatus::LedgerCheckStatus(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_services(services)
{
    refresh();
}

void LedgerCheckStatus::refresh()
{
    auto *services = &m_services;
    m_runtime.post([services] { return services->ledgerChecker().lastReport(); }, this,
                   [this](exchange::Result<std::optional<exchange::ledger::CheckReport>> result) {
                       if (!result) {
                           emit failed(CoreText::error(result.error()));
                           return;
                       }
                       m_report = result.value();
                       emit changed();
                   });
}

void LedgerCheckStatus::run()
{
    if (m_running)
        return;
    m_running = true;
    emit changed();
    auto *services = &m_services;
    m_runtime.post([services] { return services->ledgerChecker().check(); }, this,
                   [this](exchange::Result<exchange::ledger::CheckReport> result) {
                       m_running = false;
                       if (!result) {
                           emit changed();
                           emit failed(tr("The ledger check could not run: %1").arg(CoreText::error(result.error())));
                           return;
                       }
                       m_report = result.value();
                       emit changed();
                   });
}

QString LedgerCheckStatus::summary() const
{
    if (m_running)
        return tr("Checking the ledger…");
    if (!m_report)
        return tr("The ledger has not been checked yet.");
    const QString when = displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(m_report->checkedAtMs));
    if (m_report->clean())
        //: %2 is a number of transfers
        return tr("Clean at %1: %2 transfers replayed; every balance equals its journal and debits equal credits.")
            .arg(when)
            .arg(m_report->transfers);
    //: %2 is the number of discrepancies, %3 the first of them
    return tr("Not clean at %1: %2 discrepancies. First: %3")
        .arg(when)
        .arg(m_report->discrepancies.size())
        .arg(CoreText::stored(m_report->discrepancies.front()));
}
