#pragma once
// The statement an operator signs when they decide a withdrawal: which
// withdrawal, whose, what leaves and to where, and the decision. Amounts
// are base units, so the text has one spelling whatever the display
// decimals. The payout signer builds the same statement from the row it
// is about to pay and compares it with what the approvers signed: a
// destination or amount changed in the database after the decision no
// longer matches.

#include "core/base/result.h"
#include "core/security/statement.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <QSqlDatabase>

#include <string>
#include <utility>
#include <vector>

namespace exchange::security { struct Actor; }

namespace exchange::withdrawals {

// decision: "request" (an operator's request, signed as it is made),
// "approve", "reject", "manual_payout", "txid", and for a
// withdrawal held for integrity "release_paid" (with its txid) or
// "release_reject" (with the reason).
// extra: fields the decision adds after the withdrawal's (a TxId's txid).
security::Statement withdrawalStatement(const WithdrawalRecord &withdrawal, const std::string &decision,
                                        const std::vector<std::pair<std::string, std::string>> &extra = {});

// Signs the decision into signed_statements, in the caller's transaction,
// when the actor can sign (an operator whose code was just confirmed);
// the statement's id, or 0 when the actor cannot sign.
Result<std::int64_t> signWithdrawalDecision(const QSqlDatabase &db, const security::Actor &actor,
                                            const WithdrawalRecord &withdrawal, const std::string &decision,
                                            std::int64_t nowMs,
                                            const std::vector<std::pair<std::string, std::string>> &extra = {});

} // namespace exchange::withdrawals
