// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace concord {

// Physical size of a pixel, and which header attribute it came from, because Pixel Spacing
// (patient plane) and Imager Pixel Spacing (detector plane) mean different things.
// Kept apart from image.h so that an Item (core/model/item.h) can carry it without OpenCV.
struct PixelSpacing
{
    double rowMm = 0;    // distance between rows
    double columnMm = 0; // distance between columns
    QString source;      // e.g. "PixelSpacing" or "ImagerPixelSpacing"

    bool operator==(const PixelSpacing &) const = default;
};

} // namespace concord
