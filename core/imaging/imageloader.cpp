// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/imageloader.h"

#include "core/imaging/dicomloader.h"
#include "core/imaging/rasterloader.h"
#include "core/imaging/tiledimage.h"

#include <QFile>
#include <QFileInfo>

namespace concord {

// A DICOM Part 10 file has a 128-byte preamble followed by "DICM" (PS3.10 7.1). Files from
// some modalities and PACS exports carry no extension, so the content decides.
static bool hasDicomPreamble(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(132);
    return head.size() == 132 && head.mid(128, 4) == "DICM";
}

static bool hasDicomExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("dcm") || suffix == QLatin1String("dicom");
}

bool isDicomFile(const QString &path)
{
    return hasDicomExtension(path) || hasDicomPreamble(path);
}

bool looksLikeImageFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
        return false; // a directory of references, not an image
    if (rasterExtensions().contains(info.suffix().toLower()) || hasDicomExtension(path))
        return true;
    return hasDicomPreamble(path);
}

Expected<Image> loadImage(const QString &path)
{
    if (isDicomFile(path))
        return loadDicom(path);
    return loadRaster(path);
}

cv::Mat summaryFrame(const Image &image)
{
    if (image.isTiled())
        return image.tiled->overview();
    return image.frames.empty() ? cv::Mat() : image.frames.front();
}

} // namespace concord
