#pragma once
// SignerJournalCheck: before PayoutService signs for a withdrawal, what the
// signer's journal (outside the database) remembers must agree with the
// database. It disagrees when
//  - the journal says the withdrawal was signed as a txid the database does
//    not know as a payout of it (restored from an older backup, rolled back
//    by a lost -wal): signing again could pay it twice;
//  - (sequential chains) the sequence about to be used was signed for
//    another withdrawal and the database does not show that payout as
//    dropped (never on chain, its sequence free again).
// A payout the database knows (dropped, failed: the normal rebuild after a
// refusal, an expiry or a failure on chain) explains a journal line: the
// rebuild goes on, and is journaled in turn.

#include "core/base/message.h"
#include "core/base/result.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange {
class Dialect;
}
namespace exchange::security {
class SignerJournal;
}

namespace exchange::withdrawals {

struct WithdrawalRecord;

class SignerJournalCheck final
{
public:
    SignerJournalCheck(const security::SignerJournal &journal, QSqlDatabase db, const Dialect &dialect)
        : m_journal(journal), m_db(std::move(db)), m_dialect(dialect)
    {
    }

    // Why signing withdrawal w from source with sequence must not happen
    // (the hold's reason and a short name of the check), or nothing.
    struct Finding {
        std::string check; // "journal_payout_unknown", "journal_sequence_taken", "request_replayed"
        Message reason;
        std::string journalTxid;
    };
    // request: the customer's signed request w pays (requestKeyOf), or "":
    // the journal must not hold it signed for another withdrawal.
    Result<std::optional<Finding>> beforeSigning(const WithdrawalRecord &w, const std::string &chain,
                                                 const std::string &source, std::int64_t sequence,
                                                 bool sequential, const std::string &request = {}) const;

    // "2026-12-06 04:59:12 UTC": a journal line's time in a hold's reason.
    static std::string when(std::int64_t atMs);

private:
    const security::SignerJournal &m_journal;
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::withdrawals
