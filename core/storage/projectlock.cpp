// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectlock.h"

#include "core/storage/jsonsupport.h"
#include "core/storage/stagedcommit.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSysInfo>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <thread>
#include <unistd.h>

namespace concord {

// Folders this thread holds the lock of, with how deeply: a nested acquisition must not wait
// for itself (an OFD lock taken twice through two descriptors conflicts with itself).
static thread_local QHash<QString, int> heldByThisThread;

// A temporary file of writeFileAtomically older than this, in blobs/, belongs to a writer that
// died: live writes take milliseconds. Blobs are written by sessions without the lock, so a
// young one may be in flight.
static constexpr qint64 AbandonedBlobTemporarySeconds = 3600;

static QString userName()
{
    QString fromEnvironment = qEnvironmentVariable("USER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (const passwd *entry = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::getuid());
}

static QByteArray holderRecord()
{
    const Json record{{"owner", toStd(userName())},
                      {"host", toStd(QSysInfo::machineHostName())},
                      {"pid", qint64(::getpid())},
                      {"since", toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))}};
    return QByteArray::fromStdString(record.dump()) + '\n';
}

// "held by anna on ws-3 (pid 123) since 10:02:07", from what the holder wrote into the file.
static QString describeHolder(int fd)
{
    QByteArray text(4096, '\0');
    const ssize_t n = ::pread(fd, text.data(), size_t(text.size()), 0);
    try {
        const Json record = Json::parse(text.left(n > 0 ? n : 0).toStdString());
        const QDateTime since = QDateTime::fromString(optionalString(record, "since"), Qt::ISODate);
        return concord::tr("held by %1 on %2 (pid %3) since %4")
            .arg(optionalString(record, "owner"), optionalString(record, "host"))
            .arg(optionalInteger(record, "pid"))
            .arg(since.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    } catch (const std::exception &) {
        return concord::tr("held by another writer");
    }
}

// Temporary files of writeFileAtomically that a killed writer left: only our own name
// patterns, only inside the project, and in blobs/ only old ones.
static void removeAbandonedTemporaries(const QString &root)
{
    const QDir dir(root);
    for (const QString &name : dir.entryList(
             {QStringLiteral(".project.json.tmp-*"), QStringLiteral(".items.jsonl.tmp-*")},
             QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
    QDirIterator journals(root + QStringLiteral("/journal"), {QStringLiteral(".*.jsonl.tmp-*")},
                          QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (journals.hasNext())
        QFile::remove(journals.next());
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-AbandonedBlobTemporarySeconds);
    QDirIterator blobs(root + QStringLiteral("/blobs"), {QStringLiteral(".*.tmp-*")},
                       QDir::Files | QDir::Hidden);
    while (blobs.hasNext()) {
        const QString path = blobs.next();
        if (QFileInfo(path).lastModified().toUTC() < old)
            QFile::remove(path);
    }
}

int ProjectLock::defaultTimeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CONCORD_LOCK_TIMEOUT", &ok);
    return ok && seconds >= 0 ? seconds * 1000 : 30000;
}

QString ProjectLock::lockFile(const QString &projectRoot)
{
    return QDir(projectRoot).absolutePath() + QStringLiteral("/project.lock");
}

Expected<ProjectLock> ProjectLock::acquire(const QString &projectRoot, int timeoutMs)
{
    const QString root = QDir(projectRoot).absolutePath();
    if (heldByThisThread.value(root) > 0) {
        ++heldByThisThread[root];
        return ProjectLock(root, -1);
    }
    const QString path = lockFile(root);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return FileError{path, concord::tr("cannot open the project lock: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    if (timeoutMs < 0)
        timeoutMs = defaultTimeoutMs();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    // Polled rather than F_OFD_SETLKW, so that the wait is bounded without signals (which a
    // multi-threaded program cannot aim at one thread); the pause grows to 50 ms, with jitter
    // so that waiters do not retry in step.
    int pauseMs = 1;
    for (;;) {
        struct flock request = {};
        request.l_type = F_WRLCK;
        request.l_whence = SEEK_SET;
        if (::fcntl(fd, F_OFD_SETLK, &request) == 0)
            break;
        const int error = errno;
        if (error == EINTR)
            continue;
        if (error != EAGAIN && error != EACCES) {
            ::close(fd);
            return FileError{path,
                             concord::tr("cannot lock the project (does this file system support "
                                         "locks?): %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(error)))};
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            const QString holder = describeHolder(fd);
            ::close(fd);
            return FileError{path,
                             concord::tr("the project is %1; gave up after %2 s, try again when "
                                         "that writer is done")
                                 .arg(holder)
                                 .arg(timeoutMs / 1000.0)};
        }
        const int jitter = int(QRandomGenerator::global()->bounded(pauseMs + 1));
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs + jitter));
        pauseMs = std::min(50, pauseMs * 2);
    }
    const QByteArray record = holderRecord();
    // Only for messages to waiting writers: a failure here does not matter.
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const ssize_t written =
            ::pwrite(fd, record.constData(), size_t(record.size()), 0);
    }
    heldByThisThread[root] = 1;
    ProjectLock lock(root, fd);
    StagedCommit::recoverInterrupted(root);
    removeAbandonedTemporaries(root);
    return lock;
}

ProjectLock::ProjectLock(QString root, int fd)
    : m_root(std::move(root))
    , m_fd(fd)
{}

ProjectLock::ProjectLock(ProjectLock &&other) noexcept
    : m_root(std::move(other.m_root))
    , m_fd(other.m_fd)
    , m_active(other.m_active)
{
    other.m_active = false;
    other.m_fd = -1;
}

ProjectLock::~ProjectLock()
{
    if (!m_active)
        return;
    if (--heldByThisThread[m_root] <= 0)
        heldByThisThread.remove(m_root);
    if (m_fd >= 0)
        ::close(m_fd); // closing the last descriptor of the description releases the OFD lock
}

} // namespace concord
