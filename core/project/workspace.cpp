// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"

#include "core/project/attributevalidation.h"
#include "core/project/journalreplay.h"
#include "core/project/referencelabels.h"
#include "core/project/visibility.h"
#include "core/storage/blobstore.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"
#include "core/storage/projectlock.h"
#include "core/storage/sharedfileupdate.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

#include <algorithm>
#include <set>

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
    // A merge or import killed after its commit point is finished before anything is read
    // (taking the lock does it); one in progress is waited for.
    const QStringList staging = QDir(folder.root()).entryList({QStringLiteral(".staging-*")},
                                                              QDir::Dirs | QDir::Hidden);
    if (!staging.isEmpty())
        (void)ProjectLock::acquire(folder.root());
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
    {
        // Two creators of one folder at once: one makes it, the other is told it exists.
        Expected<ProjectLock> lock = ProjectLock::acquire(folder.root());
        if (!lock)
            return lock.error();
        if (folder.exists())
            return FileError{folder.projectFile(), tr("a project already exists here")};
        if (MaybeError error = writeItemListFile(folder.itemsFile(), ItemList()))
            return *error;
        if (MaybeError error = writeProjectFile(folder.projectFile(), project))
            return *error;
    }
    return open(directory);
}

void Workspace::followChangesByOthers()
{
    if (m_watcher)
        return;
    m_watcher = std::make_unique<ProjectWatcher>(m_folder);
    connect(m_watcher.get(), &ProjectWatcher::changed, this, &Workspace::takeChangesByOthers);
}

void Workspace::takeChangesByOthers(bool sharedFiles, const QStringList &annotatorIds)
{
    if (sharedFiles) {
        Expected<Project> project = readProjectFile(m_folder.projectFile());
        if (project && projectFileBytes(*project) != projectFileBytes(m_project)) {
            m_project = std::move(*project);
            Q_EMIT projectChanged();
        }
        ItemListReadResult items = readItemListFile(m_folder.itemsFile());
        if (items.items.items() != m_items.items()) {
            m_items = std::move(items.items);
            Q_EMIT itemsAdded();
        }
    }
    for (const QString &annotatorId : annotatorIds) {
        if (m_writer && annotatorId == m_session.annotatorId)
            continue; // this session's own work is in memory already, as journaled
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
        for (const QString &itemId : touched)
            Q_EMIT itemChanged(itemId);
    }
}

MaybeError Workspace::addAnnotator(const Annotator &annotator)
{
    if (!isValidAnnotatorId(annotator.id)) {
        return FileError{m_folder.projectFile(),
                         tr("\"%1\" is not a valid annotator id: use letters, digits, '.', '_' "
                            "or '-'")
                             .arg(annotator.id)};
    }
    Expected<Project> changed = updateProjectFile(m_folder, [&](Project &project) -> MaybeError {
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
    if (!changed)
        return changed.error();
    m_project = std::move(*changed);
    Q_EMIT projectChanged();
    return std::nullopt;
}

MaybeError Workspace::saveWindowPreset(const WindowPreset &preset)
{
    if (preset.name.trimmed().isEmpty() || !(preset.width > 0))
        return FileError{m_folder.projectFile(), tr("a window preset needs a name and a positive width")};
    Expected<Project> changed = updateProjectFile(m_folder, [&](Project &project) -> MaybeError {
        auto &presets = project.windowPresets;
        const auto same = std::find_if(presets.begin(), presets.end(),
                                       [&](const WindowPreset &p) { return p.name == preset.name; });
        if (same != presets.end())
            *same = preset;
        else
            presets.push_back(preset);
        return std::nullopt;
    });
    if (!changed)
        return changed.error();
    m_project = std::move(*changed);
    Q_EMIT projectChanged();
    return std::nullopt;
}

Expected<int> Workspace::addItems(const std::vector<Item> &items)
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

Expected<int> Workspace::recordPixelSpacing(const std::vector<Item> &items)
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

MaybeError Workspace::startSession(const QString &annotatorId, SessionMode mode, const QString &planId)
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
    session.planId = planId;
    Expected<std::unique_ptr<JournalWriter>> writer =
        JournalWriter::create(m_folder.sessionJournalFile(annotatorId, session.id));
    if (!writer)
        return writer.error();
    m_writer = std::move(*writer);
    m_session = session;
    Json start{{"mode", toStd(sessionModeKey(mode))}};
    if (!planId.isEmpty())
        start["plan"] = toStd(planId);
    return appendSessionEvent(ops::SessionStart, start);
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

static void collectLabels(const ItemWork *work, std::set<int> &labels)
{
    if (!work)
        return;
    labels.insert(work->classLabels.labelIds.begin(), work->classLabels.labelIds.end());
    for (const BoxAnnotation &box : work->boxes)
        labels.insert(box.labelId);
}

// Why an edit may not put labels on an item that readers may not use (a category when the
// taxonomy allows leaf labels only), or an empty string. Unknown ids are AnnotatorWork's concern. Only labels the edit brings in count:
// work done before the taxonomy changed stays editable.
static QString unassignableLabelProblem(const Taxonomy &taxonomy,
                                        const std::optional<ItemWork> &before, const ItemWork *after)
{
    std::set<int> previous;
    collectLabels(before ? &*before : nullptr, previous);
    std::set<int> now;
    collectLabels(after, now);
    for (int id : now) {
        if (!previous.contains(id) && taxonomy.find(id) && !taxonomy.isAssignable(id)) {
            return Workspace::tr("\"%1\" is a category; only the labels under it may be used")
                .arg(taxonomy.pathOf(id));
        }
    }
    return {};
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
    QString problem = work.apply(event);
    if (problem.isEmpty())
        problem = unassignableLabelProblem(m_project.taxonomy, previous, work.item(edit.itemId));
    if (problem.isEmpty())
        problem = undeclaredAttributeProblem(m_project.taxonomy, previous, work.item(edit.itemId));
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
    if (authorId != m_session.annotatorId && goldTestHides(itemId))
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

AnnotationStore Workspace::visibleStore() const
{
    AnnotationStore visible;
    for (const auto &[authorId, work] : m_store.allWork()) {
        AnnotatorWork shown = work;
        for (auto it = work.items().cbegin(); it != work.items().cend(); ++it) {
            if (!visibleWork(authorId, it.key()))
                shown.restoreItem(it.key(), std::nullopt);
        }
        visible.setWork(authorId, std::move(shown));
    }
    return visible;
}

MaybeError Workspace::requireRole(bool (*allowed)(Role), const QString &what) const
{
    const Annotator *annotator = currentAnnotator();
    if (!annotator)
        return FileError{m_folder.root(), tr("%1 needs an open session").arg(what)};
    if (!allowed(annotator->role)) {
        return FileError{m_folder.projectFile(),
                         tr("%1 (%2) may not do this: %3")
                             .arg(annotator->displayName, roleDisplayName(annotator->role), what)};
    }
    return std::nullopt;
}

Expected<int> Workspace::publishGuidelineVersion(const QString &summary, const QString &text,
                                                 const std::optional<Taxonomy> &taxonomy)
{
    if (MaybeError refused = requireRole(mayLeadCalibration, tr("publish a guideline version")))
        return *refused;
    GuidelineVersion version;
    Expected<Project> changed = updateProjectFile(m_folder, [&](Project &project) -> MaybeError {
        int highest = 0;
        for (const GuidelineVersion &existing : project.guidelines)
            highest = std::max(highest, existing.version);
        version.version = highest + 1;
        version.author = m_session.annotatorId;
        version.date = QDateTime::currentDateTimeUtc();
        version.summary = summary;
        version.text = text;
        if (taxonomy)
            project.taxonomy = *taxonomy;
        version.taxonomy = project.taxonomy;
        project.guidelines.push_back(version);
        project.currentGuidelineVersion = version.version;
        return std::nullopt;
    });
    if (!changed)
        return changed.error();
    m_project = std::move(*changed);
    Q_EMIT projectChanged();
    return version.version;
}

Expected<CalibrationPlan> Workspace::addPlan(CalibrationPlan plan,
                                             std::vector<CalibrationPlan> Project::*list,
                                             const QString &idPrefix, const QString &defaultName)
{
    if (plan.itemIds.isEmpty() || plan.participantIds.isEmpty())
        return FileError{m_folder.projectFile(), tr("a session needs items and readers")};
    for (const QString &participant : plan.participantIds) {
        if (!m_project.findAnnotator(participant))
            return FileError{m_folder.projectFile(), tr("unknown participant \"%1\"").arg(participant)};
    }
    for (const QString &itemId : plan.itemIds) {
        if (!m_items.find(itemId))
            return FileError{m_folder.itemsFile(), tr("unknown item \"%1\"").arg(itemId)};
    }
    if (!m_project.findGuideline(plan.guidelineVersion)) {
        return FileError{m_folder.projectFile(),
                         tr("there is no guideline version %1").arg(plan.guidelineVersion)};
    }
    // Whole seconds: project.json stores ISO dates without milliseconds.
    plan.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    plan.leadId = m_session.annotatorId;
    const QString base = idPrefix + plan.created.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const bool unnamed = plan.name.trimmed().isEmpty();
    Expected<Project> changed = updateProjectFile(m_folder, [&](Project &project) -> MaybeError {
        std::vector<CalibrationPlan> &plans = project.*list;
        auto taken = [&](const QString &id) {
            return std::any_of(plans.begin(), plans.end(),
                               [&](const CalibrationPlan &existing) { return existing.id == id; });
        };
        plan.id = base;
        for (int n = 2; taken(plan.id); ++n)
            plan.id = base + QLatin1Char('-') + QString::number(n);
        if (unnamed)
            plan.name = defaultName.arg(plans.size() + 1);
        plans.push_back(plan);
        return std::nullopt;
    });
    if (!changed)
        return changed.error();
    m_project = std::move(*changed);
    Q_EMIT projectChanged();
    return plan;
}

Expected<CalibrationPlan> Workspace::addCalibrationPlan(CalibrationPlan plan)
{
    if (MaybeError refused = requireRole(mayLeadCalibration, tr("set up a calibration session")))
        return *refused;
    return addPlan(std::move(plan), &Project::calibrations, QStringLiteral("cal-"),
                   tr("Calibration %1"));
}

Expected<CalibrationPlan> Workspace::addGoldTest(CalibrationPlan plan)
{
    if (MaybeError refused = requireRole(mayLeadCalibration, tr("set up a gold test")))
        return *refused;
    for (const QString &itemId : plan.itemIds) {
        if (!latestReferenceLabel(m_project, m_store, itemId)) {
            return FileError{m_folder.projectFile(),
                             tr("item \"%1\" has no reference label").arg(itemId)};
        }
    }
    return addPlan(std::move(plan), &Project::goldTests, QStringLiteral("gold-"), tr("Gold test %1"));
}

Expected<GoldTestScore> Workspace::goldTestScore(const QString &planId) const
{
    const CalibrationPlan *plan = m_project.findGoldTest(planId);
    if (!plan)
        return FileError{m_folder.projectFile(), tr("there is no gold test \"%1\"").arg(planId)};
    const Annotator *me = currentAnnotator();
    if (!me)
        return FileError{m_folder.root(), tr("gold test results need an open session")};
    if (isGoldTestRunning(*plan, m_store, me->id))
        return FileError{m_folder.projectFile(),
                         tr("submit every item of the gold test to see its result")};
    GoldTestScore score = scoreGoldTest(m_project, m_store, *plan);
    if (me->role != Role::Annotator)
        return score;
    const qsizetype mine = plan->participantIds.indexOf(me->id);
    if (mine < 0)
        return FileError{m_folder.projectFile(),
                         tr("%1 did not take this gold test").arg(me->displayName)};
    // A reader sees their own score, not the other readers'.
    score.comparison.readers = {score.comparison.readers[size_t(mine)]};
    score.submitted = {score.submitted[size_t(mine)]};
    return score;
}

bool Workspace::goldTestHides(const QString &itemId) const
{
    return m_writer && goldTestHidesItem(m_project, m_store, m_session.annotatorId, itemId);
}

MaybeError Workspace::recordReferenceLabel(const QString &itemId, std::vector<int> labelIds,
                                           const QString &note)
{
    if (MaybeError refused = requireRole(mayRecordReferenceLabels, tr("record a reference label")))
        return refused;
    if (!m_items.find(itemId))
        return FileError{m_folder.itemsFile(), tr("unknown item \"%1\"").arg(itemId)};
    for (int labelId : labelIds) {
        if (!m_project.taxonomy.find(labelId))
            return FileError{m_folder.projectFile(), tr("label %1 is not in the taxonomy").arg(labelId)};
    }
    Json labels = Json::array();
    for (int labelId : labelIds)
        labels.push_back(labelId);
    JournalEvent event;
    event.timeMs = QDateTime::currentMSecsSinceEpoch();
    event.annotatorId = m_session.annotatorId;
    event.sessionId = m_session.id;
    event.itemId = itemId;
    event.guidelineVersion = m_project.currentGuidelineVersion;
    event.op = ops::ReferenceSet;
    event.data = Json{{"labels", labels}, {"note", toStd(note)}};
    if (MaybeError error = m_writer->append(event))
        return error;
    m_store.apply(event);
    m_lastSaved = QDateTime::fromMSecsSinceEpoch(event.timeMs);
    Q_EMIT itemChanged(itemId);
    Q_EMIT saved(m_lastSaved);
    return std::nullopt;
}

std::optional<ReferenceLabel> Workspace::referenceLabel(const QString &itemId) const
{
    if (goldTestHides(itemId))
        return std::nullopt;
    return latestReferenceLabel(m_project, m_store, itemId);
}

} // namespace concord
