// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"
#include "core/util/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace concord {

// What one brush or eraser stroke changed in a mask instance: the pixels whose value flipped,
// as a BinaryMask (set = flipped) in image coordinates. Flipping is its own inverse, so the
// same delta applied again undoes the stroke, and undo memory holds only the changed pixels.

// The pixels inside `region` where `before` and `after` differ, cropped to content (empty when
// the stroke changed nothing). Pixels outside `region` are assumed unchanged: pass the stroke's
// dirty rectangle. Costs O(region), never O(mask).
BinaryMask maskDifference(const BinaryMask &before, const BinaryMask &after, cv::Rect region);

// Flips the pixels of `mask` that `flips` sets, growing mask.bounds to hold them (bounds are
// never shrunk: that would cost a scan of the whole mask per stroke). Writes in place when the
// pixel data is not shared with another copy, and into new pixel data otherwise, so a copy
// kept for rollback or undo never changes behind its owner's back.
void flipPixels(BinaryMask &mask, const BinaryMask &flips);

// How a mask region travels in journal lines and blobs: the COCO RLE of the pixels inside
// `region`, as if the region were the whole image (column-major counts, first run zeros), in
// COCO's compressed string form (cocoRleCountsToString). Pixels outside `region` are dropped.
QByteArray encodeRegionRuns(const BinaryMask &mask, cv::Rect region);

// The inverse: the set pixels in image coordinates, cropped to content. Fails when the string
// is malformed or its counts do not cover region.width x region.height exactly; `source`
// names where the data came from, for the message.
Expected<BinaryMask> decodeRegionRuns(cv::Rect region, QByteArrayView runs, const QString &source);

} // namespace concord
