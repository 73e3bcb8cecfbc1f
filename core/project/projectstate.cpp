// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectstate.h"

#include "core/project/journalreplay.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"

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
    if (MaybeError error = writeProjectFile(folder.projectFile(), project))
        return *error;
    if (MaybeError error = writeItemListFile(folder.itemsFile(), ItemList()))
        return *error;
    return std::nullopt;
}

MaybeError ProjectState::addAnnotator(const Annotator &annotator)
{
    if (!isValidAnnotatorId(annotator.id)) {
        return FileError{m_folder.projectFile(),
                         tr("\"%1\" is not a valid annotator id: use letters, digits, '.', '_' "
                            "or '-'")
                             .arg(annotator.id)};
    }
    Project changed = m_project;
    bool replaced = false;
    for (Annotator &existing : changed.annotators) {
        if (existing.id == annotator.id) {
            existing = annotator;
            replaced = true;
        }
    }
    if (!replaced)
        changed.annotators.push_back(annotator);
    if (MaybeError error = writeProjectFile(m_folder.projectFile(), changed))
        return error;
    m_project = std::move(changed);
    Q_EMIT projectChanged();
    return std::nullopt;
}

MaybeError ProjectState::saveWindowPreset(const WindowPreset &preset)
{
    if (preset.name.trimmed().isEmpty() || !(preset.width > 0))
        return FileError{m_folder.projectFile(), tr("a window preset needs a name and a positive width")};
    Project changed = m_project;
    auto &presets = changed.windowPresets;
    const auto same = std::find_if(presets.begin(), presets.end(),
                                   [&](const WindowPreset &p) { return p.name == preset.name; });
    if (same != presets.end())
        *same = preset;
    else
        presets.push_back(preset);
    if (MaybeError error = writeProjectFile(m_folder.projectFile(), changed))
        return error;
    m_project = std::move(changed);
    Q_EMIT projectChanged();
    return std::nullopt;
}

Expected<int> ProjectState::addItems(const std::vector<Item> &items)
{
    ItemList changed = m_items;
    int added = 0;
    for (const Item &item : items)
        added += changed.add(item) ? 1 : 0;
    if (added == 0)
        return 0;
    if (MaybeError error = writeItemListFile(m_folder.itemsFile(), changed))
        return *error;
    m_items = std::move(changed);
    Q_EMIT itemsAdded();
    return added;
}

Expected<int> ProjectState::recordPixelSpacing(const std::vector<Item> &items)
{
    ItemList changed = m_items;
    int recorded = 0;
    for (const Item &item : items) {
        if (item.pixelSpacing && changed.recordPixelSpacing(item.id, *item.pixelSpacing))
            ++recorded;
    }
    if (recorded == 0)
        return 0;
    if (MaybeError error = writeItemListFile(m_folder.itemsFile(), changed))
        return *error;
    m_items = std::move(changed);
    return recorded;
}

} // namespace concord
