#include "core/security/auditedledger.h"

#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

namespace exchange::security {

namespace {

QJsonObject describeTransfer(const ledger::Transfer &t)
{
    QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(ledger::transferKindName(t.kind).data())},
                  {QStringLiteral("code"), QString::fromLatin1(ledger::transferCodeName(t.code).data())},
                  {QStringLiteral("asset"), QString::fromStdString(t.asset)},
                  {QStringLiteral("reference"), QString::fromStdString(t.reference)},
                  {QStringLiteral("memo"), QString::fromStdString(t.memo)}};
    if (const auto asset = nativeAsset(t.asset))
        o.insert(QStringLiteral("amount"), QString::fromStdString(t.amount.format(asset->decimals)));
    else
        o.insert(QStringLiteral("amount_base_units"), QString::fromStdString(t.amount.format(0)));
    if (!t.pendingId.empty())
        o.insert(QStringLiteral("pending_id"), QString::fromStdString(t.pendingId));
    return o;
}

} // namespace

AuditedLedger::AuditedLedger(ledger::LedgerService &ledger, AuditLog &audit) : m_ledger(ledger), m_audit(audit)
{
}

Result<ledger::Transfer> AuditedLedger::adjust(const Actor &actor, std::int64_t customerId, const std::string &asset,
                                               Amount signedAmount, const std::string &reason,
                                               const std::string &transferId)
{
    if (auto allowed = authorize(actor, Action::AdjustLedger); !allowed)
        return allowed.error();
    auto request = ledger::LedgerService::adjustment(customerId, asset, signedAmount, reason, transferId);
    if (!request)
        return request.error();
    const bool credit = signedAmount.isPositive();
    auto written = m_ledger.submitLinked(
        {request.value()}, [&](UnitOfWork &work, const std::vector<ledger::Transfer> &transfers) -> Result<void> {
            if (auto allowed = authorizeNow(work.db(), actor, Action::AdjustLedger); !allowed)
                return allowed.error();
            QJsonObject after = describeTransfer(transfers.front());
            after.insert(QStringLiteral("transfer"), QString::fromStdString(transferId));
            after.insert(QStringLiteral("direction"), credit ? QStringLiteral("credit") : QStringLiteral("debit"));
            auto a = m_audit.append(work.db(), actor, "ledger.adjust", "customer", std::to_string(customerId), {},
                                    after);
            if (!a)
                return a.error();
            return {};
        });
    if (!written)
        return written.error();
    return std::move(written).value().front();
}

Result<std::vector<ledger::Transfer>> AuditedLedger::submitLinked(const Actor &actor,
                                                                  const std::vector<ledger::TransferRequest> &requests,
                                                                  const std::string &auditAction)
{
    return m_ledger.submitLinked(
        requests, [&](UnitOfWork &work, const std::vector<ledger::Transfer> &written) -> Result<void> {
            for (const ledger::Transfer &t : written) {
                if (auto a = m_audit.append(work.db(), actor, auditAction, "transfer", t.id, {}, describeTransfer(t));
                    !a)
                    return a.error();
            }
            return {};
        });
}

} // namespace exchange::security
