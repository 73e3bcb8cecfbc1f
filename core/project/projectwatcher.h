// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/projectfolder.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace concord {

// Notices what other writers (processes on this machine or, through the file system, on
// others) change in a project folder, so that an open window shows it without a restart:
// project.json and items.jsonl (replaced by rename, seen as a change of the project folder),
// new annotators and sessions (changes of journal/ and journal/<annotator>/), and lines
// appended to each annotator's newest session, the one a live writer appends to. Bursts are
// coalesced into one changed() signal. Lives on the thread that owns the Workspace.
class ProjectWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ProjectWatcher(const ProjectFolder &folder, QObject *parent = nullptr);

Q_SIGNALS:
    // `sharedFiles`: project.json or items.jsonl may have changed; `annotatorIds`: whose
    // journals may have.
    void changed(bool sharedFiles, const QStringList &annotatorIds);

private:
    void watchJournals();
    void directoryChanged(const QString &path);
    void fileChanged(const QString &path);
    void emitChanges();

    ProjectFolder m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_coalesce;
    bool m_started = false; // what is there at construction is already read
    bool m_sharedFilesChanged = false;
    QSet<QString> m_changedAnnotators;
};

} // namespace concord
