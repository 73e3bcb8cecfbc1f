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

namespace {

// A new file beside `path` (same folder, so a rename or link into place never crosses file
// systems), created with O_EXCL so it is never an existing file or a planted link. Closed and
// removed when it goes out of scope unless kept().
class TemporaryBeside
{
public:
    explicit TemporaryBeside(const QString &path)
        : m_directory(QFileInfo(path).absolutePath())
        , m_name(QFile::encodeName(m_directory + QStringLiteral("/.") + QFileInfo(path).fileName() +
                                   QStringLiteral(".tmp-") +
                                   QString::number(QRandomGenerator::global()->generate(), 16)))
        , m_fd(::open(m_name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644))
        , m_created(m_fd >= 0)
    {}
    TemporaryBeside(const TemporaryBeside &) = delete;
    TemporaryBeside &operator=(const TemporaryBeside &) = delete;
    ~TemporaryBeside()
    {
        close();
        if (m_created && !m_kept)
            ::unlink(m_name.constData());
    }

    bool isOpen() const { return m_fd >= 0; }
    const QString &directory() const { return m_directory; }
    const QByteArray &name() const { return m_name; }
    // Writes all of `data`, retrying when interrupted; false (errno set) on failure.
    bool write(const char *data, qint64 size) const
    {
        for (qint64 written = 0; written < size;) {
            const ssize_t n = ::write(m_fd, data + written, size_t(size - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return false;
            written += n;
        }
        return true;
    }
    bool flush() const { return ::fsync(m_fd) == 0; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    // The file was renamed into place: nothing is left to remove.
    void kept() { m_kept = true; }

private:
    QString m_directory;
    QByteArray m_name;
    int m_fd;
    bool m_created;
    bool m_kept = false;
};

} // namespace

// Puts `contents` into a new temporary file beside `path`, flushed to disk and closed; errors
// name `path`, the file the caller is writing.
static MaybeError writeTemporary(TemporaryBeside &temporary, const QString &path,
                                 const QByteArray &contents)
{
    if (!temporary.isOpen() || !temporary.write(contents.constData(), contents.size()))
        return errorFor(path, concord::tr("cannot write: %1").arg(systemError()));
    if (!temporary.flush())
        return errorFor(path, concord::tr("cannot flush to disk: %1").arg(systemError()));
    temporary.close();
    return std::nullopt;
}

MaybeError writeFileAtomically(const QString &path, const QByteArray &contents)
{
    TemporaryBeside temporary(path);
    if (MaybeError error = writeTemporary(temporary, path, contents))
        return error;
    if (::rename(temporary.name().constData(), QFile::encodeName(path).constData()) != 0)
        return errorFor(path, concord::tr("cannot replace file: %1").arg(systemError()));
    temporary.kept();
    return syncDirectory(temporary.directory());
}

// Gives a flushed and closed temporary file the name `destination` unless that name is taken:
// link() fails rather than replace, so a writer that got there first keeps its file. The
// temporary name is removed either way (by TemporaryBeside).
static Expected<bool> linkIntoPlace(const TemporaryBeside &temporary, const QString &destination)
{
    if (::link(temporary.name().constData(), QFile::encodeName(destination).constData()) != 0) {
        if (errno == EEXIST)
            return false;
        return errorFor(destination, concord::tr("cannot create: %1").arg(systemError()));
    }
    if (MaybeError synced = syncDirectory(temporary.directory()))
        return *synced;
    return true;
}

Expected<bool> writeNewFileDurably(const QString &path, const QByteArray &contents)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return false;
    TemporaryBeside temporary(path);
    if (MaybeError error = writeTemporary(temporary, path, contents))
        return *error;
    return linkIntoPlace(temporary, path);
}

Expected<bool> copyFileDurably(const QString &source, const QString &destination,
                               const QString &expectedSha256)
{
    if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
        return false;
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly))
        return FileError{source, concord::tr("cannot read: %1").arg(input.errorString())};
    TemporaryBeside temporary(destination);
    if (!temporary.isOpen())
        return errorFor(destination, concord::tr("cannot write: %1").arg(systemError()));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = input.read(chunk.data(), chunk.size());
        if (n < 0)
            return errorFor(source, concord::tr("cannot read: %1").arg(input.errorString()));
        if (n == 0)
            break;
        if (!temporary.write(chunk.constData(), n))
            return errorFor(destination, concord::tr("cannot write: %1").arg(systemError()));
    }
    if (!temporary.flush())
        return errorFor(destination, concord::tr("cannot flush to disk: %1").arg(systemError()));
    temporary.close();
    // Hash what reached the disk, not what was read: a source changed or a disk that lies
    // shows up here, before the copy is given its name.
    if (!fileHasSha256(QFile::decodeName(temporary.name()), expectedSha256))
        return errorFor(source, concord::tr("changed while it was being copied; import it again"));
    return linkIntoPlace(temporary, destination);
}

Expected<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, concord::tr("cannot read: %1").arg(file.errorString())};
    return file.readAll();
}

} // namespace concord
