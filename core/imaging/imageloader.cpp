// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/imageloader.h"

#include "core/imaging/rasterloader.h"

#include <QFileInfo>

namespace concord {

bool looksLikeImageFile(const QString &path)
{
    return rasterExtensions().contains(QFileInfo(path).suffix().toLower());
}

Expected<Image> loadImage(const QString &path)
{
    return loadRaster(path);
}

} // namespace concord
