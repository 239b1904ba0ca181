#pragma once
// AuditHeadCheck: the audit chain against the head the payout signer last
// wrote into its journal (SignerJournal). verify() alone cannot see a chain
// cut back to an earlier, intact state (a database restored from an older
// backup, a rolled-back -wal): the signer saw record N with hash H, so
// record N must still be there with hash H. Reads only: a database without
// an exchange id, or an exchange without a journal, has nothing to compare.

#include "core/base/message.h"
#include "core/base/result.h"

#include <QString>

#include <optional>

namespace exchange {
class Database;
}

namespace exchange::security {

class AuditLog;

class AuditHeadCheck final
{
public:
    // Why the chain was cut back (AuditChainCutBack), or nothing; journalDir
    // as SignerJournal::directory() says.
    static Result<std::optional<Message>> check(Database &database, const AuditLog &audit, const QString &journalDir);
};

} // namespace exchange::security
