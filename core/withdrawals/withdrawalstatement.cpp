#include "core/withdrawals/withdrawalstatement.h"

#include "core/security/actor.h"
#include "core/security/signedstatements.h"

namespace exchange::withdrawals {

security::Statement withdrawalStatement(const WithdrawalRecord &w, const std::string &decision,
                                        const std::vector<std::pair<std::string, std::string>> &extra)
{
    security::Statement s("withdrawal." + decision);
    s.add("withdrawal", w.id)
        .add("customer", w.customerId)
        .add("asset", w.asset)
        .add("chain", std::string(chainName(w.chain)))
        .add("destination", w.destination)
        .add("amount_units", w.amount.toBaseUnitString())
        .add("fee_units", w.fee.toBaseUnitString())
        .add("requested_by", w.requestedBy)
        .add("requested_at", w.requestedAtMs);
    for (const auto &[key, value] : extra)
        s.add(key, value);
    return s;
}

Result<std::int64_t> signWithdrawalDecision(const QSqlDatabase &db, const security::Actor &actor,
                                            const WithdrawalRecord &w, const std::string &decision, std::int64_t nowMs,
                                            const std::vector<std::pair<std::string, std::string>> &extra)
{
    if (!actor.signer)
        return std::int64_t{0};
    auto signed_ = security::SignedStatements(db).sign(actor, "withdrawal", std::to_string(w.id),
                                                       withdrawalStatement(w, decision, extra), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::withdrawals
