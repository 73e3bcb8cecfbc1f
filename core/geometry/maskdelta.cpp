// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskdelta.h"

#include "core/geometry/maskrle.h"

#include <opencv2/core.hpp>

namespace concord {

namespace {

// XORs the set-ness (non-zero = 1) of `mask` into `target`, whose top-left is image pixel
// `origin`. Only the overlap of the two is read.
void xorInto(const BinaryMask &mask, cv::Mat1b &target, cv::Point origin)
{
    if (mask.pixels.empty())
        return;
    const cv::Rect overlap = mask.bounds & cv::Rect(origin, target.size());
    for (int y = overlap.y; y < overlap.br().y; ++y) {
        const uchar *src = mask.pixels.ptr<uchar>(y - mask.bounds.y);
        uchar *dst = target.ptr<uchar>(y - origin.y);
        for (int x = overlap.x; x < overlap.br().x; ++x)
            dst[x - origin.x] ^= uchar(src[x - mask.bounds.x] != 0);
    }
}

bool ownsPixels(const cv::Mat &pixels)
{
    return pixels.u != nullptr && pixels.u->refcount == 1;
}

} // namespace

BinaryMask maskDifference(const BinaryMask &before, const BinaryMask &after, cv::Rect region)
{
    if (region.empty())
        return {};
    cv::Mat1b flips(region.size(), uchar(0));
    xorInto(before, flips, region.tl());
    xorInto(after, flips, region.tl());
    return cropToContent(BinaryMask{region, flips});
}

void flipPixels(BinaryMask &mask, const BinaryMask &flips)
{
    if (flips.bounds.empty() || flips.pixels.empty())
        return;
    const bool hasPixels = !mask.bounds.empty() && !mask.pixels.empty();
    const cv::Rect united = hasPixels ? (mask.bounds | flips.bounds) : flips.bounds;
    if (united != mask.bounds || !ownsPixels(mask.pixels)) {
        cv::Mat1b grown(united.size(), uchar(0));
        if (hasPixels)
            mask.pixels.copyTo(grown(mask.bounds - united.tl()));
        mask = BinaryMask{united, grown};
    }
    xorInto(flips, mask.pixels, united.tl());
}

QByteArray encodeRegionRuns(const BinaryMask &mask, cv::Rect region)
{
    const BinaryMask shifted{mask.bounds - region.tl(), mask.pixels};
    return cocoRleCountsToString(encodeCocoRle(shifted, region.size()).counts);
}

Expected<BinaryMask> decodeRegionRuns(cv::Rect region, QByteArrayView runs, const QString &source)
{
    Expected<std::vector<quint32>> counts = cocoRleCountsFromString(runs, source);
    if (!counts)
        return counts.error();
    Expected<BinaryMask> mask =
        decodeCocoRle(CocoRle{region.height, region.width, std::move(*counts)}, source);
    if (!mask)
        return mask.error();
    mask->bounds += region.tl();
    return mask;
}

} // namespace concord
