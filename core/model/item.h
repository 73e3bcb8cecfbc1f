// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace concord {

// One image to label. The id is derived from the content hash, so two copies of a project that
// import the same file agree on its id, which keeps merging journals conflict-free.
struct Item
{
    QString id;
    QString path; // relative to the project folder where possible
    QString sha256;
    int width = 0;
    int height = 0;
    QString group; // grouping key, e.g. the sub-folder it came from

    // DICOM identity, empty for rasters.
    QString patientId;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;

    bool operator==(const Item &) const = default;
};

} // namespace concord
