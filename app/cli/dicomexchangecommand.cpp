// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/dicomexchangecommand.h"

#include "app/cli/clicommand.h"
#include "core/exchange/dicomdeidentifier.h"
#include "core/exchange/dicomsegexporter.h"
#include "core/exchange/dicomsegimporter.h"
#include "core/exchange/dicomsrexporter.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>

namespace concord::cli {

bool isDicomExportFormat(const QString &format)
{
    return format == QLatin1String("dicom-seg") || format == QLatin1String("dicom-sr");
}

namespace {

// De-identifies every file in `staging` into `out`, then removes `staging`; the identified
// objects never reach `out`.
MaybeError deidentifyInto(const QString &staging, const QString &out, const PseudonymKey &key)
{
    QDirIterator files(staging, QDir::Files, QDirIterator::Subdirectories);
    MaybeError failure;
    while (files.hasNext() && !failure) {
        const Expected<DeidentifiedFile> done =
            deidentifyDicomFile(files.next(), out, key, DeidentificationOptions{});
        if (!done)
            failure = done.error();
        else
            for (const QString &warning : done->warnings)
                standardError() << concord::tr("warning: %1\n").arg(warning);
    }
    QDir(staging).removeRecursively();
    return failure;
}

} // namespace

int runDicomExport(const Workspace &workspace, const ItemList &items, const AnnotationStore &store,
                   const QString &format, const QString &out, const QStringList &readers,
                   const PseudonymKey *deidentifyWith)
{
    DicomExportOptions options;
    options.annotatorIds = readers;
    options.softwareVersion = QCoreApplication::applicationVersion();
    options.pseudonymsFrom = deidentifyWith;
    const bool segmentations = format == QLatin1String("dicom-seg");
    // De-identified exports are written into a staging folder beside their place first.
    const QString target =
        deidentifyWith ? QDir(out).filePath(QStringLiteral(".identified-export")) : out;
    const Expected<DicomExportResult> result =
        segmentations ? exportDicomSegmentations(workspace.folder(), workspace.project(), items,
                                                 store, target, options)
                      : exportDicomMeasurementReports(workspace.folder(), workspace.project(),
                                                      items, store, target, options);
    if (!result) {
        if (deidentifyWith)
            QDir(target).removeRecursively();
        return failWith(result.error().toString());
    }
    if (deidentifyWith) {
        if (MaybeError error = deidentifyInto(target, out, *deidentifyWith))
            return failWith(error->toString());
    }
    for (const QString &skipped : result->skipped)
        standardError() << concord::tr("warning: left out %1\n").arg(skipped);
    standardOutput() << (segmentations ? concord::tr("Wrote %n DICOM segmentation(s) to %1\n",
                                                     nullptr, result->written)
                                       : concord::tr("Wrote %n DICOM measurement report(s) to %1\n",
                                                     nullptr, result->written))
                            .arg(out);
    if (result->written == 0 && !result->skipped.isEmpty())
        return failWith(concord::tr("nothing written: every item with work was left out"));
    return ExitOk;
}

int runDicomSegImport(Workspace &workspace, const QString &path, const QString &annotatorId)
{
    // Read and check every file before touching the project, so bad input changes nothing.
    const Expected<CocoImport> imported =
        readDicomSegmentations(path, workspace.project(), workspace.items());
    if (!imported)
        return failWith(imported.error().toString());
    const Expected<CocoCommit> committed = commitCocoImport(workspace, annotatorId, *imported);
    if (!committed)
        return failWith(committed.error().toString());
    standardOutput() << concord::tr("Imported %n mask(s) as %1's work\n", nullptr, committed->masks)
                            .arg(annotatorId);
    if (committed->alreadyImported > 0) {
        standardOutput() << concord::tr("Left out %n mask(s) imported before\n", nullptr,
                                        committed->alreadyImported);
    }
    return ExitOk;
}

} // namespace concord::cli
