// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/segmentationsend.h"

#include "core/exchange/dicomsegexporter.h"
#include "core/model/itemlist.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

namespace concord {

Expected<SegmentationSendReport>
sendSegmentationsToPacs(const ProjectFolder &folder, const Project &project, const Item &item,
                        const AnnotationStore &store, const QStringList &annotatorIds,
                        const PacsNode &node, const PacsOptions &options,
                        const std::atomic<bool> *cancel)
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
    Expected<std::vector<StoreReceipt>> receipts = sendToPacs(node, files, options, {}, cancel);
    if (!receipts)
        return receipts.error();
    const QDir root(destination);
    for (StoreReceipt &receipt : *receipts)
        receipt.file = root.relativeFilePath(receipt.file); // the temporary folder goes
    report.receipts = std::move(*receipts);
    report.cancelled = cancel && cancel->load() && report.receipts.size() < size_t(files.size());
    return report;
}

} // namespace concord
