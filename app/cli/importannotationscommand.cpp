// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

#include "core/exchange/cocoimporter.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

namespace concord::cli {

int runImportAnnotationsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Import the boxes, polygons and masks (RLE, compressed or not) of a COCO file as one "
        "annotator's work, in a new session. Images are matched to items by file name, "
        "categories to labels by name. The whole file is checked first: on any problem "
        "nothing is written. Annotations imported before (as this annotator) are left out, "
        "so running it again after an interruption neither duplicates nor loses work."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("file"), concord::tr("COCO JSON file."));
    const QCommandLineOption format(QStringLiteral("format"), concord::tr("Input format: coco."),
                                    QStringLiteral("format"), QStringLiteral("coco"));
    const QCommandLineOption annotator(
        QStringLiteral("annotator"),
        concord::tr("Whose work the file becomes (added to the project "
                    "when new)."),
        QStringLiteral("id"));
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOptions({format, annotator, allowDamaged});
    if (auto exit = parseArguments(parser, QStringLiteral("import-annotations"), arguments, 2, 2))
        return *exit;
    if (parser.value(format) != QLatin1String("coco"))
        return failWith(
            concord::tr("unknown import format \"%1\"; supported: coco").arg(parser.value(format)));
    if (!parser.isSet(annotator))
        return failWith(concord::tr("--annotator <id> is required"));
    const QStringList positional = parser.positionalArguments();
    OpenedProject opened = openProjectForCommand(positional[0], parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    const std::unique_ptr<Workspace> *workspace = &opened.workspace;
    const QString annotatorId = parser.value(annotator);
    // Check the file before touching the project, so bad input changes nothing at all.
    Expected<CocoImport> imported =
        readCocoAnnotations(positional[1], (*workspace)->project(), (*workspace)->items());
    if (!imported)
        return failWith(imported.error().toString());
    // All or nothing, and only what is not in yet: see commitCocoImport.
    Expected<CocoCommit> committed = commitCocoImport(**workspace, annotatorId, *imported);
    if (!committed)
        return failWith(committed.error().toString());
    standardOutput() << concord::tr("Imported %1 boxes, %2 polygons, %3 masks as %4's work\n")
                            .arg(committed->boxes)
                            .arg(committed->polygons)
                            .arg(committed->masks)
                            .arg(annotatorId);
    if (committed->alreadyImported > 0) {
        standardOutput() << concord::tr("Left out %1 annotations imported before\n")
                                .arg(committed->alreadyImported);
    }
    return ExitOk;
}

} // namespace concord::cli
