// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/atomicfile.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace concord {

static QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

static FileError errorFor(const QString &path, const QString &what)
{
    return FileError{path, what};
}

MaybeError syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return errorFor(directory, concord::tr("cannot open folder: %1").arg(systemError()));
    const int result = ::fsync(fd);
    ::close(fd);
    if (result != 0)
        return errorFor(directory, concord::tr("cannot sync folder: %1").arg(systemError()));
    return std::nullopt;
}

MaybeError writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QFileInfo info(path);
    const QString directory = info.absolutePath();
    const QString temporary = directory + QStringLiteral("/.") + info.fileName() +
                              QStringLiteral(".tmp-") +
                              QString::number(QRandomGenerator::global()->generate(), 16);
    const QByteArray temporaryName = QFile::encodeName(temporary);

    const int fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return errorFor(path, concord::tr("cannot write: %1").arg(systemError()));
    qint64 written = 0;
    while (written < contents.size()) {
        const ssize_t n =
            ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const QString reason = systemError();
            ::close(fd);
            ::unlink(temporaryName.constData());
            return errorFor(path, concord::tr("cannot write: %1").arg(reason));
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const QString reason = systemError();
        ::close(fd);
        ::unlink(temporaryName.constData());
        return errorFor(path, concord::tr("cannot flush to disk: %1").arg(reason));
    }
    ::close(fd);
    if (::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = systemError();
        ::unlink(temporaryName.constData());
        return errorFor(path, concord::tr("cannot replace file: %1").arg(reason));
    }
    return syncDirectory(directory);
}

Expected<bool> copyFileDurably(const QString &source, const QString &destination,
                               const QString &expectedSha256)
{
    if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
        return false;
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly))
        return FileError{source, concord::tr("cannot read: %1").arg(input.errorString())};
    const QFileInfo info(destination);
    const QString directory = info.absolutePath();
    const QString temporary = directory + QStringLiteral("/.") + info.fileName() +
                              QStringLiteral(".tmp-") +
                              QString::number(QRandomGenerator::global()->generate(), 16);
    const QByteArray temporaryName = QFile::encodeName(temporary);
    const int fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return errorFor(destination, concord::tr("cannot write: %1").arg(systemError()));
    auto fail = [&](const QString &path, const QString &what) -> Expected<bool> {
        ::close(fd);
        ::unlink(temporaryName.constData());
        return errorFor(path, what);
    };
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = input.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(source, concord::tr("cannot read: %1").arg(input.errorString()));
        if (n == 0)
            break;
        for (qint64 written = 0; written < n;) {
            const ssize_t w = ::write(fd, chunk.constData() + written, size_t(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0)
                return fail(destination, concord::tr("cannot write: %1").arg(systemError()));
            written += w;
        }
    }
    if (::fsync(fd) != 0)
        return fail(destination, concord::tr("cannot flush to disk: %1").arg(systemError()));
    ::close(fd);
    // Hash what reached the disk, not what was read: a source changed or a disk that lies
    // shows up here, before the copy is given its name.
    QFile written(temporary);
    const std::optional<std::string> hash =
        written.open(QIODevice::ReadOnly) ? sha256Hex(written) : std::nullopt;
    written.close();
    if (!hash || QString::fromStdString(*hash) != expectedSha256) {
        ::unlink(temporaryName.constData());
        return errorFor(source, concord::tr("changed while it was being copied; import it again"));
    }
    // link() fails rather than replace: another import that got there first keeps its file.
    const int linked =
        ::link(temporaryName.constData(), QFile::encodeName(destination).constData());
    const int linkError = errno;
    ::unlink(temporaryName.constData());
    if (linked != 0) {
        if (linkError == EEXIST)
            return false;
        errno = linkError;
        return errorFor(destination, concord::tr("cannot create: %1").arg(systemError()));
    }
    if (MaybeError synced = syncDirectory(directory))
        return *synced;
    return true;
}

Expected<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, concord::tr("cannot read: %1").arg(file.errorString())};
    return file.readAll();
}

} // namespace concord
