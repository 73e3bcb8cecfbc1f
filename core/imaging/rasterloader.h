// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/image.h"
#include "core/util/error.h"

namespace concord {

// Loads PNG, JPEG, TIFF (8 and 16 bit) and BMP through OpenCV, keeping the stored bit depth.
// Colour images come back in RGB order (OpenCV decodes BGR), grey images with one channel.
// A TIFF that readsByTile() comes back as a TiledImage instead, with no frames.
Expected<Image> loadRaster(const QString &path);

// Above this many pixels a TIFF is read by tile (docs/viewer.md, "Big rasters"): 50 MP, ten
// times a large radiograph, 150 MB decoded as RGB.
constexpr qint64 TiledReadingPixels = qint64(50) * 1000 * 1000;

// Whether the TIFF at `path` is read by tile: it is big, or it holds reduced copies of itself
// (a pyramid). Reads only the file's directories.
bool readsByTile(const QString &path);

// File name extensions loadRaster() accepts, lower case, without the dot.
const QStringList &rasterExtensions();

} // namespace concord
