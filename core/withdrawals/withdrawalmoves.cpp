#include "core/withdrawals/withdrawalmoves.h"

#include "core/withdrawals/withdrawalrepository.h"

namespace exchange::withdrawals {

Result<WithdrawalState> moveThrough(WithdrawalRepository &repo, const WithdrawalRecord &w,
                                    std::initializer_list<WithdrawalEvent> events, const std::string &note,
                                    const std::optional<std::string> &txid, std::int64_t now)
{
    WithdrawalState state = w.state;
    std::size_t i = 0;
    for (WithdrawalEvent e : events) {
        auto next = nextWithdrawalState(state, e);
        if (!next)
            return next.error();
        const bool last = ++i == events.size();
        auto moved = last && txid ? repo.advanceWithTxid(w.id, state, next.value(), *txid, now)
                                  : repo.advance(w.id, state, next.value(), note, now);
        if (!moved)
            return moved.error();
        state = next.value();
    }
    return state;
}

} // namespace exchange::withdrawals
