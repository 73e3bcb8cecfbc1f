// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <opencv2/core.hpp>

namespace concord {

// Exact squared Euclidean distance from every pixel centre to the nearest non-zero pixel of
// `features`, with rows `rowSpacing` apart and columns `columnSpacing` apart (any unit; the
// result is in that unit squared). Felzenszwalb & Huttenlocher's separable lower-envelope
// algorithm, O(pixels) and exact on anisotropic grids, which cv::distanceTransform is not
// (its precise mode assumes square pixels). Pixels get +infinity when there is no feature.
cv::Mat1d squaredDistanceTransform(const cv::Mat1b &features, double rowSpacing,
                                   double columnSpacing);

// The first, cheap half of that transform: squared distance to the nearest feature in the same
// column (+infinity when the column has none).
cv::Mat1d squaredColumnDistance(const cv::Mat1b &features, double rowSpacing);

// The exact squared distance from pixel (row, col) to the nearest feature, from the column
// pass alone: scans the row outwards and stops once no farther column can be closer. Cheaper
// than the full transform when only a few pixels are queried and features are near them.
double squaredDistanceAt(const cv::Mat1d &columnDistance, int row, int col, double columnSpacing);

} // namespace concord
