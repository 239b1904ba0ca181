#pragma once
// Moving a withdrawal through several events in one step of a payout.

#include "core/base/result.h"
#include "core/withdrawals/withdrawalrecord.h"
#include "core/withdrawals/withdrawalstate.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>

namespace exchange::withdrawals {

class WithdrawalRepository;

// Moves w through events in order (each checked by the transition table),
// storing txid with the last one when given.
Result<WithdrawalState> moveThrough(WithdrawalRepository &repo, const WithdrawalRecord &w,
                                    std::initializer_list<WithdrawalEvent> events, const std::string &note,
                                    const std::optional<std::string> &txid, std::int64_t now);

} // namespace exchange::withdrawals
