#include "core/security/signerjournal.h"

#include "core/crypto/hashes.h"
#include "core/encoding/exactjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace exchange::security {

namespace {

constexpr const char *kVersion = "1";

std::string hashOf(const QByteArray &line)
{
    return crypto::sha256(line).toHex().toStdString();
}

std::string describe(const QString &path)
{
    return "the signer's journal " + path.toStdString();
}

// Closes the descriptor (and so drops its lock) on every way out.
class FileHandle final
{
public:
    explicit FileHandle(int fd) : m_fd(fd) {}
    ~FileHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileHandle(const FileHandle &) = delete;
    FileHandle &operator=(const FileHandle &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

Result<void> makePrivateFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return {};
    const QFileInfo info(folder);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::Unavailable, "cannot create the folder " + info.absolutePath().toStdString()};
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST)
        return Error{ErrorCode::Unavailable, "cannot create the folder " + folder.toStdString() + ": " + std::strerror(errno)};
    return {};
}

Result<int> openFile(const QString &path, bool create)
{
    if (create) {
        if (auto folder = makePrivateFolder(QFileInfo(path).absolutePath()); !folder)
            return folder.error();
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0600);
    if (fd < 0)
        return Error{errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Unavailable,
                     "cannot open " + describe(path) + ": " + std::strerror(errno)};
    return fd;
}

Result<void> lock(int fd, int how, const QString &path)
{
    while (::flock(fd, how) != 0) {
        if (errno != EINTR)
            return Error{ErrorCode::Unavailable, "cannot lock " + describe(path) + ": " + std::strerror(errno)};
    }
    return {};
}

std::optional<std::string> text(const encoding::JsonValue &object, std::string_view key)
{
    const encoding::JsonValue *v = object.member(key);
    if (!v || v->kind != encoding::JsonValue::Kind::String)
        return std::nullopt;
    return v->text;
}

std::optional<std::int64_t> number(const encoding::JsonValue &object, std::string_view key)
{
    const auto t = text(object, key);
    if (!t)
        return std::nullopt;
    bool ok = false;
    const qint64 n = QString::fromStdString(*t).toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(n) : std::nullopt;
}

QByteArray lineOf(const SignerRecord &r, const std::string &prev)
{
    auto s = [](const std::string &v) { return QString::fromStdString(v); };
    auto n = [](std::int64_t v) { return QString::number(v); };
    const QJsonObject o{{QStringLiteral("v"), QString::fromLatin1(kVersion)},
                        {QStringLiteral("prev"), s(prev)},
                        {QStringLiteral("kind"), QStringLiteral("signed")},
                        {QStringLiteral("withdrawal"), n(r.withdrawalId)},
                        {QStringLiteral("chain"), s(r.chain)},
                        {QStringLiteral("asset"), s(r.asset)},
                        {QStringLiteral("amount"), s(r.amount)},
                        {QStringLiteral("destination"), s(r.destination)},
                        {QStringLiteral("source"), s(r.source)},
                        {QStringLiteral("txid"), s(r.txid)},
                        {QStringLiteral("sequence"), n(r.sequence)},
                        {QStringLiteral("at"), n(r.atMs)},
                        {QStringLiteral("audit_seq"), n(r.auditSeq)},
                        {QStringLiteral("audit_hash"), s(r.auditHash)},
                        {QStringLiteral("request"), s(r.request)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SignerRecord> recordOf(const encoding::JsonValue &o)
{
    SignerRecord r;
    const auto withdrawal = number(o, "withdrawal");
    const auto sequence = number(o, "sequence");
    const auto at = number(o, "at");
    const auto auditSeq = number(o, "audit_seq");
    const auto chain = text(o, "chain");
    const auto asset = text(o, "asset");
    const auto amount = text(o, "amount");
    const auto destination = text(o, "destination");
    const auto source = text(o, "source");
    const auto txid = text(o, "txid");
    const auto auditHash = text(o, "audit_hash");
    if (!withdrawal || !sequence || !at || !auditSeq || !chain || !asset || !amount || !destination || !source || !txid
        || !auditHash || txid->empty())
        return std::nullopt;
    r.withdrawalId = *withdrawal;
    r.sequence = *sequence;
    r.atMs = *at;
    r.auditSeq = *auditSeq;
    r.chain = *chain;
    r.asset = *asset;
    r.amount = *amount;
    r.destination = *destination;
    r.source = *source;
    r.txid = *txid;
    r.auditHash = *auditHash;
    r.request = text(o, "request").value_or(std::string()); // lines before requests were kept have none
    return r;
}

bool isAdminKeyHex(const std::string &text)
{
    return text.size() == 64
           && std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

QString SignerJournal::directory()
{
    const QString set = qEnvironmentVariable("EXCHANGE_SIGNER_JOURNAL_DIR");
    if (!set.isEmpty())
        return set;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/signer-journal");
}

QString SignerJournal::pathFor(const QString &directory, const QString &exchangeId)
{
    return directory + QLatin1Char('/') + exchangeId + QStringLiteral(".journal");
}

Result<SignerJournal> SignerJournal::open(const QString &path, const QString &exchangeId)
{
    auto fd = openFile(path, true);
    if (!fd)
        return fd.error();
    FileHandle file(fd.value());
    if (auto locked = lock(file.fd(), LOCK_EX, path); !locked)
        return locked.error();
    SignerJournal journal(path, exchangeId);
    if (auto read = journal.readFrom(file.fd(), true); !read)
        return read.error();
    if (!journal.m_hasHeader) {
        if (auto header = journal.writeHeader(file.fd()); !header)
            return header.error();
    }
    return journal;
}

Result<std::optional<SignerJournal>> SignerJournal::openExisting(const QString &path, const QString &exchangeId)
{
    auto fd = openFile(path, false);
    if (!fd) {
        if (fd.error().code == ErrorCode::NotFound)
            return std::optional<SignerJournal>();
        return fd.error();
    }
    FileHandle file(fd.value());
    if (auto locked = lock(file.fd(), LOCK_SH, path); !locked)
        return locked.error();
    SignerJournal journal(path, exchangeId);
    if (auto read = journal.readFrom(file.fd(), false); !read)
        return read.error();
    return std::optional<SignerJournal>(std::move(journal));
}

Result<void> SignerJournal::refresh()
{
    auto fd = openFile(m_path, false);
    if (!fd)
        return fd.error();
    FileHandle file(fd.value());
    if (auto locked = lock(file.fd(), LOCK_SH, m_path); !locked)
        return locked.error();
    return readFrom(file.fd(), false);
}

Result<SignerRecord> SignerJournal::append(SignerRecord record)
{
    if (auto written = appendLine([&record](const std::string &prev) { return lineOf(record, prev); }); !written)
        return written.error();
    m_records.push_back(record);
    return record;
}

Result<void> SignerJournal::appendAnchor(const std::string &adminKeyHex, std::int64_t atMs)
{
    if (!isAdminKeyHex(adminKeyHex))
        return Error{ErrorCode::InvalidInput, "an admin key in the signer's journal is 64 hex digits"};
    auto written = appendLine([&](const std::string &prev) {
        const QJsonObject o{{QStringLiteral("v"), QString::fromLatin1(kVersion)},
                            {QStringLiteral("prev"), QString::fromStdString(prev)},
                            {QStringLiteral("kind"), QStringLiteral("anchor")},
                            {QStringLiteral("admin_key"), QString::fromStdString(adminKeyHex)},
                            {QStringLiteral("at"), QString::number(atMs)}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    });
    if (!written)
        return written;
    m_anchor = adminKeyHex;
    return {};
}

Result<void> SignerJournal::appendLine(const std::function<QByteArray(const std::string &prev)> &make)
{
    auto fd = openFile(m_path, false);
    if (!fd)
        return fd.error();
    FileHandle file(fd.value());
    if (auto locked = lock(file.fd(), LOCK_EX, m_path); !locked)
        return locked.error();
    // Lines another process appended come first in the chain.
    if (auto read = readFrom(file.fd(), true); !read)
        return read.error();
    if (!m_hasHeader) {
        if (auto header = writeHeader(file.fd()); !header)
            return header.error();
    }
    return writeLine(file.fd(), make(m_lastHash));
}

Result<void> SignerJournal::writeHeader(int fd)
{
    const QJsonObject o{{QStringLiteral("v"), QString::fromLatin1(kVersion)},
                        {QStringLiteral("prev"), QString()},
                        {QStringLiteral("kind"), QStringLiteral("journal")},
                        {QStringLiteral("exchange"), m_exchangeId}};
    if (auto written = writeLine(fd, QJsonDocument(o).toJson(QJsonDocument::Compact)); !written)
        return written;
    m_hasHeader = true;
    return {};
}

Result<void> SignerJournal::writeLine(int fd, const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done),
                                   static_cast<off_t>(m_offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{ErrorCode::Unavailable, "cannot write " + describe(m_path) + ": " + std::strerror(errno)};
        }
        done += n;
    }
    if (::fdatasync(fd) != 0)
        return Error{ErrorCode::Unavailable, "cannot flush " + describe(m_path) + " to the disk: " + std::strerror(errno)};
    m_offset += bytes.size();
    m_lastHash = hashOf(line);
    ++m_lines;
    return {};
}

Result<void> SignerJournal::readFrom(int fd, bool cutTorn)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return Error{ErrorCode::Unavailable, "cannot read " + describe(m_path) + ": " + std::strerror(errno)};
    if (st.st_size < m_offset)
        return Error{ErrorCode::Corrupted, describe(m_path) + " became shorter while in use (lines removed)"};
    QByteArray bytes(static_cast<qsizetype>(st.st_size - m_offset), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::pread(fd, bytes.data() + got, static_cast<size_t>(bytes.size() - got),
                                  static_cast<off_t>(m_offset + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Error{ErrorCode::Unavailable, "cannot read " + describe(m_path) + ": " + std::strerror(errno)};
        got += n;
    }
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            m_warnings.push_back(describe(m_path) + " ends in a torn line (" + std::to_string(bytes.size() - start)
                                 + " bytes, a write cut short); it is ignored");
            if (cutTorn && ::ftruncate(fd, static_cast<off_t>(m_offset)) != 0)
                return Error{ErrorCode::Unavailable, "cannot cut the torn line off " + describe(m_path) + ": "
                                                         + std::strerror(errno)};
            break;
        }
        const QByteArray line = bytes.mid(start, end - start);
        const std::string at = describe(m_path) + ", line " + std::to_string(m_lines + 1);
        auto parsed = encoding::parseJson(std::string_view(line.constData(), static_cast<size_t>(line.size())));
        if (!parsed || parsed.value().kind != encoding::JsonValue::Kind::Object)
            return Error{ErrorCode::Corrupted, at + ": not a journal line (edited?)"};
        const auto prev = text(parsed.value(), "prev");
        const auto kind = text(parsed.value(), "kind");
        if (!prev || *prev != m_lastHash)
            return Error{ErrorCode::Corrupted, at + ": does not follow the line before it (lines edited, removed or inserted)"};
        if (!m_hasHeader) {
            const auto exchange = text(parsed.value(), "exchange");
            if (!kind || *kind != "journal" || !exchange)
                return Error{ErrorCode::Corrupted, at + ": the journal's header is missing"};
            if (*exchange != m_exchangeId.toStdString())
                return Error{ErrorCode::Corrupted, describe(m_path) + " belongs to exchange " + *exchange + ", not "
                                                       + m_exchangeId.toStdString()};
            m_hasHeader = true;
        } else if (kind && *kind == "anchor") {
            const auto adminKey = text(parsed.value(), "admin_key");
            if (!adminKey || !isAdminKeyHex(*adminKey) || !number(parsed.value(), "at"))
                return Error{ErrorCode::Corrupted, at + ": not a journal line (edited?)"};
            m_anchor = *adminKey;
        } else {
            const auto record = kind && *kind == "signed" ? recordOf(parsed.value()) : std::nullopt;
            if (!record)
                return Error{ErrorCode::Corrupted, at + ": not a journal line (edited?)"};
            m_records.push_back(*record);
        }
        ++m_lines;
        m_lastHash = hashOf(line);
        m_offset += line.size() + 1;
        start = end + 1;
    }
    return {};
}

std::vector<SignerRecord> SignerJournal::forWithdrawal(std::int64_t withdrawalId) const
{
    std::vector<SignerRecord> found;
    for (const SignerRecord &r : m_records) {
        if (r.withdrawalId == withdrawalId)
            found.push_back(r);
    }
    return found;
}

std::optional<SignerRecord> SignerJournal::byTxid(const std::string &txid) const
{
    for (const SignerRecord &r : m_records) {
        if (r.txid == txid)
            return r;
    }
    return std::nullopt;
}

std::optional<SignerRecord> SignerJournal::byRequest(const std::string &request) const
{
    if (request.empty())
        return std::nullopt;
    for (const SignerRecord &r : m_records) {
        if (r.request == request)
            return r;
    }
    return std::nullopt;
}

std::optional<SignerRecord> SignerJournal::lastAuditHead() const
{
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
        if (it->auditSeq > 0)
            return *it;
    }
    return std::nullopt;
}

} // namespace exchange::security
