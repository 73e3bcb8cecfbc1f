// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace concord {
class AnnotationStore;
class ItemList;
class PseudonymKey;
class Workspace;
} // namespace concord

namespace concord::cli {

// DICOM SEG and SR for `export` and `import-annotations` (docs/dicom-exchange.md): kept apart
// from those commands so they only hand over when --format names a DICOM format.

// "dicom-seg" or "dicom-sr".
bool isDicomExportFormat(const QString &format);

// Writes `store`'s work on `items` (of `readers`, or everyone) as `format` to the folder `out`,
// one file per source image and reader, and reports what was written and what was left out. Exit
// code: ExitOk when something was written or there was nothing to write, ExitBadInput when every
// item with work was left out or writing failed. With `deidentifyWith`, every object written is
// de-identified with that key (docs/deidentification.md, "Exports") and named by its new SOP
// Instance UID; its references then name the sources as de-identified with the same key.
int runDicomExport(const Workspace &workspace, const ItemList &items, const AnnotationStore &store,
                   const QString &format, const QString &out, const QStringList &readers,
                   const PseudonymKey *deidentifyWith = nullptr);

// Imports the DICOM Segmentations at `path` (a file, or a folder of them) as `annotatorId`'s
// masks, all or nothing, in a new session.
int runDicomSegImport(Workspace &workspace, const QString &path, const QString &annotatorId);

} // namespace concord::cli
