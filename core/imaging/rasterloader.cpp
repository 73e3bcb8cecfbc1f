// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/rasterloader.h"
#include "core/imaging/imagecodecs.h"
#include "core/imaging/tiledimage.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

namespace concord {

const QStringList &rasterExtensions()
{
    static const QStringList extensions = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                           QStringLiteral("jpeg"), QStringLiteral("tif"),
                                           QStringLiteral("tiff"), QStringLiteral("bmp")};
    return extensions;
}

bool readsByTile(const QString &path)
{
    if (!hasTiffSignature(path))
        return false;
    const Expected<std::vector<TiffLevelLayout>> levels = readTiffLevels(path);
    if (!levels)
        return false; // left to OpenCV, which reads more kinds of TIFF whole
    const TiffLevelLayout &full = levels->front();
    return levels->size() > 1 || qint64(full.width) * full.height > TiledReadingPixels;
}

static Expected<Image> loadTiledRaster(const QString &path)
{
    Expected<std::shared_ptr<TiledImage>> tiled = TiledImage::open(path);
    if (!tiled)
        return tiled.error();
    Image image;
    image.tiled = *tiled;
    ImageMetadata &metadata = image.metadata;
    metadata.sourcePath = path;
    metadata.width = (*tiled)->width();
    metadata.height = (*tiled)->height();
    metadata.frameCount = 1;
    const int depth = CV_MAT_DEPTH((*tiled)->cvType());
    metadata.samplesPerPixel = CV_MAT_CN((*tiled)->cvType());
    metadata.bitsAllocated = metadata.bitsStored = depth == CV_8U ? 8 : 16;
    metadata.isSigned = depth == CV_16S;
    metadata.photometric = metadata.samplesPerPixel == 3 ? Photometric::Rgb
                           : (*tiled)->minIsWhite()      ? Photometric::Monochrome1
                                                         : Photometric::Monochrome2;
    return image;
}

Expected<Image> loadRaster(const QString &path)
{
    // Before reading the file into memory: a big TIFF must never be read whole.
    if (readsByTile(path))
        return loadTiledRaster(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, concord::tr("cannot read: %1").arg(file.errorString())};
    // Decoding from memory (rather than cv::imread) lets us tell "unreadable" from "not an
    // image" and works for paths OpenCV's narrow-string API cannot express.
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return FileError{path, concord::tr("the file is empty")};
    Expected<cv::Mat> decodedOrError = decodeImage(bytes, path);
    if (!decodedOrError)
        return FileError{
            path, concord::tr("cannot decode image: %1").arg(decodedOrError.error().message)};
    cv::Mat decoded = std::move(*decodedOrError);
    if (decoded.empty())
        return FileError{path, concord::tr("not a readable image, or truncated")};

    Image image;
    image.metadata.sourcePath = path;
    if (decoded.depth() != CV_8U && decoded.depth() != CV_16U) {
        // Float or 32-bit rasters are rare in radiography; scale to 16 bit rather than refuse.
        double lo = 0, hi = 0;
        cv::minMaxLoc(decoded.reshape(1), &lo, &hi);
        const double scale = hi > lo ? 65535.0 / (hi - lo) : 1.0;
        decoded.convertTo(decoded, CV_MAKETYPE(CV_16U, decoded.channels()), scale, -lo * scale);
    }
    switch (decoded.channels()) {
    case 1: break;
    case 3: cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB); break;
    case 4: cv::cvtColor(decoded, decoded, cv::COLOR_BGRA2RGB); break;
    default:
        return FileError{path,
                         concord::tr("unsupported number of channels: %1").arg(decoded.channels())};
    }
    image.metadata.photometric =
        decoded.channels() == 1 ? Photometric::Monochrome2 : Photometric::Rgb;
    image.metadata.bitsStored = decoded.depth() == CV_8U ? 8 : 16;
    image.frames.push_back(decoded);
    return image;
}

} // namespace concord
