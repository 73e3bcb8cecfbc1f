// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/image.h"

#include "core/imaging/tiledimage.h"

namespace concord {

QString photometricName(Photometric photometric)
{
    switch (photometric) {
    case Photometric::Monochrome1: return QStringLiteral("MONOCHROME1");
    case Photometric::Monochrome2: return QStringLiteral("MONOCHROME2");
    case Photometric::Rgb: return QStringLiteral("RGB");
    case Photometric::YbrFull: return QStringLiteral("YBR_FULL");
    case Photometric::YbrFull422: return QStringLiteral("YBR_FULL_422");
    case Photometric::PaletteColor: return QStringLiteral("PALETTE COLOR");
    case Photometric::YbrIct: return QStringLiteral("YBR_ICT");
    case Photometric::YbrRct: return QStringLiteral("YBR_RCT");
    }
    return {};
}

int Image::width() const
{
    if (tiled)
        return tiled->width();
    return isEmpty() ? 0 : frames.front().cols;
}

int Image::height() const
{
    if (tiled)
        return tiled->height();
    return isEmpty() ? 0 : frames.front().rows;
}

int Image::channels() const
{
    if (tiled)
        return CV_MAT_CN(tiled->cvType());
    return isEmpty() ? 0 : frames.front().channels();
}

size_t Image::pixelBytes() const
{
    size_t bytes = 0;
    for (const cv::Mat &frame : frames)
        bytes += frame.total() * frame.elemSize();
    return bytes;
}

} // namespace concord
