// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"

#include "core/project/attributevalidation.h"
#include "core/project/journalreplay.h"
#include "core/project/referencelabels.h"
#include "core/project/visibility.h"
#include "core/storage/blobstore.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"

#include <QCoreApplication>
#include <QDir>

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

Expected<int> Workspace::recordPixelSpacing(const std::vector<Item> &items)
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
    const size_t decisionsBefore = work.decisions().size();
    auto rollBack = [&] {
        work.restoreItem(edit.itemId, previous);
        work.truncateDecisions(decisionsBefore);
    };
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
    Project changed = m_project;
    int highest = 0;
    for (const GuidelineVersion &existing : changed.guidelines)
        highest = std::max(highest, existing.version);
    GuidelineVersion version;
    version.version = highest + 1;
    version.author = m_session.annotatorId;
    version.date = QDateTime::currentDateTimeUtc();
    version.summary = summary;
    version.text = text;
    if (taxonomy)
        changed.taxonomy = *taxonomy;
    version.taxonomy = changed.taxonomy;
    changed.guidelines.push_back(version);
    changed.currentGuidelineVersion = version.version;
    if (MaybeError error = writeProjectFile(m_folder.projectFile(), changed))
        return *error;
    m_project = std::move(changed);
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
    Project changed = m_project;
    std::vector<CalibrationPlan> &plans = changed.*list;
    // Whole seconds: project.json stores ISO dates without milliseconds.
    plan.created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    plan.leadId = m_session.annotatorId;
    const QString base = idPrefix + plan.created.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    auto taken = [&](const QString &id) {
        return std::any_of(plans.begin(), plans.end(),
                           [&](const CalibrationPlan &existing) { return existing.id == id; });
    };
    plan.id = base;
    for (int n = 2; taken(plan.id); ++n)
        plan.id = base + QLatin1Char('-') + QString::number(n);
    if (plan.name.trimmed().isEmpty())
        plan.name = defaultName.arg(plans.size() + 1);
    plans.push_back(plan);
    if (MaybeError error = writeProjectFile(m_folder.projectFile(), changed))
        return *error;
    m_project = std::move(changed);
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
