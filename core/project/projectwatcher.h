// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/projectfolder.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace concord {

// Notices what other writers (processes on this machine or, through the file system, on
// others) change in a project folder, so that an open window shows it without a restart:
// project.json and items.jsonl (replaced by rename, seen as a change of the project folder),
// new annotators and sessions (changes of journal/ and journal/<annotator>/), and lines
// appended to each annotator's newest session, the one a live writer appends to. Bursts are
// coalesced into one changed() signal. Lives on the thread that owns the Workspace.
//
// File-system events do not arrive for writes made on another host of a network file system
// (NFS, SMB) nor on some FUSE mounts, so the watcher also polls: every pollInterval() it
// compares the sizes and modification times of what it watches, and the listings of the
// journal folders, with what it saw last (docs/storage.md, "Live teams").
class ProjectWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Notice {
        EventsAndPolling, // the default
        PollingOnly,      // no file-system events: what a network file system gives (tests)
    };

    explicit ProjectWatcher(const ProjectFolder &folder, QObject *parent = nullptr,
                            Notice notice = Notice::EventsAndPolling);

    // Two seconds by default: a stat of a few files, cheap on any file system, and well within
    // the "within seconds" a team on a shared folder expects.
    std::chrono::milliseconds pollInterval() const;
    void setPollInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    // `sharedFiles`: project.json or items.jsonl may have changed; `annotatorIds`: whose
    // journals may have.
    void changed(bool sharedFiles, const QStringList &annotatorIds);

private:
    void watchJournals();
    void directoryChanged(const QString &path);
    void fileChanged(const QString &path);
    void emitChanges();
    void poll();
    // What the poll compares: per annotator id, the name, size and modification time of every
    // file in their journal folder; under the empty id the project's shared files.
    QHash<QString, QByteArray> fingerprint() const;

    ProjectFolder m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_coalesce;
    bool m_started = false; // what is there at construction is already read
    bool m_sharedFilesChanged = false;
    QSet<QString> m_changedAnnotators;
    QTimer m_poll;
    QHash<QString, QByteArray> m_lastFingerprint;
};

} // namespace concord
