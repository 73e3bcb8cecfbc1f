// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

#include <opencv2/core.hpp>

#include <vector>

class DcmItem;

namespace concord {

// Turns native (uncompressed) Pixel Data into frames of stored values, as PS3.5 8.1 and PS3.3
// C.7.6.3 describe them: masks and sign-extends Bits Stored below High Bit, undoes colour-by-
// plane, converts YBR_FULL and YBR_FULL_422 to RGB and expands PALETTE COLOR through its lookup
// tables. `layout` is the header as read from `dataset` after any decompression. Checks that
// Pixel Data holds as many bytes as the layout needs.
Expected<std::vector<cv::Mat>> decodePixelData(DcmItem &dataset, const ImageMetadata &layout,
                                               const QString &path);

} // namespace concord
