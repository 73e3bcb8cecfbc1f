// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/datasetexportcommand.h"
#include "app/cli/dicomexchangecommand.h"

#include "core/curation/splitrecords.h"
#include "core/exchange/cocoexporter.h"
#include "core/exchange/datasetexporters.h"
#include "core/exchange/labelmapexporter.h"
#include "core/exchange/pseudonymkey.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/itemtruth.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace concord::cli {

int runExportCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("export"), concord::tr("Export the project's annotations."),
        {projectArgument()},
        {{QStringLiteral("format"),
          concord::tr("Export format: coco, png-labelmap (one PNG per item and annotator, "
                      "pixel = label id), dicom-seg (one DICOM Segmentation per DICOM image and "
                      "annotator), dicom-sr (one DICOM measurement report per DICOM image and "
                      "annotator), voc, yolo, csv or jsonl (training sets with copies of the "
                      "images, docs/dataset-formats.md); --out is a folder for all but coco."),
          QStringLiteral("format"), QStringLiteral("coco")},
         {QStringLiteral("out"), concord::tr("Output file."), QStringLiteral("file")},
         {{QStringLiteral("reader"), QStringLiteral("annotator")},
          concord::tr("Only this reader's own work (repeatable; --annotator is the same)."),
          QStringLiteral("id")},
         {QStringLiteral("truth"),
          concord::tr("Each accepted item's final answer (the quality workflow's truth: "
                      "consensus, review or adjudication). The default once the project has a "
                      "quality policy.")},
         {QStringLiteral("all-work"),
          concord::tr("Every reader's own work, side by side. The default while the project has "
                      "no quality policy.")},
         {QStringLiteral("split"),
          concord::tr("Only the items of this split of the newest recorded split (concord-cli "
                      "split)."),
          QStringLiteral("name")},
         {QStringLiteral("per-split"),
          concord::tr("voc, yolo, csv, jsonl: one dataset per split of the newest recorded split, "
                      "each in a sub-folder of --out named after it.")},
         {QStringLiteral("images"),
          concord::tr("voc, yolo, csv, jsonl: copy the images (the default), or hard-link them to "
                      "the project's files (link: no space taken; the dataset and the project "
                      "must be on one file system)."),
          QStringLiteral("copy|link"), QStringLiteral("copy")},
         {QStringLiteral("deidentify"),
          concord::tr("De-identify what is written with the project's key: image names, SOP "
                      "Instance UIDs, item, reader and session ids as pseudonyms; DICOM images, "
                      "SEG and SR through the PS3.15 basic profile; PNG text chunks removed. "
                      "Matches the images concord-cli deidentify --project writes.")},
         allowDamagedOption()});
    if (auto exit = line.parse(arguments, 1, 1))
        return *exit;
    const QString format = line.value(QStringLiteral("format"));
    const QString out = line.value(QStringLiteral("out"));
    const QStringList readers = line.values(QStringLiteral("reader"));
    const bool truth = line.isSet(QStringLiteral("truth"));
    const bool allWork = line.isSet(QStringLiteral("all-work"));
    const bool oneReader = line.isSet(QStringLiteral("reader"));
    const bool labelMaps = format == QLatin1String("png-labelmap");
    if (format != QLatin1String("coco") && !labelMaps && !isDicomExportFormat(format) &&
        !datasetFormatNamed(format))
        return failWith(concord::tr("unknown export format \"%1\"; supported: coco, png-labelmap, "
                                    "dicom-seg, dicom-sr, voc, yolo, csv, jsonl")
                            .arg(format));
    if (!line.isSet(QStringLiteral("out")))
        return failWith(concord::tr("--out <file> is required"));
    if (int(truth) + int(allWork) + int(oneReader) > 1)
        return failWith(concord::tr("--truth, --all-work and --reader exclude each other"));
    const std::optional<DatasetImages> images =
        datasetImagesNamed(line.value(QStringLiteral("images")));
    if (!images)
        return line.usageError(concord::tr("--images is copy or link, not \"%1\"")
                                   .arg(line.value(QStringLiteral("images"))));
    if (line.isSet(QStringLiteral("images")) && !datasetFormatNamed(format))
        return failWith(concord::tr("--images is for the voc, yolo, csv and jsonl formats, which "
                                    "hold the images"));
    if (*images == DatasetImages::Link && line.isSet(QStringLiteral("deidentify")))
        return failWith(concord::tr("--images link cannot go with --deidentify: a link is the "
                                    "original file, with everything in it that names the "
                                    "patient; de-identified images are always copies"));
    OpenedProject opened = line.openProject(line.positional().constFirst());
    if (!opened.workspace)
        return opened.exitCode;
    const Workspace &workspace = *opened.workspace;
    if (MaybeError refused = refuseExportDestination(workspace.folder(), out))
        return failWith(refused->toString());
    // A fresh <project>/exports/ (or any new folder the user names) is made on the way.
    if (!QDir().mkpath(QFileInfo(out).absolutePath()))
        return failWith(
            FileError{QFileInfo(out).absolutePath(), concord::tr("cannot make the folder")}
                .toString());
    // What is exported (docs/quality.md, "Final truth"): the truth is what a team that runs the
    // quality workflow means by "the labels"; a project that never set a policy has no
    // workflow, and its truth under the default policy would leave out every item read once.
    const bool hasPolicy = !workspace.project().qualityPolicies.empty();
    const bool exportTruth = truth || (hasPolicy && !allWork && !oneReader);
    // Exports are the whole project's work, not one viewer's.
    const AnnotationStore &everyone = WorkspaceInternals::store(workspace);
    std::optional<AnnotationStore> truths;
    if (exportTruth) {
        truths = truthStore(workspace.project(), workspace.items(), everyone,
                            workspace.project().currentQualityPolicy());
        standardOutput() << concord::tr(
                                "Exporting the accepted answers (quality policy version %1; "
                                "--all-work or --reader ID for the readers' own work)\n")
                                .arg(workspace.project().currentQualityPolicy().version);
    } else if (!oneReader) {
        standardOutput() << (hasPolicy
                                 ? concord::tr("Exporting every reader's own work\n")
                                 : concord::tr("Exporting every reader's own work (the project has "
                                               "no quality policy, so no accepted answers)\n"));
    }
    const AnnotationStore &store = truths ? *truths : everyone;
    std::optional<SplitSelection> split;
    if (line.isSet(QStringLiteral("split"))) {
        Expected<SplitSelection> selected = selectSplitItems(workspace.folder(), workspace.items(),
                                                             line.value(QStringLiteral("split")));
        if (!selected)
            return failWith(selected.error().toString());
        split = std::move(*selected);
        if (split->unassigned > 0)
            standardError() << concord::tr("warning: %n item(s) imported after split version %1 "
                                           "are in no split and left out\n",
                                           nullptr, split->unassigned)
                                   .arg(split->version);
    }
    const ItemList &exportedItems = split ? split->items : workspace.items();
    // The project's key, so that every de-identified export of the project names the same
    // image the same way (docs/deidentification.md, "Exports").
    std::optional<PseudonymKey> key;
    if (line.isSet(QStringLiteral("deidentify"))) {
        Expected<PseudonymKey> projectKey = PseudonymKey::loadOrCreate(
            QDir(workspace.folder().root()).filePath(QLatin1String(ProjectKeyFileName)));
        if (!projectKey)
            return failWith(projectKey.error().toString());
        key = *projectKey;
    }
    if (datasetFormatNamed(format))
        return runDatasetExport(workspace, exportedItems, store, format, out, readers,
                                split ? line.value(QStringLiteral("split")) : QString(),
                                line.isSet(QStringLiteral("per-split")), *images,
                                key ? &*key : nullptr);
    if (isDicomExportFormat(format))
        return runDicomExport(workspace, exportedItems, store, format, out, readers,
                              key ? &*key : nullptr);
    if (labelMaps) {
        QStringList itemsWithoutImageSize;
        Expected<int> written =
            writeLabelMaps(workspace.project(), exportedItems, store, out, readers,
                           &itemsWithoutImageSize, key ? &*key : nullptr);
        if (!written)
            return failWith(written.error().toString());
        if (!itemsWithoutImageSize.isEmpty()) {
            standardError() << concord::tr(
                                   "warning: no label maps for items %1: items.jsonl does not "
                                   "record their image size\n")
                                   .arg(itemsWithoutImageSize.join(QStringLiteral(", ")));
        }
        standardOutput()
            << concord::tr("Wrote %1 label maps and labelmap.json to %2\n").arg(*written).arg(out);
        return ExitOk;
    }
    CocoExportOptions options;
    options.annotatorIds = readers;
    options.deidentifyWith = key ? &*key : nullptr;
    CocoExportWarnings warnings;
    const Json document =
        buildCocoDocument(workspace.project(), exportedItems, store, options, &warnings);
    if (MaybeError error = writeCocoFile(out, document))
        return failWith(error->toString());
    if (warnings.masksWithoutImageSize > 0) {
        standardError() << concord::tr(
                               "warning: %1 masks left out of the COCO file: COCO masks need "
                               "the image size, which items.jsonl does not record for items %2\n")
                               .arg(warnings.masksWithoutImageSize)
                               .arg(warnings.itemsWithoutImageSize.join(QStringLiteral(", ")));
    }
    standardOutput()
        << concord::tr(
               "Wrote %1 images, %2 annotations (boxes, polygons, masks), %3 image labels to %4\n")
               .arg(document["images"].size())
               .arg(document["annotations"].size())
               .arg(document["image_labels"].size())
               .arg(out);
    return ExitOk;
}

} // namespace concord::cli
