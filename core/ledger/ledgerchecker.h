#pragma once
// LedgerChecker: proves the books. Replays the whole journal from zero and
// compares every account's stored balances with what the journal says; per
// asset, debits must equal credits (posted and pending); no hold may be
// posted or voided twice. Reads one consistent snapshot; writes only its
// summary (for the Ledger screen) to the meta table.

#include "core/base/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class Clock;
class Database;
}

namespace exchange::ledger {

struct CheckReport {
    std::vector<std::string> discrepancies; // empty when the books are clean
    std::int64_t transfers = 0;
    std::int64_t accounts = 0;
    std::int64_t checkedAtMs = 0;

    bool clean() const { return discrepancies.empty(); }
};

class LedgerChecker final
{
public:
    LedgerChecker(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    Result<CheckReport> check();
    // The summary the last check saved, if any.
    Result<std::optional<CheckReport>> lastReport() const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace exchange::ledger
