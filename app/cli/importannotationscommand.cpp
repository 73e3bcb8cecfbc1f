// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/dicomexchangecommand.h"

#include "core/exchange/cocoimporter.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QFileInfo>

namespace concord::cli {

namespace {

// Publishes the taxonomy with a label for each of `missing`, as the lead `leadId`, once the whole
// file has been checked against it: a file that would be refused anyway adds no label.
int addCategoriesAsLabels(Workspace &workspace, const QString &file,
                          const std::vector<CocoCategory> &missing, const QStringList &names,
                          const QString &leadId)
{
    Project withLabels = workspace.project();
    withLabels.taxonomy = withCocoCategories(withLabels.taxonomy, missing);
    if (Expected<CocoImport> checked = readCocoAnnotations(file, withLabels, workspace.items());
        !checked)
        return failWith(checked.error().toString());
    return runAs(workspace, leadId, [&] {
        const Project &project = workspace.project();
        const GuidelineVersion *current = project.findGuideline(project.currentGuidelineVersion);
        const Expected<int> version = workspace.publishGuidelineVersion(
            concord::tr("Taxonomy: added %1 for the import of %2")
                .arg(names.join(concord::tr(", ")), QFileInfo(file).fileName()),
            current ? current->text : QString(), withLabels.taxonomy);
        if (!version)
            return failWith(version.error().toString());
        standardOutput() << concord::tr("Added %n label(s) to the taxonomy", nullptr,
                                        int(missing.size()))
                         << concord::tr(" (%1), published as guideline version %2\n")
                                .arg(names.join(concord::tr(", ")))
                                .arg(*version);
        return ExitOk;
    });
}

} // namespace

int runImportAnnotationsCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("import-annotations"),
        concord::tr(
            "Import the boxes, polygons and masks (RLE, compressed or not) of a COCO file as one "
            "annotator's work, in a new session. Images are matched to items by file name, "
            "categories to labels by name. The whole file is checked first: on any problem "
            "nothing is written. Annotations imported before (as this annotator) are left out, "
            "so running it again after an interruption neither duplicates nor loses work.\n"
            "A category no label matches refuses the file, unless --add-labels: its categories "
            "the taxonomy lacks then become labels (under the label their supercategory names, "
            "when there is one), published with a new guideline version by the lead --as names, "
            "as the window's taxonomy editor would; the whole file is checked against the "
            "taxonomy with them before anything is written."),
        {projectArgument(),
         {QStringLiteral("file"),
          concord::tr("COCO JSON file; with dicom-seg, a DICOM Segmentation or a folder of "
                      "them.")}},
        {{QStringLiteral("format"),
          concord::tr("Input format: coco, or dicom-seg (each frame of a binary DICOM "
                      "Segmentation becomes a mask of the item whose SOP Instance UID its source "
                      "image has, with the label its Segment Label names)."),
          QStringLiteral("format"), QStringLiteral("coco")},
         {QStringLiteral("annotator"),
          concord::tr("Whose work the file becomes (added to the project when new)."),
          QStringLiteral("id")},
         {QStringLiteral("add-labels"),
          concord::tr("Add the file's categories the taxonomy lacks as labels first.")},
         asOption(concord::tr("With --add-labels: the lead who adds the labels.")),
         allowDamagedOption()});
    if (auto exit = line.parse(arguments, 2, 2))
        return *exit;
    const QString format = line.value(QStringLiteral("format"));
    const bool addLabels = line.isSet(QStringLiteral("add-labels"));
    const bool dicomSeg = format == QLatin1String("dicom-seg");
    if (format != QLatin1String("coco") && !dicomSeg)
        return failWith(
            concord::tr("unknown import format \"%1\"; supported: coco, dicom-seg").arg(format));
    if (dicomSeg && addLabels)
        return line.usageError(concord::tr("--add-labels works with --format coco only"));
    if (!line.isSet(QStringLiteral("annotator")))
        return failWith(concord::tr("--annotator <id> is required"));
    if (addLabels && !line.isSet(QStringLiteral("as")))
        return line.usageError(concord::tr("--add-labels needs --as <lead>: who adds the labels"));
    const QStringList positional = line.positional();
    const QString &file = positional[1];
    OpenedProject opened = line.openProject(positional[0]);
    if (!opened.workspace)
        return opened.exitCode;
    Workspace &workspace = *opened.workspace;
    const QString annotatorId = line.value(QStringLiteral("annotator"));
    if (dicomSeg)
        return runDicomSegImport(workspace, file, annotatorId);
    const Expected<std::vector<CocoCategory>> missing =
        readMissingCocoCategories(file, workspace.project().taxonomy);
    if (!missing)
        return failWith(missing.error().toString());
    if (!missing->empty()) {
        QStringList names;
        for (const CocoCategory &category : *missing)
            names.append(QStringLiteral("\"%1\" (%2)").arg(category.name).arg(category.id));
        if (!addLabels)
            return failWith(
                FileError{file, concord::tr("categories that are not labels of the "
                                            "project: %1; --add-labels --as LEAD adds them")
                                    .arg(names.join(concord::tr(", ")))}
                    .toString());
        if (const int exit = addCategoriesAsLabels(workspace, file, *missing, names,
                                                   line.value(QStringLiteral("as"))))
            return exit;
    }
    // Check the file before touching the project, so bad input changes nothing at all.
    Expected<CocoImport> imported =
        readCocoAnnotations(file, workspace.project(), workspace.items());
    if (!imported)
        return failWith(imported.error().toString());
    // All or nothing, and only what is not in yet: see commitCocoImport.
    Expected<CocoCommit> committed = commitCocoImport(workspace, annotatorId, *imported);
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
