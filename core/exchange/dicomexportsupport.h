// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the DICOM SEG and SR exporters share: finding an item's source image, the layout and
// staging of the files they write, and turning project text into DICOM values. Internal to
// core/exchange (the DCMTK types appear only in the exporters' .cpp files and here).

#include "core/exchange/dicomexport.h"
#include "core/util/error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <QString>

#include <functional>
#include <memory>

namespace concord {

struct Item;
struct ItemWork;

namespace dicomexport {

// The DICOM file an item was imported from, its header loaded (pixel data left on disk).
// An error message naming the item when it is not a DICOM image, its file cannot be read, its
// SOP Instance UID is not the one items.jsonl recorded, or its Rows and Columns are not the
// item's size.
struct SourceImage
{
    std::unique_ptr<DcmFileFormat> file;
    DcmDataset *dataset = nullptr;
    QString path;
    Uint16 rows = 0;
    Uint16 columns = 0;
};
Expected<SourceImage> loadSourceImage(const ProjectFolder &folder, const Item &item);

// One object to write: the work of one reader on one item, and the item's source image.
struct ExportUnit
{
    const Item &item;
    const QString &annotatorId;
    const ItemWork &work;
    SourceImage &source;
};

// What writing one unit came to: `skipped` says why nothing was written (naming the item);
// empty when the file was written to `stagedPath`.
using WriteUnit =
    std::function<Expected<QString>(const ExportUnit &unit, const QString &stagedPath)>;

// Runs an export: for every item and reader (options.annotatorIds, or all) with work, loads
// the source image and calls `write`, which writes the staged file. Every file goes to
// <destination>/<reader>/<item><suffix> (each a safe file name, core/storage/safepath.h) once
// all are written; a stop or an error leaves the destination as it was, and so does an export
// that writes nothing. `hasContent` says whether a unit's work has anything this export
// writes; a unit without is skipped with `noContentMessage`, before its source is read.
Expected<DicomExportResult> runExport(const ProjectFolder &folder, const ItemList &items,
                                      const AnnotationStore &store, const QString &destination,
                                      const DicomExportOptions &options, const QString &kind,
                                      const QString &suffix,
                                      const std::function<bool(const ItemWork &)> &hasContent,
                                      const QString &noContentMessage, const WriteUnit &write);

// Lets only DCMTK's fatal messages of the SEG and SR libraries through: they log what they
// refuse to stderr, and Concord reports it in a FileError instead. Once per process; any thread.
void quietDicomObjectLoggers();

// `text` as a DICOM LO, SH or similar value: backslashes (the value separator) and control
// characters replaced by spaces, cut to `maxCharacters`. The data sets are UTF-8 (ISO_IR 192).
OFString dicomText(const QString &text, int maxCharacters);
// A person name (PN) for a reader: the display name, or the id when there is none, as one
// family-name component ('^' and '=' would split it into components and groups); with a key,
// the reader's pseudonym (DicomExportOptions::pseudonymsFrom).
OFString readerPersonName(const Project &project, const QString &annotatorId,
                          const PseudonymKey *pseudonymsFrom);
// A session id as an export writes it: itself, or with a key its pseudonym.
QString sessionName(const QString &sessionId, const PseudonymKey *pseudonymsFrom);
// The condition's text, for a message.
QString conditionText(const OFCondition &condition);

// Saves `file` to `stagedPath` (Explicit VR Little Endian) once `made`, how making its data set
// went, is good. Empty when it was written, as a WriteUnit returns; otherwise a FileError
// naming the staged file whose message is `cannotWrite` given the condition's text.
Expected<QString> saveStagedFile(DcmFileFormat &file, OFCondition made, const QString &stagedPath,
                                 const QString &cannotWrite);

} // namespace dicomexport

} // namespace concord
