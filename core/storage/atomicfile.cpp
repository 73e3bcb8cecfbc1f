// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/atomicfile.h"
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

Expected<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, concord::tr("cannot read: %1").arg(file.errorString())};
    return file.readAll();
}

} // namespace concord
