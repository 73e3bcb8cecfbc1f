// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/pseudonymkey.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <optional>

class DcmItem;

namespace concord {

// DICOM PS3.15 Annex E: the Basic Application Level Confidentiality Profile, with two of its
// options (docs/deidentification.md).
struct DeidentificationOptions
{
    // "Retain Longitudinal Temporal Information with Modified Dates": dates move by this many
    // days, the same for every file of a run, instead of being removed. Empty: the basic
    // profile removes them.
    std::optional<int> dateShiftDays;
    // "Clean Descriptors": free-text descriptions (study, series, protocol...) are kept without
    // the identifiers found in the same file, instead of being removed.
    bool cleanDescriptors = false;
};

struct DeidentifiedFile
{
    QString outputFile;
    QString studyInstanceUid; // the new ones
    QString seriesInstanceUid;
    QString sopInstanceUid;
    QStringList warnings; // burned-in annotation: what the profile cannot remove
};

// Applies the profile to `dataset` in place: identifying attributes removed, emptied or given
// dummy values as Table E.1-1 says, recursively through sequences; every private attribute,
// curve and overlay removed; UIDs replaced through `key`, the same original always by the same
// new UID; the patient id and name replaced by one pseudonym, so a patient's files still group;
// Patient Identity Removed, the De-identification Method and its Code Sequence, and Longitudinal
// Temporal Information Modified set. Pixel data is never touched: `warnings` says when Burned In
// Annotation is YES or not stated.
void deidentifyDataset(DcmItem &dataset, const PseudonymKey &key,
                       const DeidentificationOptions &options, QStringList *warnings);

// Reads the DICOM file `source`, de-identifies it and writes it into `outputFolder` (which must
// exist) as "<new SOP Instance UID>.dcm", never under a name derived from the original, which
// may hold a patient's name. The file appears whole or not at all: nothing is written when
// reading, de-identifying or writing fails, and the error names the file.
Expected<DeidentifiedFile> deidentifyDicomFile(const QString &source, const QString &outputFolder,
                                               const PseudonymKey &key,
                                               const DeidentificationOptions &options);

} // namespace concord
