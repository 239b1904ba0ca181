#pragma once
// LedgerEngine: applies transfers to accounts held in memory. Pure: no I/O,
// no clock. It refuses, changing nothing, a transfer that names unknown or
// mismatched accounts, moves a non-positive amount, would break an
// account's limit flag, or posts/voids a hold that does not exist or was
// already resolved. A linked group applies entirely or not at all.
//
// The durable LedgerService loads the accounts a batch touches into an
// engine, applies there, and writes the result; the journal check replays
// the whole journal through one with limits off.

#include "core/base/result.h"
#include "core/ledger/account.h"
#include "core/ledger/transfer.h"

#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace exchange::ledger {

class LedgerEngine final
{
public:
    enum class Limits { Enforce, Ignore };

    explicit LedgerEngine(Limits limits = Limits::Enforce) : m_limits(limits) {}

    void putAccount(Account account);
    const Account *account(std::int64_t id) const;
    void putPending(PendingHold hold);
    const PendingHold *pending(const std::string &id) const;

    // Completes post/void transfers from their pending hold (accounts,
    // asset, amount) so that they can be compared and stored; refuses an
    // unknown hold.
    Result<Transfer> complete(Transfer transfer) const;

    // Applies one transfer (completed first); returns it as applied.
    Result<Transfer> apply(Transfer transfer);
    // All or nothing: on the first refusal every earlier effect is undone.
    Result<std::vector<Transfer>> applyLinked(std::vector<Transfer> transfers);

    const std::unordered_map<std::int64_t, Account> &accounts() const { return m_accounts; }
    void reserve(size_t accounts, size_t holds);

private:
    struct Undo {
        std::vector<Account> accounts;
        std::vector<std::string> addedHolds;
        std::vector<std::string> resolvedHolds;
    };

    Result<Transfer> applyOne(Transfer transfer, Undo *undo);
    void rollback(Undo &undo);

    Limits m_limits;
    std::unordered_map<std::int64_t, Account> m_accounts;
    std::unordered_map<std::string, PendingHold> m_pending;
};

} // namespace exchange::ledger
