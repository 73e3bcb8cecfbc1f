// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/pixelspacing.h"

#include <QString>

#include <optional>

namespace concord {

// The largest image an item may declare: DICOM stores rows and columns in 16 bits, and OpenCV
// decodes at most 2^30 pixels by default. A larger size read from a file is damage, reported
// with a message and never allocated.
inline constexpr int MaxImageSide = 65535;
inline constexpr qint64 MaxImagePixels = qint64(1) << 30;

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
    // From the DICOM header at import (Pixel Spacing, else Imager Pixel Spacing), so distances
    // between annotations can be given in mm without reopening the file. Empty for rasters and
    // for items imported before spacing was recorded: their distances stay in pixels.
    std::optional<PixelSpacing> pixelSpacing;

    bool operator==(const Item &) const = default;
};

} // namespace concord
