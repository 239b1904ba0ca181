#include "withdrawaldetailssource.h"

#include "changedkeys.h"
#include "coretext.h"
#include "core/chains/chainchecks.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/trustanchor.h"
#include "core/withdrawals/approvalsrequired.h"
#include "core/withdrawals/withdrawalbrowser.h"
#include "core/withdrawals/withdrawaldecisionlog.h"
#include "core/withdrawals/withdrawallimits.h"

namespace {

exchange::Result<WithdrawalDetails> readDetails(exchange::CoreServices &services, qint64 id)
{
    auto &withdrawals = services.withdrawals();
    auto found = withdrawals.find(id);
    if (!found)
        return found.error();
    WithdrawalDetails d;
    d.record = found.value();
    auto asset = services.assetSettings().find(d.record.asset);
    if (!asset)
        return asset.error();
    d.asset = asset.value().asset;
    // Stored canonical already; spelled again so that what the operator
    // confirms is the checksummed form whatever wrote the row.
    auto canonical = exchange::chains::validateAddress(d.record.chain, d.record.destination);
    d.destination = canonical ? canonical.value() : d.record.destination;
    auto approvals = withdrawals.approvals(id);
    if (!approvals)
        return approvals.error();
    d.approvals = std::move(approvals).value();
    auto threshold = withdrawals.twoApproversAbove(d.record.asset);
    if (!threshold)
        return threshold.error();
    d.twoApproversAbove = threshold.value();
    d.approvalsRequired = exchange::withdrawals::approvalsRequired(d.record.amount, d.twoApproversAbove);
    exchange::Database &db = services.database();
    auto pin = exchange::security::listedPinnedAdminKey(db.connection());
    if (!pin)
        return pin.error();
    exchange::withdrawals::PayoutAuthorization signer(
        db.connection(), db.dialect(), pin.value().isEmpty() ? std::nullopt : std::optional<QByteArray>(pin.value()),
        exchange::withdrawals::PayoutAuthorization::limitsFromRows(db.connection(), db.dialect()));
    auto standings = signer.approvalStandings(d.record);
    if (!standings)
        return standings.error();
    d.signedApprovals = std::move(standings).value();
    using exchange::withdrawals::WithdrawalState;
    if (d.record.state == WithdrawalState::Rejected || d.record.state == WithdrawalState::Cancelled) {
        auto decision = exchange::withdrawals::WithdrawalDecisionLog(db.connection()).newest(id);
        if (!decision)
            return decision.error();
        if (decision.value() && decision.value()->after == d.record.state)
            d.decision = decision.value();
    }
    exchange::withdrawals::WithdrawalBrowser browser(db.connection(), db.dialect());
    auto recent = browser.recent(d.record.customerId, d.record.asset,
                                 d.record.requestedAtMs - exchange::withdrawals::kLimitWindow72hMs, 50);
    if (!recent)
        return recent.error();
    d.recent = std::move(recent).value();
    for (const auto &r : d.recent) {
        if (r.record.id == d.record.id)
            d.customerName = r.customerName;
    }
    return d;
}

} // namespace

WithdrawalDetailsSource::WithdrawalDetailsSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services,
                                                 QObject *parent)
    : QObject(parent), m_runtime(runtime), m_services(services)
{
    new ChangedKeys(services.notifier(), exchange::ChangeNotifier::Topic::Withdrawal,
                    [this](const std::set<QString> &keys) {
                        if (m_id != 0 && (keys.count(QString::number(m_id)) > 0 || keys.count(QString()) > 0))
                            load();
                    },
                    this, 100);
}

void WithdrawalDetailsSource::show(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_details.reset();
    emit changed();
    if (id != 0)
        load();
}

void WithdrawalDetailsSource::reload()
{
    if (m_id != 0)
        load();
}

void WithdrawalDetailsSource::load()
{
    const qint64 id = m_id;
    auto *services = &m_services;
    m_runtime.post([services, id] { return readDetails(*services, id); }, this,
                   [this, id](exchange::Result<WithdrawalDetails> result) {
                       if (id != m_id)
                           return; // another one was chosen meanwhile
                       if (!result) {
                           emit failed(tr("Withdrawal %1 could not be read: %2")
                                           .arg(id)
                                           .arg(CoreText::error(result.error())));
                           return;
                       }
                       m_details = std::move(result).value();
                       emit changed();
                   });
}
