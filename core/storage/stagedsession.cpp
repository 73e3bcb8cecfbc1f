// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/stagedsession.h"

#include "core/model/session.h"
#include "core/storage/atomicfile.h"
#include "core/storage/journalhead.h"
#include "core/storage/projectlock.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
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

StagedSession::StagedSession(const ProjectFolder &folder, const QString &annotatorId,
                             int guidelineVersion)
    : m_folder(folder)
    , m_annotatorId(annotatorId)
    , m_sessionId(Session::makeId(QDateTime::currentDateTimeUtc()))
    , m_guidelineVersion(guidelineVersion)
{
    JournalEvent start;
    start.op = ops::SessionStart;
    start.data = Json{{"mode", toStd(sessionModeKey(SessionMode::Labeling))}};
    recordEarlierSessions(m_folder, m_annotatorId, start.data);
    append(std::move(start));
}

void StagedSession::append(JournalEvent event)
{
    event.seq = ++m_sequence;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.annotatorId = m_annotatorId;
    event.sessionId = m_sessionId;
    event.guidelineVersion = m_guidelineVersion;
    const std::string line = serializeJournalLine(event, m_lastLineHash);
    m_lastLineHash = hashJournalLine(line.data(), line.size());
    m_lines.append(line.data(), qsizetype(line.size()));
    m_lines.append('\n');
}

// Writes `contents` to a new file and flushes it to disk; the file is removed on failure.
static MaybeError writeNewFile(const QString &path, const QByteArray &contents)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return FileError{path, concord::tr("cannot create: %1").arg(systemError())};
    qint64 written = 0;
    while (written < contents.size()) {
        const ssize_t n =
            ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = systemError();
            ::close(fd);
            ::unlink(name.constData());
            return FileError{path, concord::tr("cannot write: %1").arg(reason)};
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const QString reason = systemError();
        ::close(fd);
        ::unlink(name.constData());
        return FileError{path, concord::tr("cannot flush to disk: %1").arg(reason)};
    }
    ::close(fd);
    return std::nullopt;
}

MaybeError StagedSession::commit()
{
    JournalEvent end;
    end.op = ops::SessionEnd;
    append(std::move(end));

    // Under the project lock: whoever takes it next removes journal/.*.jsonl.tmp-* files as
    // abandoned, so the temporary file below must never exist while another writer holds it.
    Expected<ProjectLock> lock = ProjectLock::acquire(m_folder.root());
    if (!lock)
        return lock.error();

    // The temporary file is hidden and outside every annotator's folder, so nothing reads it
    // as a session; it has the .tmp- form of the project's other temporary files.
    const QString journalRoot = m_folder.journalRoot();
    const QString staged = journalRoot + QStringLiteral("/.") + m_annotatorId + QLatin1Char('-') +
                           m_sessionId + QStringLiteral(".jsonl.tmp-") +
                           QString::number(QRandomGenerator::global()->generate(), 16);
    if (!QDir().mkpath(journalRoot))
        return FileError{journalRoot, concord::tr("cannot create the journal folder")};
    if (MaybeError error = writeNewFile(staged, m_lines))
        return error;
    auto discard = [&] { QFile::remove(staged); };

    const QString directory = m_folder.annotatorJournalDir(m_annotatorId);
    if (!QFileInfo(directory).isDir()) {
        if (!QDir().mkpath(directory)) {
            discard();
            return FileError{directory, concord::tr("cannot create the journal folder")};
        }
        if (MaybeError error = syncDirectory(journalRoot)) {
            discard();
            return error;
        }
    }
    const QString target = m_folder.sessionJournalFile(m_annotatorId, m_sessionId);
    // The session id is new (time and a random suffix), so the rename replaces nothing.
    const bool taken = QFileInfo::exists(target);
    if (taken || ::rename(QFile::encodeName(staged).constData(),
                          QFile::encodeName(target).constData()) != 0) {
        const QString reason = taken ? concord::tr("it exists") : systemError();
        discard();
        return FileError{target, concord::tr("cannot create the session journal: %1").arg(reason)};
    }
    if (MaybeError error = syncDirectory(directory))
        return error;
    if (MaybeError error = syncDirectory(journalRoot))
        return error;
    return writeHeadManifest(m_folder, m_annotatorId, {m_sessionId, m_sequence, m_lastLineHash});
}

} // namespace concord
