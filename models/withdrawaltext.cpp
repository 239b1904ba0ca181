#include "withdrawaltext.h"

using exchange::withdrawals::WithdrawalState;

QString WithdrawalText::stateTitle(WithdrawalState state)
{
    switch (state) {
    case WithdrawalState::UnderReview: return tr("Under review");
    case WithdrawalState::Approved: return tr("Approved");
    case WithdrawalState::Processing: return tr("Processing");
    case WithdrawalState::Broadcast: return tr("Broadcast");
    case WithdrawalState::Succeeded: return tr("Succeeded");
    case WithdrawalState::Failed: return tr("Failed on chain");
    case WithdrawalState::Rejected: return tr("Rejected");
    case WithdrawalState::Cancelled: return tr("Cancelled");
    case WithdrawalState::Error: return tr("Error (retryable)");
    case WithdrawalState::ManualPayout: return tr("Manual payout");
    case WithdrawalState::HeldForIntegrity: return tr("Held: integrity check failed");
    }
    return {};
}

QString WithdrawalText::duration(std::int64_t ms)
{
    const std::int64_t minutes = ms / 60'000;
    if (minutes < 1)
        return tr("under a minute");
    const std::int64_t hours = minutes / 60;
    const std::int64_t days = hours / 24;
    if (days > 0)
        //: days and hours waited
        return tr("%1 d %2 h").arg(days).arg(hours % 24);
    if (hours > 0)
        //: hours and minutes waited
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 min").arg(minutes);
}

QString WithdrawalText::approvals(int given, int required)
{
    //: approvals given of approvals required
    return tr("%1 of %2").arg(given).arg(required);
}

QString WithdrawalText::signatureMark(std::optional<exchange::withdrawals::PayoutAuthorization::Standing> standing)
{
    using Standing = exchange::withdrawals::PayoutAuthorization::Standing;
    if (!standing)
        return tr("✗ not signed: the payout signer does not count it");
    switch (*standing) {
    case Standing::Counts: return tr("✓ signature verified");
    case Standing::BadSignature: return tr("✗ bad signature");
    case Standing::Differs: return tr("✗ signed for other withdrawal details than these");
    case Standing::NoPin: return tr("signed; not verifiable until the key vault pins an admin's key");
    case Standing::KeyNotTrusted: return tr("✗ signed by a key no admin has registered");
    case Standing::MayNotApprove: return tr("✗ signed by a key registered for a role that may not approve");
    case Standing::Requester: return tr("✗ signed by the requester");
    }
    return {};
}
