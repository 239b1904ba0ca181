#pragma once
// VerifiedDatabaseCopy: `exctl migrate`. Proves the source (ledger check
// clean, audit chain intact) before copying anything, copies it with
// DatabaseCopier (empty target only, one transaction), then proves the
// target the same way and compares: the same transfers and accounts, the
// same number of audit records ending in the same head hash. The ledger
// check saves its summary in each side's meta table, as `exctl ledger
// check` does; nothing else is written to the source. Both sides are held
// to the exchange's schema (allMigrations()), and the copy ends with one
// change-feed notice per topic.

#include "core/base/result.h"
#include "core/store/databasecopier.h"

#include <string>

namespace exchange {

class Clock;
class Database;

struct VerifiedCopyReport {
    CopyReport copy;
    qint64 ledgerTransfers = 0;
    qint64 ledgerAccounts = 0;
    qint64 auditRecords = 0;
    std::string auditHead; // empty when the log is empty
};

class VerifiedDatabaseCopy final
{
public:
    VerifiedDatabaseCopy(Database &source, Database &target, const Clock &clock);

    DatabaseCopier &copier() { return m_copier; }

    // A refusal before the copy leaves the target as it was; a failed
    // verification after it says so (the target then holds the copy).
    Result<VerifiedCopyReport> run();

private:
    Database &m_source;
    Database &m_target;
    const Clock &m_clock;
    DatabaseCopier m_copier;
};

} // namespace exchange
