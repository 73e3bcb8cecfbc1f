// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectstate.h"

#include "core/project/journalreplay.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectlock.h"
#include "core/storage/sharedfileupdate.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace concord {

ProjectState::ProjectState(const QString &directory)
    : m_folder(directory)
{}

Expected<std::unique_ptr<ProjectState>> ProjectState::open(const QString &directory)
{
    std::unique_ptr<ProjectState> state(new ProjectState(directory));
    const ProjectFolder &folder = state->m_folder;
    if (!QFileInfo(folder.root()).isDir())
        return FileError{folder.root(), tr("no such folder")};
    if (!folder.exists())
        return FileError{folder.root(), tr("not a Concord project: it has no project.json")};
    // A merge or import killed after its commit point is finished before anything is read
    // (taking the lock does it); one in progress is waited for.
    const QStringList staging =
        QDir(folder.root()).entryList({QStringLiteral(".staging-*")}, QDir::Dirs | QDir::Hidden);
    if (!staging.isEmpty())
        (void)ProjectLock::acquire(folder.root());
    Expected<Project> project = readProjectFile(folder.projectFile());
    if (!project)
        return project.error();
    state->m_project = std::move(*project);

    ItemListReadResult items = readItemListFile(folder.itemsFile());
    state->m_items = std::move(items.items);
    state->m_openProblems = std::move(items.problems);

    ReplayReport replay = replayJournals(folder, state->m_store);
    state->m_replayedEvents = replay.events;
    for (FileError &problem : replay.problems)
        state->m_openProblems.push_back(std::move(problem));
    state->m_unfinishedSessions = std::move(replay.unfinished);
    return state;
}

MaybeError ProjectState::create(const QString &directory, const Project &project)
{
    const ProjectFolder folder(directory);
    if (folder.exists())
        return FileError{folder.projectFile(), tr("a project already exists here")};
    if (!QDir().mkpath(folder.root()))
        return FileError{folder.root(), tr("cannot create the project folder")};
    for (const QString &sub : {folder.journalRoot(), folder.blobsDir(), folder.cacheDir()}) {
        if (!QDir().mkpath(sub))
            return FileError{sub, tr("cannot create folder")};
    }
    Expected<ProjectLock> lock = ProjectLock::acquire(folder.root());
    if (!lock)
        return lock.error();
    if (folder.exists())
        return FileError{folder.projectFile(), tr("a project already exists here")};
    // project.json last: it is what makes the folder a project.
    if (MaybeError error = writeItemListFile(folder.itemsFile(), ItemList()))
        return *error;
    if (MaybeError error = writeProjectFile(folder.projectFile(), project))
        return *error;
    return std::nullopt;
}

MaybeError ProjectState::updateProject(const std::function<MaybeError(Project &)> &change)
{
    Expected<Project> changed = updateProjectFile(m_folder, change);
    if (!changed)
        return changed.error();
    m_project = std::move(*changed);
    Q_EMIT projectChanged();
    return std::nullopt;
}

void ProjectState::reloadSharedFiles()
{
    Expected<Project> project = readProjectFile(m_folder.projectFile());
    if (project && *project != m_project) {
        m_project = std::move(*project);
        Q_EMIT projectChanged();
    }
    ItemListReadResult items = readItemListFile(m_folder.itemsFile());
    if (items.items.items() != m_items.items()) {
        m_items = std::move(items.items);
        Q_EMIT itemsAdded();
    }
}

QSet<QString> ProjectState::reloadAnnotatorWork(const QString &annotatorId)
{
    AnnotatorWork work;
    replayAnnotatorJournals(m_folder, annotatorId, work);
    QSet<QString> touched;
    if (const AnnotatorWork *before = m_store.work(annotatorId)) {
        for (auto it = before->items().cbegin(); it != before->items().cend(); ++it)
            touched.insert(it.key());
    }
    for (auto it = work.items().cbegin(); it != work.items().cend(); ++it)
        touched.insert(it.key());
    m_store.setWork(annotatorId, std::move(work));
    return touched;
}

MaybeError ProjectState::addAnnotator(const Annotator &annotator)
{
    if (!isValidAnnotatorId(annotator.id)) {
        return FileError{m_folder.projectFile(),
                         tr("\"%1\" is not a valid annotator id: use letters, digits, '.', '_' "
                            "or '-'")
                             .arg(annotator.id)};
    }
    return updateProject([&](Project &project) -> MaybeError {
        bool replaced = false;
        for (Annotator &existing : project.annotators) {
            if (existing.id == annotator.id) {
                existing = annotator;
                replaced = true;
            }
        }
        if (!replaced)
            project.annotators.push_back(annotator);
        return std::nullopt;
    });
}

MaybeError ProjectState::saveWindowPreset(const WindowPreset &preset)
{
    if (preset.name.trimmed().isEmpty() || !(preset.width > 0))
        return FileError{m_folder.projectFile(),
                         tr("a window preset needs a name and a positive width")};
    return updateProject([&](Project &project) -> MaybeError {
        auto &presets = project.windowPresets;
        const auto same = std::find_if(presets.begin(), presets.end(), [&](const WindowPreset &p) {
            return p.name == preset.name;
        });
        if (same != presets.end())
            *same = preset;
        else
            presets.push_back(preset);
        return std::nullopt;
    });
}

Expected<int> ProjectState::addItems(const std::vector<Item> &items)
{
    if (items.empty())
        return 0;
    int added = 0;
    Expected<ItemListReadResult> changed = updateItemListFile(m_folder, [&](ItemList &list) {
        for (const Item &item : items)
            added += list.add(item) ? 1 : 0;
        return MaybeError();
    });
    if (!changed)
        return changed.error();
    const bool grew = changed->items.size() != m_items.size();
    m_items = std::move(changed->items); // with what other writers added meanwhile
    if (grew)
        Q_EMIT itemsAdded();
    return added;
}

Expected<int> ProjectState::recordPixelSpacing(const std::vector<Item> &items)
{
    if (items.empty())
        return 0;
    int recorded = 0;
    Expected<ItemListReadResult> changed = updateItemListFile(m_folder, [&](ItemList &list) {
        for (const Item &item : items) {
            if (item.pixelSpacing && list.recordPixelSpacing(item.id, *item.pixelSpacing))
                ++recorded;
        }
        return MaybeError();
    });
    if (!changed)
        return changed.error();
    m_items = std::move(changed->items);
    return recorded;
}

} // namespace concord
