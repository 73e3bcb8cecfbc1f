// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

namespace concord {

// The project lock: whoever changes a shared file of a project (project.json, items.jsonl, or
// several files at once through StagedCommit) holds it for the whole read-modify-write, so no
// writer ever overwrites another's change with a stale copy. It is an OFD write lock (fcntl
// F_OFD_SETLK) on project.lock in the project folder: it excludes other processes and other
// threads of this process alike, the kernel drops it when its holder dies (a dead writer never
// blocks), and NFS and SMB clients forward it to the server. The holder writes who it is into
// the file, so a writer kept waiting is told by whom. Taking the lock also finishes or discards
// what a writer killed mid-way left behind. See docs/storage.md, "Shared state and the project
// lock". Acquiring it again on a thread that already holds it for the same folder nests.
// Move-only; released when destroyed, on the thread that acquired it.
class ProjectLock
{
public:
    // Waits at most `timeoutMs` for the lock (negative: defaultTimeoutMs()); on timeout the error
    // names the holder. The project folder must exist.
    static Expected<ProjectLock> acquire(const QString &projectRoot, int timeoutMs = -1);
    // 30 s, or CONCORD_LOCK_TIMEOUT seconds when that environment variable is set.
    static int defaultTimeoutMs();
    // The lock file of a project folder.
    static QString lockFile(const QString &projectRoot);

    ProjectLock(ProjectLock &&other) noexcept;
    ProjectLock &operator=(ProjectLock &&) = delete;
    ProjectLock(const ProjectLock &) = delete;
    ~ProjectLock();

private:
    ProjectLock(QString root, int fd);

    QString m_root;
    int m_fd = -1; // -1: a nested acquisition, the outer one holds the lock
    bool m_active = true;
};

} // namespace concord
