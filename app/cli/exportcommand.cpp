// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

#include "core/exchange/cocoexporter.h"
#include "core/exchange/labelmapexporter.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/itemtruth.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord::cli {

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr("Export the project's annotations."));
    addProjectArgument(parser);
    const QCommandLineOption format(
        QStringLiteral("format"),
        concord::tr("Export format: coco, or png-labelmap (one PNG per item and "
                    "annotator, pixel = label id; "
                    "--out is then a folder)."),
        QStringLiteral("format"), QStringLiteral("coco"));
    const QCommandLineOption out(QStringLiteral("out"), concord::tr("Output file."),
                                 QStringLiteral("file"));
    const QCommandLineOption reader(
        {QStringLiteral("reader"), QStringLiteral("annotator")},
        concord::tr("Only this reader's own work (repeatable; --annotator is the same)."),
        QStringLiteral("id"));
    const QCommandLineOption allowDamaged = allowDamagedOption();
    const QCommandLineOption truth(
        QStringLiteral("truth"),
        concord::tr(
            "Each accepted item's final answer (the quality workflow's truth: consensus, review "
            "or adjudication). The default once the project has a quality policy."));
    const QCommandLineOption allWork(
        QStringLiteral("all-work"),
        concord::tr("Every reader's own work, side by side. The default while the project has no "
                    "quality policy."));
    parser.addOptions({format, out, reader, truth, allWork, allowDamaged});
    if (auto exit = parseArguments(parser, QStringLiteral("export"), arguments, 1, 1))
        return *exit;
    const bool labelMaps = parser.value(format) == QLatin1String("png-labelmap");
    if (parser.value(format) != QLatin1String("coco") && !labelMaps)
        return failWith(concord::tr("unknown export format \"%1\"; supported: coco, png-labelmap")
                            .arg(parser.value(format)));
    if (!parser.isSet(out))
        return failWith(concord::tr("--out <file> is required"));
    if (int(parser.isSet(truth)) + int(parser.isSet(allWork)) + int(parser.isSet(reader)) > 1)
        return failWith(concord::tr("--truth, --all-work and --reader exclude each other"));
    OpenedProject opened =
        openProjectForCommand(parser.positionalArguments().first(), parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    const Workspace &workspace = *opened.workspace;
    // What is exported (docs/quality.md, "Final truth"): the truth is what a team that runs the
    // quality workflow means by "the labels"; a project that never set a policy has no
    // workflow, and its truth under the default policy would leave out every item read once.
    const bool hasPolicy = !workspace.project().qualityPolicies.empty();
    const bool exportTruth =
        parser.isSet(truth) || (hasPolicy && !parser.isSet(allWork) && !parser.isSet(reader));
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
    } else if (!parser.isSet(reader)) {
        standardOutput() << (hasPolicy
                                 ? concord::tr("Exporting every reader's own work\n")
                                 : concord::tr("Exporting every reader's own work (the project has "
                                               "no quality policy, so no accepted answers)\n"));
    }
    const AnnotationStore &store = truths ? *truths : everyone;
    if (labelMaps) {
        QStringList itemsWithoutImageSize;
        Expected<int> written =
            writeLabelMaps(workspace.project(), workspace.items(), store, parser.value(out),
                           parser.values(reader), &itemsWithoutImageSize);
        if (!written)
            return failWith(written.error().toString());
        if (!itemsWithoutImageSize.isEmpty()) {
            standardError() << concord::tr(
                                   "warning: no label maps for items %1: items.jsonl does not "
                                   "record their image size\n")
                                   .arg(itemsWithoutImageSize.join(QStringLiteral(", ")));
        }
        standardOutput() << concord::tr("Wrote %1 label maps and labelmap.json to %2\n")
                                .arg(*written)
                                .arg(parser.value(out));
        return ExitOk;
    }
    CocoExportOptions options;
    options.annotatorIds = parser.values(reader);
    CocoExportWarnings warnings;
    const Json document =
        buildCocoDocument(workspace.project(), workspace.items(), store, options, &warnings);
    if (MaybeError error = writeCocoFile(parser.value(out), document))
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
               .arg(parser.value(out));
    return ExitOk;
}

} // namespace concord::cli
