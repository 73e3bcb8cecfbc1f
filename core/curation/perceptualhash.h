// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

#include <opencv2/core.hpp>

#include <optional>
#include <vector>

namespace concord {

// Two images whose perceptual hashes differ in at most this many of their 64 bits are taken for
// the same picture (docs/curation.md, "Near-duplicates"): a rescaled, re-encoded or lightly
// noised copy stays within a few bits, while unrelated images differ in about 32.
inline constexpr int NearDuplicateMaxDistance = 8;

// The 64-bit DCT perceptual hash of one frame (grey or RGB, 8 or 16 bits): the frame scaled to
// 32 x 32 grey by area averaging, its 2-D DCT, and one bit per coefficient of the 8 x 8 lowest
// frequencies, set when the coefficient is above their median (the DC term left out of the
// median). Pure function; any thread.
quint64 perceptualHash(const cv::Mat &frame);

// The hash of the image file at `path`, decoded through core/imaging (its first frame, or a
// big raster's overview), or an error naming the file.
Expected<quint64> perceptualHashOfFile(const QString &path);

int hammingDistance(quint64 a, quint64 b);

// Two items whose images are near-duplicates, by index, with the distance of their hashes.
struct NearDuplicatePair
{
    int first = 0;
    int second = 0;
    int distance = 0;
};

// Every pair of items in different splits whose hashes are within `maxDistance`; items without
// a hash are left out. All pairs are compared: n^2 / 2 popcounts, a few seconds for 50 000
// images.
std::vector<NearDuplicatePair>
findNearDuplicatesAcrossSplits(const std::vector<std::optional<quint64>> &hashOfItem,
                               const std::vector<int> &splitOfItem, int maxDistance);

} // namespace concord
