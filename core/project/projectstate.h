// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QObject>
#include <QSet>

#include <functional>

#include <memory>
#include <vector>

namespace concord {

// The state of an open project: its folder, facts (project.json), items (items.jsonl), every
// reader's replayed annotations and the problems found opening it; and the writers of the
// shared files, each of which rewrites its file atomically before changing the state here.
// Unfiltered by blind reading: only the other parts of a Workspace and the command line reach
// it (see core/project/workspaceinternals.h); views read through VisibilityPolicy.
class ProjectState : public QObject
{
    Q_OBJECT

public:
    // Reads project.json and items.jsonl and replays every journal. Problems that do not prevent
    // opening (a torn last journal line, a bad item line) are collected in openProblems(); a
    // missing or corrupt project.json is an error.
    static Expected<std::unique_ptr<ProjectState>> open(const QString &directory);
    // Creates the project folder (which must be empty or absent) with its files, unopened. Of
    // two creators of one folder at once, one makes it and the other is told it exists.
    static MaybeError create(const QString &directory, const Project &project);

    const ProjectFolder &folder() const { return m_folder; }
    const Project &project() const { return m_project; }
    const ItemList &items() const { return m_items; }
    const AnnotationStore &store() const { return m_store; }
    const std::vector<FileError> &openProblems() const { return m_openProblems; }
    // Sessions that have no session.end and that no later session recorded: still open
    // elsewhere, or their writer was killed. Their events are replayed; not damage.
    const std::vector<FileError> &unfinishedSessions() const { return m_unfinishedSessions; }
    qint64 replayedEvents() const { return m_replayedEvents; }

    // For the parts of a Workspace that change the state (they share it by reference).
    Project &project() { return m_project; }
    AnnotationStore &store() { return m_store; }

    // The one way project.json changes (docs/storage.md, "Shared state and the project lock"):
    // under the project lock, re-reads the file, applies `change`, writes it atomically, then
    // adopts what is on disk, other writers' changes included, and signals projectChanged.
    // `change` may refuse with an error: nothing is written then.
    MaybeError updateProject(const std::function<MaybeError(Project &)> &change);

    // What other writers changed in the folder, taken in (Workspace::followChangesByOthers).
    // Re-reads project.json and items.jsonl, signalling what differs.
    void reloadSharedFiles();
    // Replays one annotator's journals afresh; returns the ids of the items whose work may
    // have changed (every item the annotator has work on before or after).
    QSet<QString> reloadAnnotatorWork(const QString &annotatorId);

    // Project facts; each change rewrites project.json atomically, under the project lock.
    MaybeError addAnnotator(const Annotator &annotator);
    // Saves a window for everyone on this project; a preset of the same name is replaced.
    MaybeError saveWindowPreset(const WindowPreset &preset);
    // Adds items not yet present (by id) and rewrites items.jsonl; returns how many were new.
    Expected<int> addItems(const std::vector<Item> &items);
    // Gives items present without pixel spacing the spacing these copies carry (the same files
    // imported again, after items began to record it), rewriting items.jsonl once; returns how
    // many items changed.
    Expected<int> recordPixelSpacing(const std::vector<Item> &items);

Q_SIGNALS:
    void projectChanged();
    void itemsAdded();

private:
    explicit ProjectState(const QString &directory);

    ProjectFolder m_folder;
    Project m_project;
    ItemList m_items;
    AnnotationStore m_store;
    std::vector<FileError> m_openProblems;
    std::vector<FileError> m_unfinishedSessions;
    qint64 m_replayedEvents = 0;
};

} // namespace concord
