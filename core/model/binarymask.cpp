// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/binarymask.h"

#include <algorithm>
#include <cstring>

namespace concord {

namespace {

// A mask whose pixels Mat really has the size of its bounds; anything else is treated as empty
// rather than read out of range.
bool wellFormed(const BinaryMask &mask)
{
    return mask.bounds.width > 0 && mask.bounds.height > 0 &&
           mask.pixels.rows == mask.bounds.height && mask.pixels.cols == mask.bounds.width;
}

cv::Rect unionRect(const cv::Rect &a, const cv::Rect &b)
{
    if (a.empty())
        return b;
    if (b.empty())
        return a;
    return a | b;
}

// ORs `mask` (0/non-zero) into `target`, whose top-left is image pixel `origin`, as 0/1.
void orInto(const BinaryMask &mask, cv::Mat1b &target, cv::Point origin)
{
    if (!wellFormed(mask))
        return;
    const cv::Rect targetRect(origin, target.size());
    const cv::Rect overlap = mask.bounds & targetRect;
    for (int y = overlap.y; y < overlap.br().y; ++y) {
        const uchar *src = mask.pixels.ptr<uchar>(y - mask.bounds.y);
        uchar *dst = target.ptr<uchar>(y - origin.y);
        for (int x = overlap.x; x < overlap.br().x; ++x)
            dst[x - origin.x] |= uchar(src[x - mask.bounds.x] != 0);
    }
}

// Byte scans eight bytes at a time: masks are mostly long runs of equal bytes.
int firstNonZero(const uchar *p, int n)
{
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word)
            break;
    }
    for (; i < n; ++i)
        if (p[i])
            return i;
    return -1;
}

int lastNonZero(const uchar *p, int n)
{
    int i = n;
    for (; i >= 8; i -= 8) {
        quint64 word;
        std::memcpy(&word, p + i - 8, 8);
        if (word)
            break;
    }
    for (; i > 0; --i)
        if (p[i - 1])
            return i - 1;
    return -1;
}

bool onlyZeroOrOne(const uchar *p, int n)
{
    quint64 bits = 0;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        bits |= word;
    }
    for (; i < n; ++i)
        bits |= p[i];
    return (bits & 0xfefefefefefefefeULL) == 0;
}

} // namespace

bool BinaryMask::isEmpty() const
{
    return !wellFormed(*this) || cv::countNonZero(pixels) == 0;
}

bool BinaryMask::contains(int x, int y) const
{
    if (!wellFormed(*this) || !bounds.contains(cv::Point(x, y)))
        return false;
    return pixels(y - bounds.y, x - bounds.x) != 0;
}

qint64 maskArea(const BinaryMask &mask)
{
    return wellFormed(mask) ? qint64(cv::countNonZero(mask.pixels)) : 0;
}

BinaryMask cropToContent(const BinaryMask &mask)
{
    if (!wellFormed(mask))
        return {};
    int top = mask.pixels.rows, bottom = -1, left = mask.pixels.cols, right = -1;
    bool normalised = true; // every byte is 0 or 1
    for (int r = 0; r < mask.pixels.rows; ++r) {
        const uchar *row = mask.pixels.ptr<uchar>(r);
        const int first = firstNonZero(row, mask.pixels.cols);
        if (first < 0)
            continue;
        const int last = lastNonZero(row, mask.pixels.cols);
        top = std::min(top, r);
        bottom = r;
        left = std::min(left, first);
        right = std::max(right, last);
        normalised = normalised && onlyZeroOrOne(row + first, last - first + 1);
    }
    if (bottom < 0)
        return {};
    const cv::Rect local(left, top, right - left + 1, bottom - top + 1);
    BinaryMask result;
    result.bounds = local + mask.bounds.tl();
    if (normalised) {
        // Already 0/1: share the pixels, as any cv::Mat copy or ROI does.
        result.pixels = mask.pixels(local);
        return result;
    }
    // Normalise 0/255 (or any non-zero) data to the 0/1 contract.
    result.pixels = cv::Mat1b(local.size());
    const cv::Mat1b source = mask.pixels(local);
    for (int r = 0; r < local.height; ++r) {
        const uchar *src = source.ptr<uchar>(r);
        uchar *dst = result.pixels.ptr<uchar>(r);
        for (int c = 0; c < local.width; ++c)
            dst[c] = uchar(src[c] != 0);
    }
    return result;
}

BinaryMask maskFromImage(const cv::Mat1b &image)
{
    if (image.empty())
        return {};
    // A deep copy: a small instance must not keep (or alias) the caller's full image.
    BinaryMask mask = cropToContent(BinaryMask{cv::Rect(0, 0, image.cols, image.rows), image});
    if (mask.pixels.data && mask.pixels.datastart == image.datastart)
        mask.pixels = mask.pixels.clone();
    return mask;
}

BinaryMask clipToImage(const BinaryMask &mask, cv::Size imageSize)
{
    if (!wellFormed(mask))
        return {};
    const cv::Rect inside = mask.bounds & cv::Rect(cv::Point(0, 0), imageSize);
    if (inside.empty())
        return {};
    return cropToContent(BinaryMask{inside, mask.pixels(inside - mask.bounds.tl())});
}

void pasteMask(const BinaryMask &mask, cv::Mat1b &image, uchar value)
{
    if (!wellFormed(mask))
        return;
    const cv::Rect overlap = mask.bounds & cv::Rect(0, 0, image.cols, image.rows);
    for (int y = overlap.y; y < overlap.br().y; ++y) {
        const uchar *src = mask.pixels.ptr<uchar>(y - mask.bounds.y);
        uchar *dst = image.ptr<uchar>(y);
        for (int x = overlap.x; x < overlap.br().x; ++x) {
            if (src[x - mask.bounds.x])
                dst[x] = value;
        }
    }
}

cv::Mat1b maskToImage(const BinaryMask &mask, cv::Size imageSize)
{
    cv::Mat1b image(imageSize, uchar(0));
    pasteMask(mask, image, 1);
    return image;
}

BinaryMask maskUnion(const BinaryMask &a, const BinaryMask &b)
{
    const cv::Rect bounds =
        unionRect(wellFormed(a) ? a.bounds : cv::Rect(), wellFormed(b) ? b.bounds : cv::Rect());
    if (bounds.empty())
        return {};
    BinaryMask result{bounds, cv::Mat1b(bounds.size(), uchar(0))};
    orInto(a, result.pixels, bounds.tl());
    orInto(b, result.pixels, bounds.tl());
    return cropToContent(result);
}

BinaryMask maskIntersection(const BinaryMask &a, const BinaryMask &b)
{
    if (!wellFormed(a) || !wellFormed(b))
        return {};
    const cv::Rect overlap = a.bounds & b.bounds;
    if (overlap.empty())
        return {};
    BinaryMask result{overlap, cv::Mat1b(overlap.size())};
    for (int y = overlap.y; y < overlap.br().y; ++y) {
        const uchar *pa = a.pixels.ptr<uchar>(y - a.bounds.y) + (overlap.x - a.bounds.x);
        const uchar *pb = b.pixels.ptr<uchar>(y - b.bounds.y) + (overlap.x - b.bounds.x);
        uchar *dst = result.pixels.ptr<uchar>(y - overlap.y);
        for (int i = 0; i < overlap.width; ++i)
            dst[i] = uchar(pa[i] != 0 && pb[i] != 0);
    }
    return cropToContent(result);
}

qint64 intersectionArea(const BinaryMask &a, const BinaryMask &b)
{
    if (!wellFormed(a) || !wellFormed(b))
        return 0;
    const cv::Rect overlap = a.bounds & b.bounds;
    qint64 count = 0;
    for (int y = overlap.y; y < overlap.br().y; ++y) {
        const uchar *pa = a.pixels.ptr<uchar>(y - a.bounds.y) + (overlap.x - a.bounds.x);
        const uchar *pb = b.pixels.ptr<uchar>(y - b.bounds.y) + (overlap.x - b.bounds.x);
        for (int i = 0; i < overlap.width; ++i)
            count += (pa[i] != 0) & (pb[i] != 0);
    }
    return count;
}

bool samePixels(const BinaryMask &a, const BinaryMask &b)
{
    const qint64 common = intersectionArea(a, b);
    return common == maskArea(a) && common == maskArea(b);
}

} // namespace concord
