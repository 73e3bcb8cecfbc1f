// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <opencv2/core.hpp>

namespace concord {

// One mask instance, stored cropped to a rectangle of the image so a small lesion on a
// 3000x3000 radiograph costs kilobytes, not 9 MB.
//
// `pixels` has bounds.height rows and bounds.width columns; pixels(r, c) is image pixel
// (bounds.x + c, bounds.y + r). Values are exactly 0 or 1 (not 0/255): areas are plain sums,
// and every function here writes only 0 or 1. Functions that take a mask from outside (an
// image, a decoder) treat any non-zero byte as set. An empty mask has empty bounds and pixels.
// `bounds` need not be tight; cropToContent() makes it so. Plain value type, any thread.
struct BinaryMask
{
    cv::Rect bounds;
    cv::Mat1b pixels;

    // True when no pixel is set (not merely when the bounds are empty).
    bool isEmpty() const;
    // Whether image pixel (x, y) is set; false outside the bounds.
    bool contains(int x, int y) const;
};

// The number of set pixels.
qint64 maskArea(const BinaryMask &mask);

// The same pixel set with bounds shrunk to the set pixels (empty mask when none is set).
// When the input already holds only 0/1 the result shares its pixel data (a cv::Mat ROI, as
// any copy of a BinaryMask does); clone() before writing into either.
BinaryMask cropToContent(const BinaryMask &mask);

// The set pixels of a full image (non-zero = set), cropped to content and copied.
BinaryMask maskFromImage(const cv::Mat1b &image);

// The same pixel set clipped to the image rectangle [0, w) x [0, h), cropped to content.
BinaryMask clipToImage(const BinaryMask &mask, cv::Size imageSize);

// Writes `value` into `image` wherever the mask is set; pixels outside the image are skipped.
// Pixels not in the mask are left untouched, so several instances can be painted in turn.
void pasteMask(const BinaryMask &mask, cv::Mat1b &image, uchar value = 1);

// A full image of `imageSize` holding 1 where the mask is set and 0 elsewhere.
cv::Mat1b maskToImage(const BinaryMask &mask, cv::Size imageSize);

// Union and intersection. They allocate only the union (or intersection) of the two bounds,
// never a full-image buffer. Results are cropped to content.
BinaryMask maskUnion(const BinaryMask &a, const BinaryMask &b);
BinaryMask maskIntersection(const BinaryMask &a, const BinaryMask &b);

// |a ∩ b| without building the intersection.
qint64 intersectionArea(const BinaryMask &a, const BinaryMask &b);

// True when both masks set the same image pixels, whatever their bounds.
bool samePixels(const BinaryMask &a, const BinaryMask &b);

} // namespace concord
