// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/journalwriter.h"

#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace concord {

JournalWriter::JournalWriter(QString path, int fd)
    : m_path(std::move(path))
    , m_fd(fd)
{}

JournalWriter::~JournalWriter()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Expected<std::unique_ptr<JournalWriter>> JournalWriter::create(const QString &path)
{
    const QString directory = QFileInfo(path).absolutePath();
    const bool directoryIsNew = !QFileInfo::exists(directory);
    if (!QDir().mkpath(directory))
        return FileError{directory, concord::tr("cannot create the journal folder")};
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return FileError{path, concord::tr("cannot create journal: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    // The new file's directory entry (and a new folder's) must survive a power cut too.
    if (MaybeError error = syncDirectory(directory)) {
        ::close(fd);
        return *error;
    }
    if (directoryIsNew) {
        if (MaybeError error = syncDirectory(QFileInfo(directory).absolutePath())) {
            ::close(fd);
            return *error;
        }
    }
    return std::unique_ptr<JournalWriter>(new JournalWriter(path, fd));
}

MaybeError JournalWriter::append(JournalEvent &event)
{
    if (m_broken)
        return FileError{m_path, concord::tr("journal is unusable after an earlier write error")};
    event.seq = m_sequence + 1;
    std::string line = serializeJournalLine(event, m_previousLineHash);
    const std::string lineHash = hashJournalLine(line.data(), line.size());
    line += '\n';

    size_t written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(m_fd, line.data() + written, line.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            // Roll back a partial line so the journal stays well-formed for the next append.
            if (::ftruncate(m_fd, m_size) != 0)
                m_broken = true;
            return FileError{m_path, concord::tr("cannot write journal: %1").arg(reason)};
        }
        written += size_t(n);
    }
    // fdatasync suffices: the size change is data-relevant metadata, so it is flushed too.
    if (::fdatasync(m_fd) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        m_broken = true; // after a failed sync the kernel may have dropped the pages
        return FileError{m_path, concord::tr("cannot flush journal to disk: %1").arg(reason)};
    }
    m_size += qint64(line.size());
    m_sequence = event.seq;
    m_previousLineHash = lineHash;
    return std::nullopt;
}

} // namespace concord
