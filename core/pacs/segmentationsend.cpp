// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/segmentationsend.h"

#include "core/exchange/dicomdeidentifier.h"
#include "core/exchange/dicomsegexporter.h"
#include "core/model/itemlist.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

namespace concord {

Expected<SegmentationSendReport>
sendSegmentationsToPacs(const ProjectFolder &folder, const Project &project, const Item &item,
                        const AnnotationStore &store, const QStringList &annotatorIds,
                        const PacsNode &node, const PacsOptions &options,
                        const std::atomic<bool> *cancel, const PseudonymKey *deidentifyWith)
{
    if (MaybeError problem = checkPacsNode(node))
        return *problem;
    // The SEG carries the patient's name and IDs from its source: it is written where only the
    // user may read (QTemporaryDir makes its folder 0700) and goes once sent.
    QTemporaryDir staging(QDir::tempPath() + QStringLiteral("/concord-seg-XXXXXX"));
    if (!staging.isValid())
        return FileError{staging.path(),
                         concord::tr("cannot create a temporary folder for the segmentation: %1")
                             .arg(staging.errorString())};
    ItemList items;
    items.add(item);
    DicomExportOptions exportOptions;
    exportOptions.annotatorIds = annotatorIds;
    exportOptions.softwareVersion = QCoreApplication::applicationVersion();
    // What Concord writes of the reader is named by pseudonyms before the profile runs, as a
    // de-identified export does (core/exchange/dicomexport.h).
    exportOptions.pseudonymsFrom = deidentifyWith;
    if (cancel)
        exportOptions.control.cancelled = [cancel] { return cancel->load(); };
    const QString destination = staging.filePath(QStringLiteral("seg"));
    Expected<DicomExportResult> written =
        exportDicomSegmentations(folder, project, items, store, destination, exportOptions);
    if (!written)
        return written.error();
    SegmentationSendReport report;
    report.skipped = written->skipped;
    if (written->cancelled) {
        report.cancelled = true;
        return report;
    }
    QStringList files;
    QDirIterator found(destination, {QStringLiteral("*.dcm")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (found.hasNext())
        files << found.next();
    files.sort();
    if (files.isEmpty())
        return FileError{item.path,
                         report.skipped.isEmpty()
                             ? concord::tr("item %1: no segmentation to send").arg(item.id)
                             : report.skipped.join(QLatin1Char('\n'))};
    const QDir root(destination);
    // The name each sent file is reported by: its export name, also for a de-identified copy.
    QHash<QString, QString> exportNames;
    for (const QString &file : files)
        exportNames.insert(file, root.relativeFilePath(file));
    if (deidentifyWith) {
        // The same profile and options as concord-cli export --deidentify, so the node gets
        // what that export would have written; the identified SEGs stay in the staging folder.
        const QString deidentified = staging.filePath(QStringLiteral("deidentified"));
        if (!QDir().mkpath(deidentified))
            return FileError{deidentified, concord::tr("cannot create the folder")};
        QStringList sendable;
        for (const QString &file : std::as_const(files)) {
            const Expected<DeidentifiedFile> done =
                deidentifyDicomFile(file, deidentified, *deidentifyWith, DeidentificationOptions{});
            if (!done)
                return done.error();
            // Burned In Annotation warnings are not passed on: a SEG's pixels are the
            // reader's segments as Concord drew them, not a scanner's image.
            exportNames.insert(done->outputFile, exportNames.value(file));
            sendable << done->outputFile;
        }
        files = sendable;
        report.deidentified = true;
    }
    Expected<std::vector<StoreReceipt>> receipts = sendToPacs(node, files, options, {}, cancel);
    if (!receipts)
        return receipts.error();
    for (StoreReceipt &receipt : *receipts) // the temporary folder goes
        receipt.file = exportNames.value(receipt.file, QFileInfo(receipt.file).fileName());
    report.receipts = std::move(*receipts);
    report.cancelled = cancel && cancel->load() && report.receipts.size() < size_t(files.size());
    return report;
}

} // namespace concord
