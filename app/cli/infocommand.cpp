// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <map>

namespace concord::cli {

// Counts per annotator: sessions, items by status, boxes and image labels per label.
static Json summarize(const Workspace &workspace)
{
    const Project &project = workspace.project();
    Json annotators = Json::array();
    std::map<int, qint64> boxesPerLabel;
    std::map<int, qint64> imageLabelsPerLabel;
    for (const auto &[annotatorId, work] : WorkspaceInternals::store(workspace).allWork()) {
        const Annotator *known = project.findAnnotator(annotatorId);
        std::map<ItemStatus, qint64> statuses;
        std::map<int, qint64> boxes;
        std::map<int, qint64> imageLabels;
        for (auto it = work.items().cbegin(); it != work.items().cend(); ++it) {
            ++statuses[it.value().status()];
            for (const BoxAnnotation &box : it.value().boxes)
                ++boxes[box.labelId];
            for (int label : it.value().classLabels.labelIds)
                ++imageLabels[label];
        }
        auto byName = [&](const std::map<int, qint64> &counts, std::map<int, qint64> &total) {
            Json object = Json::object();
            for (const auto &[label, count] : counts) {
                const Label *l = project.taxonomy.find(label);
                object[l ? toStd(l->name) : std::to_string(label)] = count;
                total[label] += count;
            }
            return object;
        };
        annotators.push_back(
            {{"id", toStd(annotatorId)},
             {"name", known ? toStd(known->displayName) : std::string()},
             {"role", known ? toStd(roleKey(known->role)) : std::string()},
             {"sessions", work.sessions().size()},
             {"items_done", statuses[ItemStatus::Done]},
             {"items_skipped", statuses[ItemStatus::Skipped]},
             {"items_in_progress", statuses[ItemStatus::InProgress]},
             {"boxes_per_label", byName(boxes, boxesPerLabel)},
             {"image_labels_per_label", byName(imageLabels, imageLabelsPerLabel)}});
    }
    Json labels = Json::array();
    for (const Label &label : project.taxonomy.labels()) {
        labels.push_back({{"id", label.id},
                          {"path", toStd(project.taxonomy.pathOf(label.id))},
                          {"boxes", boxesPerLabel[label.id]},
                          {"image_labels", imageLabelsPerLabel[label.id]}});
    }
    Json problems = Json::array();
    for (const FileError &problem : workspace.openProblems())
        problems.push_back(toStd(problem.toString()));
    // Sessions still open or cut short by a crash: recoverable, so not among the problems.
    Json unfinished = Json::array();
    for (const FileError &note : workspace.unfinishedSessions())
        unfinished.push_back(toStd(note.toString()));
    return Json{{"project", toStd(project.name)},
                {"id", toStd(project.projectId)},
                {"schema", project.schemaVersion},
                {"guideline_version", project.currentGuidelineVersion},
                {"items", workspace.items().size()},
                {"events", workspace.replayedEvents()},
                {"annotators", annotators},
                {"labels", labels},
                {"problems", problems},
                {"unfinished_sessions", unfinished}};
}

int runInfoCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("info"),
        concord::tr("Summarize a project: items, annotators, sessions, annotations per "
                    "label and annotator."),
        {projectArgument()}, {jsonOption()});
    if (auto exit = line.parse(arguments, 1, 1))
        return *exit;
    // Problems are listed as warnings below, not refused: info is how one looks at them.
    auto workspace = Workspace::open(line.positional().constFirst());
    if (!workspace)
        return failWith(workspace.error().toString());
    const Json summary = summarize(**workspace);
    QTextStream &out = standardOutput();
    if (line.json())
        return printJson(summary);
    out << concord::tr("Project:    %1 (%2)\n")
               .arg(QString::fromStdString(summary["project"]),
                    QString::fromStdString(summary["id"]));
    out << concord::tr("Items:      %1\n").arg(summary["items"].get<qint64>());
    out << concord::tr("Events:     %1\n").arg(summary["events"].get<qint64>());
    out << concord::tr("Guideline:  version %1\n").arg(summary["guideline_version"].get<int>());
    out << concord::tr("Annotators:\n");
    for (const Json &a : summary["annotators"]) {
        qint64 boxes = 0;
        for (const auto &[name, count] : a["boxes_per_label"].items())
            boxes += count.get<qint64>();
        out << concord::tr("  %1  %2 sessions, %3 done, %4 skipped, %5 in progress, %6 boxes\n")
                   .arg(QString::fromStdString(a["id"]).leftJustified(12))
                   .arg(a["sessions"].get<qint64>())
                   .arg(a["items_done"].get<qint64>())
                   .arg(a["items_skipped"].get<qint64>())
                   .arg(a["items_in_progress"].get<qint64>())
                   .arg(boxes);
    }
    out << concord::tr("Labels (boxes / image labels):\n");
    for (const Json &l : summary["labels"]) {
        out << QStringLiteral("  %1 %2 / %3\n")
                   .arg(QString::fromStdString(l["path"]).leftJustified(36))
                   .arg(l["boxes"].get<qint64>())
                   .arg(l["image_labels"].get<qint64>());
    }
    for (const Json &problem : summary["problems"])
        standardError() << concord::tr("warning: %1\n").arg(QString::fromStdString(problem));
    for (const Json &note : summary["unfinished_sessions"])
        standardError() << concord::tr("note: %1\n").arg(QString::fromStdString(note));
    return ExitOk;
}

} // namespace concord::cli
