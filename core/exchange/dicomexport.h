// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/exportcontrol.h"

#include <QStringList>

namespace concord {

// What both exporters read: the project's folder, its facts and items, and the readers' work.
struct Project;
class ItemList;
class AnnotationStore;
class ProjectFolder;
class PseudonymKey;

// What a DICOM SEG or SR export (core/exchange/dicomsegexporter.h, dicomsrexporter.h) is asked
// to write.
struct DicomExportOptions
{
    QStringList annotatorIds; // empty: every annotator in the store
    ExportControl control;    // progress per item; a stop leaves the destination as it was
    // Software Versions (0018,1020) of the objects written; "unknown" when empty.
    QString softwareVersion;
    // For an export that then goes through the PS3.15 profile: people (the observer, the
    // content creator) and sessions are named by the pseudonyms this key gives them, the same a
    // de-identified COCO export writes (docs/deidentification.md, "Exports").
    const PseudonymKey *pseudonymsFrom = nullptr;
};

// What a DICOM export wrote, and what it left out.
struct DicomExportResult
{
    bool cancelled = false; // stopped by the control: nothing was written
    int written = 0;        // DICOM files
    // One line per item and reader left out, naming the item and why (no masks, not a DICOM
    // image, sizes that disagree, no pixel spacing...), for the caller to show.
    QStringList skipped;
};

} // namespace concord
