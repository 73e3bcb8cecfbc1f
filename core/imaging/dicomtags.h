// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

#include <vector>

namespace concord {

// One attribute of a DICOM header, flattened for display. Sequence items are listed under their
// sequence with a greater depth.
struct DicomTag
{
    QString tag;     // "(0010,0010)"
    QString keyword; // "PatientName", or "Unknown" for private tags
    QString vr;      // "PN"
    QString value;   // as text, shortened for long values; known UIDs followed by their name
    int depth = 0;
    bool identifying = false; // may identify the patient or staff: hidden until asked for
};

// Every attribute of the file's meta header and dataset, in file order, without decoding or
// loading Pixel Data.
Expected<std::vector<DicomTag>> readDicomTags(const QString &path);

// A UI value with the name DCMTK knows for each UID in it: "1.2.840.10008.1.2.1 (Little Endian
// Explicit)". Unknown UIDs (an image's own instance UID) stay as they are.
QString withUidNames(const QString &uids);

// Whether an attribute can identify a person, after the DICOM PS3.15 Basic Application Level
// Confidentiality Profile: the whole Patient group (0010), every person name (VR PN), and the
// dates, institutions, accession and device identifiers the profile lists. UIDs are kept
// visible: they identify images, not people, and readers need them to cross-check a PACS.
bool isIdentifyingAttribute(quint16 group, quint16 element, const QString &vr);

} // namespace concord
