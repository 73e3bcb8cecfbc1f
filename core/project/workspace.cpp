// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"

#include "core/project/journalreplay.h"
#include "core/project/visibility.h"
#include "core/storage/blobstore.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace concord {

Workspace::Workspace(const QString &directory)
    : m_folder(directory)
{}

Workspace::~Workspace()
{
    if (m_writer)
        endSession();
}

Expected<std::unique_ptr<Workspace>> Workspace::open(const QString &directory)
{
    std::unique_ptr<Workspace> workspace(new Workspace(directory));
    const ProjectFolder &folder = workspace->m_folder;
    if (!QFileInfo(folder.root()).isDir())
        return FileError{folder.root(), tr("no such folder")};
    if (!folder.exists())
        return FileError{folder.root(), tr("not a Concord project: it has no project.json")};
    Expected<Project> project = readProjectFile(folder.projectFile());
    if (!project)
        return project.error();
    workspace->m_project = std::move(*project);

    ItemListReadResult items = readItemListFile(folder.itemsFile());
    workspace->m_items = std::move(items.items);
    workspace->m_openProblems = std::move(items.problems);

    ReplayReport replay = replayJournals(folder, workspace->m_store);
    workspace->m_replayedEvents = replay.events;
    for (FileError &problem : replay.problems)
        workspace->m_openProblems.push_back(std::move(problem));
    return workspace;
}

Expected<std::unique_ptr<Workspace>> Workspace::create(const QString &directory, Project project)
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
    return open(directory);
}

MaybeError Workspace::addAnnotator(const Annotator &annotator)
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

MaybeError Workspace::saveWindowPreset(const WindowPreset &preset)
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

MaybeError Workspace::setTaxonomy(const Taxonomy &taxonomy)
{
    Project changed = m_project;
    changed.taxonomy = taxonomy;
    if (MaybeError error = writeProjectFile(m_folder.projectFile(), changed))
        return error;
    m_project = std::move(changed);
    Q_EMIT projectChanged();
    return std::nullopt;
}

Expected<int> Workspace::addItems(const std::vector<Item> &items)
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

MaybeError Workspace::startSession(const QString &annotatorId, SessionMode mode)
{
    if (m_writer)
        endSession();
    if (!m_project.findAnnotator(annotatorId))
        return FileError{m_folder.projectFile(), tr("unknown annotator \"%1\"").arg(annotatorId)};
    Session session;
    session.start = QDateTime::currentDateTimeUtc();
    session.id = Session::makeId(session.start);
    session.annotatorId = annotatorId;
    session.mode = mode;
    session.guidelineVersion = m_project.currentGuidelineVersion;
    Expected<std::unique_ptr<JournalWriter>> writer =
        JournalWriter::create(m_folder.sessionJournalFile(annotatorId, session.id));
    if (!writer)
        return writer.error();
    m_writer = std::move(*writer);
    m_session = session;
    return appendSessionEvent(ops::SessionStart, Json{{"mode", toStd(sessionModeKey(mode))}});
}

MaybeError Workspace::endSession()
{
    if (!m_writer)
        return std::nullopt;
    MaybeError error = appendSessionEvent(ops::SessionEnd, Json::object());
    m_writer.reset();
    return error;
}

const Annotator *Workspace::currentAnnotator() const
{
    return m_writer ? m_project.findAnnotator(m_session.annotatorId) : nullptr;
}

MaybeError Workspace::appendSessionEvent(const char *op, const Json &data)
{
    JournalEvent event;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.annotatorId = m_session.annotatorId;
    event.sessionId = m_session.id;
    event.guidelineVersion = m_project.currentGuidelineVersion;
    event.op = op;
    event.data = data;
    if (MaybeError error = m_writer->append(event))
        return error;
    m_store.apply(event);
    return std::nullopt;
}

MaybeError Workspace::commit(const Edit &edit)
{
    if (!m_writer)
        return FileError{m_folder.root(), tr("no labeling session is open")};
    JournalEvent event;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.annotatorId = m_session.annotatorId;
    event.sessionId = m_session.id;
    event.itemId = edit.itemId;
    event.guidelineVersion = m_project.currentGuidelineVersion;
    event.op = edit.op;
    event.data = edit.data;
    if (!edit.pixelRuns.isEmpty())
        event.data["rle"] = edit.pixelRuns.toStdString();

    // Apply first on the in-memory state to validate the edit, keeping the item's previous state
    // so that a failed write can be rolled back: the journal and the screen must never disagree.
    AnnotatorWork &work = m_store.workFor(m_session.annotatorId);
    const ItemWork *existing = work.item(edit.itemId);
    const std::optional<ItemWork> previous = existing ? std::optional<ItemWork>(*existing)
                                                      : std::nullopt;
    auto rollBack = [&] { work.restoreItem(edit.itemId, previous); };
    const QString problem = work.apply(event);
    if (!problem.isEmpty()) {
        rollBack();
        return FileError{m_writer->path(), problem};
    }
    if (edit.pixelRuns.size() > InlinePixelRunsLimit) {
        // The blob is durable before the line that names it, so no line ever names a lost blob.
        Expected<QString> blob = BlobStore(m_folder.blobsDir()).store(edit.pixelRuns, QStringLiteral("rle"));
        if (!blob) {
            rollBack();
            return blob.error();
        }
        event.data.erase("rle");
        event.data["blob"] = toStd(*blob);
    }
    if (MaybeError error = m_writer->append(event)) {
        rollBack();
        return error;
    }
    m_lastSaved = QDateTime::fromMSecsSinceEpoch(event.timeMs);
    Q_EMIT itemChanged(edit.itemId);
    Q_EMIT saved(m_lastSaved);
    return std::nullopt;
}

const ItemWork *Workspace::myWork(const QString &itemId) const
{
    return m_writer ? m_store.itemWork(m_session.annotatorId, itemId) : nullptr;
}

ItemStatus Workspace::myStatus(const QString &itemId) const
{
    const ItemWork *work = myWork(itemId);
    return work ? work->status() : ItemStatus::New;
}

const ItemWork *Workspace::visibleWork(const QString &authorId, const QString &itemId) const
{
    if (!m_writer)
        return nullptr;
    const ItemWork *work = m_store.itemWork(authorId, itemId);
    if (!work)
        return nullptr;
    const Annotator *viewer = m_project.findAnnotator(m_session.annotatorId);
    const std::optional<Role> role = viewer ? std::optional<Role>(viewer->role) : std::nullopt;
    return maySeeWork(m_session.annotatorId, role, authorId, myStatus(itemId)) ? work : nullptr;
}

QStringList Workspace::visibleAuthors(const QString &itemId) const
{
    QStringList authors;
    for (const QString &authorId : m_store.annotatorIds()) {
        if (visibleWork(authorId, itemId))
            authors.append(authorId);
    }
    authors.sort();
    return authors;
}

Expected<int> Workspace::publishGuidelineVersion(const QString &author, const QString &summary,
                                                 const QString &text)
{
    Project changed = m_project;
    int highest = 0;
    for (const GuidelineVersion &existing : changed.guidelines)
        highest = std::max(highest, existing.version);
    GuidelineVersion version;
    version.version = highest + 1;
    version.author = author;
    version.date = QDateTime::currentDateTimeUtc();
    version.summary = summary;
    version.text = text;
    changed.guidelines.push_back(version);
    changed.currentGuidelineVersion = version.version;
    if (MaybeError error = writeProjectFile(m_folder.projectFile(), changed))
        return *error;
    m_project = std::move(changed);
    Q_EMIT projectChanged();
    return version.version;
}

} // namespace concord
