// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli prelabels: list a project's pre-label sets, import a model's predictions made
// elsewhere as a set, and say how readers used a set (docs/prelabels.md).
#include "app/cli/commandline.h"

#include "core/exchange/dicomsegimporter.h"
#include "core/exchange/predictionimport.h"
#include "core/prelabels/prelabelstatistics.h"
#include "core/prelabels/prelabelstorage.h"
#include "core/project/sessionstatistics.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

namespace concord::cli {

namespace {

QString labelName(const Workspace &workspace, int labelId)
{
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    return taxonomy.find(labelId) ? taxonomy.pathOf(labelId) : QString::number(labelId);
}

int itemCount(const PrelabelSet &set)
{
    QSet<QString> items;
    for (const Suggestion &suggestion : set.suggestions)
        items.insert(suggestion.itemId);
    return int(items.size());
}

int listSets(const CommandLine &line, Workspace &workspace)
{
    const Expected<std::vector<PrelabelSet>> sets = readPrelabelSets(workspace.folder().root());
    if (!sets)
        return failWith(sets.error().toString());
    if (line.json()) {
        Json list = Json::array();
        for (const PrelabelSet &set : *sets)
            list.push_back({{"id", toStd(set.id)},
                            {"model", toStd(set.source.modelName)},
                            {"version", toStd(set.source.modelVersion)},
                            {"origin", toStd(set.source.origin)},
                            {"created", toStd(set.source.createdAt)},
                            {"suggestions", set.suggestions.size()},
                            {"items", itemCount(set)}});
        return printJson(list);
    }
    QTextStream &out = standardOutput();
    if (sets->empty())
        out << concord::tr("No pre-label sets.\n");
    for (const PrelabelSet &set : *sets) {
        out << set.id << "  " << set.source.modelName;
        if (!set.source.modelVersion.isEmpty())
            out << ' ' << set.source.modelVersion;
        out << concord::tr("  (%1, %2)").arg(set.source.origin, set.source.createdAt) << "  "
            << concord::tr("%n suggestion(s)", nullptr, int(set.suggestions.size()))
            << concord::tr(" on %n item(s)", nullptr, itemCount(set)) << '\n';
    }
    out.flush();
    return ExitOk;
}

// The predictions in `file` as a set, in the format --format names.
Expected<PrelabelSet> readPredictions(const QString &format, const QString &file,
                                      const Workspace &workspace)
{
    const Project &project = workspace.project();
    if (format == QLatin1String("dicom-seg"))
        return readSegmentationPredictions(file, project, workspace.items());
    return readPredictions(file,
                           format == QLatin1String("csv") ? PredictionFormat::ImageLabelCsv
                                                          : PredictionFormat::Coco,
                           project, workspace.items());
}

int importSet(const CommandLine &line, Workspace &workspace)
{
    const QString file = line.action().rest.value(0);
    const QString format = line.value(QStringLiteral("format"));
    Expected<PrelabelSet> set = readPredictions(format, file, workspace);
    if (!set)
        return failWith(set.error().toString());
    const QString modelName = line.isSet(QStringLiteral("name"))
                                  ? line.value(QStringLiteral("name"))
                                  : QFileInfo(file).completeBaseName();
    const PrelabelSource source{modelName, line.value(QStringLiteral("version")), format,
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    if (const Expected<void> written =
            writeImportedPrelabelSet(workspace.folder().root(), *set, source, file);
        !written)
        return failWith(written.error().toString());
    if (line.json())
        return printJson({{"set", toStd(set->id)},
                          {"model", toStd(modelName)},
                          {"suggestions", set->suggestions.size()},
                          {"items", itemCount(*set)}});
    standardOutput() << set->id << '\n'
                     << concord::tr("%n suggestion(s)", nullptr, int(set->suggestions.size()))
                     << concord::tr(" on %n item(s)", nullptr, itemCount(*set)) << Qt::endl;
    return ExitOk;
}

Json optionalJson(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json labelStatisticsJson(const Workspace &workspace, const SuggestionLabelStatistics &label)
{
    Json json = {{"suggestions", label.suggestions},
                 {"accepted", label.accepted},
                 {"rejected", label.rejected},
                 {"relabeled", label.relabeled},
                 {"acceptance_rate", optionalJson(label.acceptanceRate())},
                 {"shapes_compared", label.shapesCompared},
                 {"mean_iou", optionalJson(label.meanIoU())}};
    if (label.labelId != 0) {
        json["id"] = label.labelId;
        json["label"] = toStd(labelName(workspace, label.labelId));
    }
    return json;
}

QString percentOrDash(const std::optional<double> &fraction)
{
    return fraction ? QStringLiteral("%1%").arg(*fraction * 100, 0, 'f', 1) : QStringLiteral("-");
}

QString numberOrDash(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QStringLiteral("-");
}

void printStatistics(const Workspace &workspace, const PrelabelSetStatistics &statistics)
{
    QTextStream &out = standardOutput();
    out << statistics.setId << '\n';
    out << concord::tr("  label: suggestions, accepted, rejected, acceptance rate, relabeled, "
                       "mean IoU (shapes compared)\n");
    auto row = [&](const QString &name, const SuggestionLabelStatistics &label) {
        out << "  " << name << ": " << label.suggestions << ", " << label.accepted << ", "
            << label.rejected << ", " << percentOrDash(label.acceptanceRate()) << ", "
            << label.relabeled << ", " << numberOrDash(label.meanIoU()) << " ("
            << label.shapesCompared << ")\n";
    };
    for (const SuggestionLabelStatistics &label : statistics.labels)
        row(labelName(workspace, label.labelId), label);
    row(concord::tr("all labels"), statistics.total);
    const SuggestionTimeSaving &time = statistics.time;
    if (time.secondsSavedPerItem)
        out << concord::tr("  time saved per item: %1 s (items with accepted suggestions against "
                           "items without suggestions, within each of %n reader(s); %2 against "
                           "%3 items)\n",
                           nullptr, time.readers)
                   .arg(*time.secondsSavedPerItem, 0, 'f', 1)
                   .arg(time.itemsWithAccepts)
                   .arg(time.itemsWithoutSuggestions);
    else
        out << concord::tr("  time saved per item: not known yet (no reader has timed items both "
                           "with accepted suggestions and without suggestions)\n");
}

int setStatistics(const CommandLine &line, Workspace &workspace)
{
    const QString root = workspace.folder().root();
    std::vector<PrelabelSet> sets;
    if (line.isSet(QStringLiteral("set"))) {
        Expected<PrelabelSet> set = readPrelabelSet(root, line.value(QStringLiteral("set")));
        if (!set)
            return failWith(set.error().toString());
        sets.push_back(std::move(*set));
    } else {
        Expected<std::vector<PrelabelSet>> all = readPrelabelSets(root);
        if (!all)
            return failWith(all.error().toString());
        sets = std::move(*all);
    }
    const AnnotationStore &store = WorkspaceInternals::store(workspace);
    std::vector<ReaderUse> readers;
    for (const auto &[annotatorId, work] : store.allWork()) {
        std::vector<FileError> problems;
        AnnotatorActivity activity =
            measureAnnotatorActivity(workspace.folder(), annotatorId, {}, &problems);
        for (const FileError &problem : problems)
            standardError() << concord::tr("warning: %1\n").arg(problem.toString());
        readers.push_back({annotatorId, &work.items(), std::move(activity.totals.activeMsPerItem)});
    }
    Json json = Json::array();
    for (const PrelabelSet &set : sets) {
        const PrelabelSetStatistics statistics =
            prelabelSetStatistics(set, readers, workspace.items());
        if (!line.json()) {
            printStatistics(workspace, statistics);
            continue;
        }
        Json labels = Json::array();
        for (const SuggestionLabelStatistics &label : statistics.labels)
            labels.push_back(labelStatisticsJson(workspace, label));
        const SuggestionTimeSaving &time = statistics.time;
        json.push_back({{"set", toStd(set.id)},
                        {"model", toStd(set.source.modelName)},
                        {"labels", std::move(labels)},
                        {"total", labelStatisticsJson(workspace, statistics.total)},
                        {"time",
                         {{"readers", time.readers},
                          {"items_with_accepts", time.itemsWithAccepts},
                          {"items_without_suggestions", time.itemsWithoutSuggestions},
                          {"seconds_saved_per_item", optionalJson(time.secondsSavedPerItem)}}}});
    }
    if (line.json())
        return printJson(json);
    standardOutput().flush();
    return ExitOk;
}

} // namespace

int runPrelabelsCommand(const QStringList &arguments)
{
    const QList<ActionSpec> actions = {
        {QStringLiteral("list"), 0, 0, {}, listSets},
        {QStringLiteral("import"),
         1,
         1,
         {},
         importSet,
         [](const CommandLine &line) -> std::optional<int> {
             const QString format = line.value(QStringLiteral("format"));
             if (format != QLatin1String("coco") && format != QLatin1String("dicom-seg") &&
                 format != QLatin1String("csv"))
                 return line.usageError(
                     concord::tr("unknown format \"%1\"; supported: coco, dicom-seg, csv")
                         .arg(format));
             return std::nullopt;
         }},
        {QStringLiteral("stats"), 0, 0, {}, setStatistics}};
    CommandLine line(
        QStringLiteral("prelabels"),
        concord::tr(
            "Pre-label sets (docs/prelabels.md): a model's suggestions, which readers accept or "
            "reject in the window's Suggestions tab; never a reader's work.\n"
            "  prelabels list <project> [--json]\n"
            "  prelabels import <project> FILE [--format coco|dicom-seg|csv] [--name MODEL] "
            "[--version V] [--json]\n"
            "  prelabels stats <project> [--set ID] [--json]\n"
            "import reads predictions made elsewhere: COCO results (boxes, polygons, RLE masks, "
            "each with its \"score\"), DICOM Segmentations, or a CSV of image labels "
            "(image or item, label, score). stats gives, per label, the acceptance rate and the "
            "mean IoU between each accepted suggestion and the shape the reader kept, and the "
            "time saved per item against items without suggestions."),
        actionArguments(concord::tr("list, import or stats."),
                        {QStringLiteral("file"), concord::tr("import: the predictions."),
                         QStringLiteral("[FILE]")}),
        {jsonOption(),
         {QStringLiteral("format"),
          concord::tr("import: coco (the default), dicom-seg (a SEG file or a folder of them), or "
                      "csv (image labels)."),
          QStringLiteral("format"), QStringLiteral("coco")},
         {QStringLiteral("name"),
          concord::tr("import: the model's name (the file's name by default)."),
          QStringLiteral("name")},
         {QStringLiteral("version"), concord::tr("import: the model's version."),
          QStringLiteral("version")},
         {QStringLiteral("set"), concord::tr("stats: only this set."), QStringLiteral("id")},
         allowDamagedOption()});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
