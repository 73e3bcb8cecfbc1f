// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/image.h"

#include "core/imaging/tiledimage.h"
#include "core/util/enumkeys.h"

namespace concord {

constexpr EnumKey<Photometric> PhotometricTerms[] = {{Photometric::Monochrome1, "MONOCHROME1"},
                                                     {Photometric::Monochrome2, "MONOCHROME2"},
                                                     {Photometric::Rgb, "RGB"},
                                                     {Photometric::YbrFull, "YBR_FULL"},
                                                     {Photometric::YbrFull422, "YBR_FULL_422"},
                                                     {Photometric::PaletteColor, "PALETTE COLOR"},
                                                     {Photometric::YbrIct, "YBR_ICT"},
                                                     {Photometric::YbrRct, "YBR_RCT"}};

QString photometricName(Photometric photometric)
{
    return enumKey(PhotometricTerms, photometric);
}

std::optional<Photometric> parsePhotometric(const QString &term)
{
    return enumFromKey(PhotometricTerms, term);
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
