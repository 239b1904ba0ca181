#include "core/store/durablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace exchange::durablefile {

namespace {

Result<void> syncPath(const QString &path, int flags)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return Error{ErrorCode::Unavailable, "cannot open " + path.toStdString() + ": " + std::strerror(errno)};
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced)
        return Error{ErrorCode::Unavailable, "cannot flush " + path.toStdString() + " to the disk: " + std::strerror(error)};
    return {};
}

} // namespace

QString partialPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName()
           + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
}

Result<void> createPrivate(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{errno == EEXIST ? ErrorCode::Conflict : ErrorCode::Unavailable,
                     "cannot create " + path.toStdString() + ": " + std::strerror(errno)};
    // The umask may have taken bits away, never added them; this is for
    // file systems that ignore the mode given to open().
    const bool private_ = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    if (!private_) {
        ::unlink(name.constData());
        return Error{ErrorCode::Unavailable, "cannot make " + path.toStdString() + " readable by its owner only"};
    }
    return {};
}

Result<void> sync(const QString &path)
{
    if (auto file = syncPath(path, O_RDONLY); !file)
        return file;
    return syncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

Result<void> moveIntoPlace(const QString &from, const QString &to, bool replaceEmpty)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    // A hard link fails when the name is taken, atomically; the rename
    // that follows could not.
    // File systems without hard links (FAT on a USB stick) rename without
    // replacing instead.
    int linked = ::link(source.constData(), target.constData());
    if (linked == 0)
        ::unlink(source.constData());
    else if (errno == EPERM || errno == EOPNOTSUPP)
        linked = ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (linked != 0) {
        if (errno != EEXIST)
            return Error{ErrorCode::Unavailable, "cannot put " + to.toStdString() + " in place: " + std::strerror(errno)};
        struct stat existing {};
        if (!replaceEmpty || ::stat(target.constData(), &existing) != 0 || !S_ISREG(existing.st_mode)
            || existing.st_size != 0)
            return Error{ErrorCode::Conflict, to.toStdString() + " exists"};
        if (::rename(source.constData(), target.constData()) != 0)
            return Error{ErrorCode::Unavailable, "cannot rename " + from.toStdString() + " to " + to.toStdString() + ": "
                                                     + std::strerror(errno)};
    }
    return syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace exchange::durablefile
