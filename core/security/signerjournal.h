#pragma once
// SignerJournal: what the payout signer signed, in a file of its own
// outside the database (issue 20, item 6), so that a database restored from
// an older backup or rolled back (a deleted -wal) can never make it pay a
// withdrawal twice, and a cut-back audit chain is noticed.
//
// One JSON object per line, append-only: the header, a "signed" line per
// signature, and an "anchor" line whenever the signer first meets the
// admin key the key vault pins (the chain of trust's first link), so that a
// pin removed or swapped in the database later is noticed
// (SignerTrustCheck). Every line carries the SHA-256 (hex)
// of the line before it ("prev"; the first line, the header naming the
// exchange, has ""), so a line edited, removed or inserted in the middle
// breaks the chain and open() refuses the file (Corrupted): a damaged
// journal stops signing, it is never repaired silently. A last line without
// its newline was torn by a kill mid-write; it was never synced whole, so
// nothing was sent on it: it is dropped with a warning and cut off before the
// next append. Every value is a JSON string: nothing passes through a double.
//
// append() writes the line and fdatasync()s it before returning: the caller
// broadcasts only after that. An advisory lock (flock) serialises appends
// of several processes; refresh() reads what others appended meanwhile.
// Files are created 0600 in a folder made 0700.
//
// Where it lives: directory() ($EXCHANGE_SIGNER_JOURNAL_DIR, else the
// application data folder + "/signer-journal"), file <exchange id>.journal:
// keyed by the exchange's identity (meta table, copied by backups), never by
// the database's path, so a restored copy meets the same journal.

#include "core/base/result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace exchange::security {

// One signature: a payout of a withdrawal, and the audit chain's head when it
// was stored (the record of its signing included).
struct SignerRecord {
    std::int64_t withdrawalId = 0;
    std::string chain;
    std::string asset;
    std::string amount;      // exact decimal, as the asset prints it
    std::string destination;
    std::string source;      // the hot wallet that signed
    std::string txid;
    std::int64_t sequence = 0; // Stellar sequence, Ethereum nonce, Algorand first valid round
    std::int64_t atMs = 0;
    std::int64_t auditSeq = 0;
    std::string auditHash;
    std::string request; // a customer's signed request ("customer 7 request abc-1"); "" for an operator's
};

class SignerJournal final
{
public:
    // Opens (creating it, and its folder, when absent) and reads the journal
    // of exchangeId at path; Corrupted when its chain is broken or it names
    // another exchange.
    static Result<SignerJournal> open(const QString &path, const QString &exchangeId);
    // Reads an existing journal; nothing when there is none.
    static Result<std::optional<SignerJournal>> openExisting(const QString &path, const QString &exchangeId);

    // $EXCHANGE_SIGNER_JOURNAL_DIR, else AppDataLocation + "/signer-journal".
    static QString directory();
    static QString pathFor(const QString &directory, const QString &exchangeId);

    SignerJournal(SignerJournal &&) noexcept = default;
    SignerJournal &operator=(SignerJournal &&) noexcept = default;
    SignerJournal(const SignerJournal &) = delete;
    SignerJournal &operator=(const SignerJournal &) = delete;

    // Reads the lines other processes appended since (Corrupted as open()).
    Result<void> refresh();
    // Writes the record as one line and flushes it to the disk.
    Result<SignerRecord> append(SignerRecord record);

    const std::vector<SignerRecord> &records() const { return m_records; }
    std::vector<SignerRecord> forWithdrawal(std::int64_t withdrawalId) const;
    std::optional<SignerRecord> byTxid(const std::string &txid) const;
    // The first record signed for the customer's request key (requestKeyOf).
    std::optional<SignerRecord> byRequest(const std::string &request) const;
    // Writes an anchor line: from now on the vault must pin adminKeyHex
    // (64 hex digits).
    Result<void> appendAnchor(const std::string &adminKeyHex, std::int64_t atMs);
    // The admin key of the newest anchor line; nothing before the first.
    const std::optional<std::string> &anchor() const { return m_anchor; }
    const QString &exchangeId() const { return m_exchangeId; }

    // The newest record that carries an audit head.
    std::optional<SignerRecord> lastAuditHead() const;
    // What reading found and forgave (a torn last line).
    const std::vector<std::string> &warnings() const { return m_warnings; }
    const QString &path() const { return m_path; }

private:
    SignerJournal(QString path, QString exchangeId) : m_path(std::move(path)), m_exchangeId(std::move(exchangeId)) {}
    // Reads from m_offset on; with cutTorn, truncates a torn tail (under the
    // append lock only).
    Result<void> readFrom(int fd, bool cutTorn);
    Result<void> writeHeader(int fd);
    Result<void> writeLine(int fd, const QByteArray &line);
    // Appends the line make() gives for the hash of the line before it,
    // under the append lock, after what others appended and the header.
    Result<void> appendLine(const std::function<QByteArray(const std::string &prev)> &make);

    QString m_path;
    QString m_exchangeId;
    std::int64_t m_offset = 0; // bytes read and verified
    std::string m_lastHash;    // SHA-256 of the last whole line; "" before the header
    bool m_hasHeader = false;
    std::int64_t m_lines = 0;  // whole lines read or written, the header included
    std::vector<SignerRecord> m_records;
    std::optional<std::string> m_anchor;
    std::vector<std::string> m_warnings;
};

} // namespace exchange::security
