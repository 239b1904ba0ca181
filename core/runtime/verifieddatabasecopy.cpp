#include "core/runtime/verifieddatabasecopy.h"

#include "core/ledger/ledgerchecker.h"
#include "core/runtime/changefeedschema.h"
#include "core/runtime/schema.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"

namespace exchange {

namespace {

struct Proof {
    ledger::CheckReport books;
    security::AuditVerification audit;
};

// The ledger check and the audit chain of one side; `side` names it in
// the message.
Result<Proof> prove(Database &database, const Clock &clock, const std::string &side)
{
    auto books = ledger::LedgerChecker(database, clock).check();
    if (!books)
        return books.error();
    if (!books.value().clean())
        return Error{ErrorCode::Corrupted, "the ledger check of the " + side + " finds "
                                               + std::to_string(books.value().discrepancies.size())
                                               + " discrepancies (first: " + books.value().discrepancies.front() + ")"};
    auto audit = security::AuditLog(database, clock).verify();
    if (!audit)
        return audit.error();
    if (!audit.value().intact)
        return Error{ErrorCode::Corrupted, "the audit log of the " + side + " is damaged: " + audit.value().problem};
    return Proof{books.value(), audit.value()};
}

} // namespace

VerifiedDatabaseCopy::VerifiedDatabaseCopy(Database &source, Database &target, const Clock &clock)
    : m_source(source), m_target(target), m_clock(clock), m_copier(source, target, allMigrations(), &announceEveryTopic)
{
}

Result<VerifiedCopyReport> VerifiedDatabaseCopy::run()
{
    if (auto checked = m_copier.checkSource(); !checked)
        return checked.error();
    auto before = prove(m_source, m_clock, "source");
    if (!before)
        return Error{before.error().code, before.error().message + "; nothing was copied"};
    auto copied = m_copier.copy();
    if (!copied)
        return copied.error();
    auto after = prove(m_target, m_clock, "target");
    const std::string written = "; the target holds the copy: drop and recreate it before trying again";
    if (!after)
        return Error{after.error().code, after.error().message + written};
    const Proof &s = before.value();
    const Proof &t = after.value();
    if (s.books.transfers != t.books.transfers || s.books.accounts != t.books.accounts)
        return Error{ErrorCode::Corrupted, "the ledger check counts " + std::to_string(s.books.transfers) + " transfers and "
                                               + std::to_string(s.books.accounts) + " accounts in the source but "
                                               + std::to_string(t.books.transfers) + " and "
                                               + std::to_string(t.books.accounts) + " in the target" + written};
    if (s.audit.records != t.audit.records || s.audit.headHash != t.audit.headHash)
        return Error{ErrorCode::Corrupted, "the audit chains differ: " + std::to_string(s.audit.records)
                                               + " records in the source, " + std::to_string(t.audit.records)
                                               + " in the target, or another head hash" + written};
    VerifiedCopyReport report;
    report.copy = copied.value();
    report.ledgerTransfers = t.books.transfers;
    report.ledgerAccounts = t.books.accounts;
    report.auditRecords = t.audit.records;
    report.auditHead = t.audit.headHash;
    return report;
}

} // namespace exchange
