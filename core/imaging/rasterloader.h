// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

namespace concord {

// Loads PNG, JPEG, TIFF (8 and 16 bit) and BMP through OpenCV, keeping the stored bit depth.
// Colour images come back in RGB order (OpenCV decodes BGR), grey images with one channel.
Expected<Image> loadRaster(const QString &path);

// File name extensions loadRaster() accepts, lower case, without the dot.
const QStringList &rasterExtensions();

} // namespace concord
