// durablefile: the private, whole-or-absent files of backups and restores.
// A new file is 0600 whatever the umask; the rename into place never
// replaces a file (a backup's target that appears during the copy), except
// a zero-byte one when asked (a restore's target made by touch).

#include "core/store/durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace exchange;

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

} // namespace

class TestDurableFile : public QObject
{
    Q_OBJECT
private slots:
    void createsPrivateFilesWhateverTheUmask();
    void thePartialFileLiesBesideTheTarget();
    void neverReplacesAFile();
    void replacesAZeroByteFileOnlyWhenAsked();

private:
    QTemporaryDir m_dir;
};

void TestDurableFile::createsPrivateFilesWhateverTheUmask()
{
    const mode_t saved = ::umask(0);
    const QString path = m_dir.filePath(QStringLiteral("private.db"));
    const auto created = durablefile::createPrivate(path);
    ::umask(saved);
    QVERIFY2(created, created ? "" : created.error().message.c_str());
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(QFile(path).size(), 0);
    // Twice: refused, as a conflict.
    const auto again = durablefile::createPrivate(path);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

void TestDurableFile::thePartialFileLiesBesideTheTarget()
{
    const QString target = m_dir.filePath(QStringLiteral("exchange.db"));
    const QString partial = durablefile::partialPathFor(target);
    QCOMPARE(QFileInfo(partial).absolutePath(), QFileInfo(target).absolutePath());
    QVERIFY(QFileInfo(partial).fileName().startsWith(QStringLiteral(".exchange.db.partial-")));
}

void TestDurableFile::neverReplacesAFile()
{
    const QString from = m_dir.filePath(QStringLiteral("new-backup"));
    const QString to = m_dir.filePath(QStringLiteral("old-backup"));
    QVERIFY(write(from, "new"));
    QVERIFY(write(to, "old"));
    for (const bool replaceEmpty : {false, true}) {
        const auto moved = durablefile::moveIntoPlace(from, to, replaceEmpty);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::Conflict);
        QCOMPARE(read(to), QByteArray("old"));
        QCOMPARE(read(from), QByteArray("new"));
    }
    // A free name: the file moves, and is not left under its old name.
    const QString free = m_dir.filePath(QStringLiteral("free"));
    QVERIFY(durablefile::moveIntoPlace(from, free, false));
    QCOMPARE(read(free), QByteArray("new"));
    QVERIFY(!QFile::exists(from));
}

void TestDurableFile::replacesAZeroByteFileOnlyWhenAsked()
{
    const QString from = m_dir.filePath(QStringLiteral("restored"));
    const QString to = m_dir.filePath(QStringLiteral("touched"));
    QVERIFY(write(from, "exchange"));
    QVERIFY(write(to, ""));
    QVERIFY(!durablefile::moveIntoPlace(from, to, false));
    QCOMPARE(read(to), QByteArray());
    QVERIFY(durablefile::moveIntoPlace(from, to, true));
    QCOMPARE(read(to), QByteArray("exchange"));
    QVERIFY(!QFile::exists(from));
}

QTEST_GUILESS_MAIN(TestDurableFile)
#include "tst_durablefile.moc"
