#pragma once
// One record of the audit log as stored: who, what, on which object, before
// and after (JSON text, amounts as exact decimal strings), when, and the
// hash chain (this record's SHA-256 over its content and the previous hash).

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::security {

struct AuditEntry {
    qint64 seq = 0;
    qint64 atMs = 0;
    std::string actorKind; // operator, cli, system
    std::int64_t actorId = 0;
    std::string actorName;
    std::string action;     // e.g. settings.change, operator.add, login.failed
    std::string objectType; // e.g. asset, operator, customer, vault
    std::string objectId;
    std::string before; // JSON, "" when there was nothing before
    std::string after;  // JSON, "" when nothing is left after
    std::string prevHash;
    std::string hash;
};

struct AuditFilter {
    std::optional<qint64> sinceMs;
    std::optional<std::string> actorName;
    std::optional<std::string> action; // prefix, e.g. "settings."
    int limit = 10000;                 // newest first
    // Newest first by time (ties: the later record first) instead of by
    // seq: each writer stamps its own clock, so seq order and time order
    // can differ between consoles; a list read by people is in time order.
    bool byTime = false;
};

struct AuditVerification {
    bool intact = true;
    qint64 records = 0;
    std::optional<qint64> firstBadSeq; // the first record that is not as written
    std::string problem;               // one line: what is wrong there
    std::string headHash;              // the newest record's hash; note it down to anchor the chain
};

} // namespace exchange::security
