// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace concord {

// Changes several files of a project all at once or not at all (merging a copy, importing a
// session archive). Each new version is first written into a staging folder inside the project
// (".staging-<random>/", same file system, so renames are atomic) and flushed to disk. commit()
// then writes the list of moves (the commit point) and renames each file into place, syncing
// every folder it touched. Until the commit point the project is untouched: a failure, or a
// kill, leaves only the staging folder, which the next holder of the project lock deletes. A
// kill after it is finished by the next holder of the lock, which replays the list.
// The caller holds the ProjectLock from begin() to commit(). Destroying an uncommitted one
// removes its staging folder. One thread; move-only.
class StagedCommit
{
public:
    static Expected<StagedCommit> begin(const QString &projectRoot);
    StagedCommit(StagedCommit &&other) noexcept;
    StagedCommit &operator=(StagedCommit &&) = delete;
    StagedCommit(const StagedCommit &) = delete;
    ~StagedCommit();

    // Writes `contents` as the next version of `relativePath` (e.g. "journal/anna/x.jsonl").
    // Files are moved into place in the order they were staged.
    MaybeError stage(const QString &relativePath, const QByteArray &contents);
    bool isEmpty() const { return m_moves.empty(); }
    MaybeError commit();

    // Finishes the committed staging folders in `projectRoot` and deletes the others. Called by
    // ProjectLock::acquire, with the lock held.
    static void recoverInterrupted(const QString &projectRoot);

private:
    StagedCommit(QString root, QString directory);

    QString m_root;
    QString m_directory;                              // empty once committed or moved from
    std::vector<std::pair<QString, QString>> m_moves; // staged file name, target relative path
};

} // namespace concord
