// The signer's journal file on its own: records survive a reopen as
// written, every line chains to the one before it (an edited, removed or
// foreign line refuses the file), a torn last line (a kill mid-write) is
// dropped with a warning and cut off before the next append, and the file
// and its folder are private.

#include "core/security/signerjournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using exchange::ErrorCode;
using exchange::security::SignerJournal;
using exchange::security::SignerRecord;

namespace {

const QString kExchange = QStringLiteral("0123456789abcdef0123456789abcdef");

SignerRecord record(std::int64_t withdrawal, std::int64_t sequence)
{
    SignerRecord r;
    r.withdrawalId = withdrawal;
    r.chain = "stellar";
    r.asset = "XLM";
    r.amount = "250.0000001";
    r.destination = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";
    r.source = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
    r.txid = "tx-" + std::to_string(withdrawal) + "-" + std::to_string(sequence);
    r.sequence = sequence;
    r.atMs = 1'700'000'000'000 + withdrawal;
    r.auditSeq = 40 + withdrawal;
    r.auditHash = std::string(64, 'a');
    return r;
}

QList<QByteArray> linesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString &path, const QList<QByteArray> &lines, const QByteArray &tail = {})
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray &line : lines)
        f.write(line + '\n');
    f.write(tail);
}

} // namespace

class TestSignerJournal : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void recordsSurviveAReopenAsWritten();
    void theFileAndItsFolderArePrivate();
    void aTornLastLineIsIgnoredAndCutBeforeTheNextAppend();
    void aLineEditedInTheMiddleRefusesTheFile();
    void aLineRemovedFromTheMiddleRefusesTheFile();
    void anotherExchangesJournalIsRefused();
    void appendsOfAnotherWriterAreSeenAndChained();
    void noJournalIsNothingToRead();
    void theDirectoryComesFromTheEnvironment();
    void thePinnedKeyIsRememberedInTheChain();

private:
    QString path() const { return m_dir->path() + QStringLiteral("/journals/") + kExchange + QStringLiteral(".journal"); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSignerJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSignerJournal::recordsSurviveAReopenAsWritten()
{
    {
        auto journal = SignerJournal::open(path(), kExchange);
        QVERIFY2(journal.ok(), journal.ok() ? "" : journal.error().message.c_str());
        QVERIFY(journal.value().records().empty());
        QVERIFY(journal.value().append(record(7, 101)).ok());
        QVERIFY(journal.value().append(record(8, 102)).ok());
    }
    auto again = SignerJournal::open(path(), kExchange);
    QVERIFY(again.ok());
    const auto &records = again.value().records();
    QCOMPARE(records.size(), std::size_t(2));
    const SignerRecord expected = record(8, 102);
    const SignerRecord &read = records.back();
    QCOMPARE(read.withdrawalId, expected.withdrawalId);
    QCOMPARE(read.chain, expected.chain);
    QCOMPARE(read.asset, expected.asset);
    QCOMPARE(read.amount, expected.amount);
    QCOMPARE(read.destination, expected.destination);
    QCOMPARE(read.source, expected.source);
    QCOMPARE(read.txid, expected.txid);
    QCOMPARE(read.sequence, expected.sequence);
    QCOMPARE(read.atMs, expected.atMs);
    QCOMPARE(read.auditSeq, expected.auditSeq);
    QCOMPARE(read.auditHash, expected.auditHash);
    QCOMPARE(again.value().forWithdrawal(7).size(), std::size_t(1));
    QVERIFY(again.value().byTxid("tx-7-101").has_value());
    QVERIFY(!again.value().byTxid("tx-9-103").has_value());
    QCOMPARE(again.value().lastAuditHead()->auditSeq, std::int64_t(48));
    QVERIFY(again.value().warnings().empty());
    // A header and one line per record.
    QCOMPARE(linesOf(path()).size(), 3);
}

void TestSignerJournal::theFileAndItsFolderArePrivate()
{
    QVERIFY(SignerJournal::open(path(), kExchange).ok());
    struct stat file {};
    struct stat folder {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &file), 0);
    QCOMPARE(::stat(QFile::encodeName(m_dir->path() + QStringLiteral("/journals")).constData(), &folder), 0);
    QCOMPARE(file.st_mode & 0777, 0600u);
    QCOMPARE(folder.st_mode & 0777, 0700u);
}

void TestSignerJournal::aTornLastLineIsIgnoredAndCutBeforeTheNextAppend()
{
    {
        auto journal = SignerJournal::open(path(), kExchange);
        QVERIFY(journal.ok());
        QVERIFY(journal.value().append(record(7, 101)).ok());
        QVERIFY(journal.value().append(record(8, 102)).ok());
    }
    // Killed while writing the third record: half a line, no newline.
    QList<QByteArray> lines = linesOf(path());
    const QByteArray whole = lines.takeLast();
    writeLines(path(), lines, whole.left(whole.size() / 2));

    auto journal = SignerJournal::open(path(), kExchange);
    QVERIFY2(journal.ok(), journal.ok() ? "" : journal.error().message.c_str());
    QCOMPARE(journal.value().records().size(), std::size_t(1));
    QCOMPARE(journal.value().warnings().size(), std::size_t(1));
    QVERIFY(journal.value().warnings().front().find("torn") != std::string::npos);
    QVERIFY(journal.value().append(record(9, 103)).ok());

    auto reread = SignerJournal::open(path(), kExchange);
    QVERIFY2(reread.ok(), reread.ok() ? "" : reread.error().message.c_str());
    QVERIFY(reread.value().warnings().empty());
    QCOMPARE(reread.value().records().size(), std::size_t(2));
    QCOMPARE(reread.value().records().back().txid, std::string("tx-9-103"));
}

void TestSignerJournal::aLineEditedInTheMiddleRefusesTheFile()
{
    {
        auto journal = SignerJournal::open(path(), kExchange);
        QVERIFY(journal.ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(journal.value().append(record(i, 100 + i)).ok());
    }
    QList<QByteArray> lines = linesOf(path());
    QCOMPARE(lines.size(), 4);
    // Still valid JSON, another txid: only the chain can tell.
    lines[2].replace("tx-2-102", "tx-2-999");
    writeLines(path(), lines);
    auto journal = SignerJournal::open(path(), kExchange);
    QVERIFY(!journal.ok());
    QCOMPARE(journal.error().code, ErrorCode::Corrupted);
    QVERIFY2(journal.error().message.find("line 4") != std::string::npos, journal.error().message.c_str());
    auto existing = SignerJournal::openExisting(path(), kExchange);
    QVERIFY(!existing.ok());
    QCOMPARE(existing.error().code, ErrorCode::Corrupted);
}

void TestSignerJournal::aLineRemovedFromTheMiddleRefusesTheFile()
{
    {
        auto journal = SignerJournal::open(path(), kExchange);
        QVERIFY(journal.ok());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(journal.value().append(record(i, 100 + i)).ok());
    }
    QList<QByteArray> lines = linesOf(path());
    lines.removeAt(2);
    writeLines(path(), lines);
    auto journal = SignerJournal::open(path(), kExchange);
    QVERIFY(!journal.ok());
    QCOMPARE(journal.error().code, ErrorCode::Corrupted);
    QVERIFY2(journal.error().message.find("does not follow") != std::string::npos, journal.error().message.c_str());
}

void TestSignerJournal::anotherExchangesJournalIsRefused()
{
    QVERIFY(SignerJournal::open(path(), kExchange).ok());
    auto other = SignerJournal::open(path(), QStringLiteral("ffffffffffffffffffffffffffffffff"));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Corrupted);
}

void TestSignerJournal::appendsOfAnotherWriterAreSeenAndChained()
{
    auto first = SignerJournal::open(path(), kExchange);
    auto second = SignerJournal::open(path(), kExchange);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value().append(record(1, 101)).ok());
    QVERIFY(second.value().append(record(2, 102)).ok()); // reads the first's line before writing its own
    QVERIFY(second.value().byTxid("tx-1-101").has_value());
    QVERIFY(first.value().refresh().ok());
    QCOMPARE(first.value().records().size(), std::size_t(2));
    auto reread = SignerJournal::open(path(), kExchange);
    QVERIFY2(reread.ok(), reread.ok() ? "" : reread.error().message.c_str());
    QCOMPARE(reread.value().records().size(), std::size_t(2));
}

void TestSignerJournal::noJournalIsNothingToRead()
{
    auto none = SignerJournal::openExisting(path(), kExchange);
    QVERIFY(none.ok());
    QVERIFY(!none.value().has_value());
    QVERIFY(!QFile::exists(path()));
}

void TestSignerJournal::theDirectoryComesFromTheEnvironment()
{
    const QByteArray saved = qgetenv("EXCHANGE_SIGNER_JOURNAL_DIR");
    qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", m_dir->path().toUtf8());
    QCOMPARE(SignerJournal::directory(), m_dir->path());
    QCOMPARE(SignerJournal::pathFor(SignerJournal::directory(), kExchange), m_dir->path() + QLatin1Char('/') + kExchange + QStringLiteral(".journal"));
    qunsetenv("EXCHANGE_SIGNER_JOURNAL_DIR");
    QVERIFY(SignerJournal::directory().endsWith(QStringLiteral("/signer-journal")));
    if (!saved.isEmpty())
        qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", saved);
}


// The admin key the vault pins is written down as a line of the chain: the
// newest one is what the signer remembers, and it cannot be edited.
void TestSignerJournal::thePinnedKeyIsRememberedInTheChain()
{
    const std::string first(64, 'a');
    const std::string second = std::string(32, '0') + std::string(32, 'f');
    {
        auto journal = SignerJournal::open(path(), kExchange);
        QVERIFY(journal.ok());
        QVERIFY(!journal.value().anchor().has_value());
        QVERIFY(journal.value().append(record(7, 101)).ok());
        QVERIFY(journal.value().appendAnchor(first, 1'700'000'000'000).ok());
        QVERIFY(journal.value().append(record(8, 102)).ok());
        QVERIFY(journal.value().appendAnchor(second, 1'700'000'000'500).ok());
        QCOMPARE(journal.value().anchor().value(), second);
        // Not a key: refused, nothing written.
        const auto refused = journal.value().appendAnchor("not a key", 1'700'000'001'000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        const auto upper = journal.value().appendAnchor(std::string(64, 'A'), 1'700'000'001'000);
        QVERIFY(!upper.ok());
    }
    auto again = SignerJournal::open(path(), kExchange);
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
    QCOMPARE(again.value().anchor().value(), second);
    QCOMPARE(again.value().records().size(), std::size_t(2));
    QCOMPARE(linesOf(path()).size(), 5);

    // Another key written over the first anchor: the line after it no longer follows.
    QList<QByteArray> lines = linesOf(path());
    lines[2].replace(QByteArray::fromStdString(first), QByteArray::fromStdString(second));
    writeLines(path(), lines);
    auto broken = SignerJournal::open(path(), kExchange);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, ErrorCode::Corrupted);
    QVERIFY2(broken.error().message.find("line 4") != std::string::npos, broken.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestSignerJournal)
#include "tst_signerjournal.moc"
