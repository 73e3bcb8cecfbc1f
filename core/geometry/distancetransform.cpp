// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/distancetransform.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace concord {

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

// One dimension: d[q] = min_p f[p] + w2 (q - p)^2, via the lower envelope of the parabolas
// rooted at the finite samples (v: their positions, z: where each takes over).
void envelope1d(const double *f, double *d, int n, double w2, std::vector<int> &v,
                std::vector<double> &z)
{
    int k = -1;
    for (int q = 0; q < n; ++q) {
        if (f[q] == Infinity)
            continue;
        const double fq = f[q] + w2 * double(q) * q;
        double s = -Infinity;
        while (k >= 0) {
            const int p = v[size_t(k)];
            s = (fq - (f[p] + w2 * double(p) * p)) / (2 * w2 * (q - p));
            if (s > z[size_t(k)])
                break;
            --k;
        }
        ++k;
        v[size_t(k)] = q;
        z[size_t(k)] = k == 0 ? -Infinity : s;
        z[size_t(k) + 1] = Infinity;
    }
    if (k < 0) {
        for (int q = 0; q < n; ++q)
            d[q] = Infinity;
        return;
    }
    k = 0;
    for (int q = 0; q < n; ++q) {
        while (z[size_t(k) + 1] < q)
            ++k;
        const int p = v[size_t(k)];
        d[q] = w2 * double(q - p) * (q - p) + f[p];
    }
}

} // namespace

cv::Mat1d squaredColumnDistance(const cv::Mat1b &features, double rowSpacing)
{
    const int rows = features.rows, cols = features.cols;
    cv::Mat1d result(rows, cols);
    // The features are 0 or infinity here, so the 1D transform is the distance to the nearest
    // feature above or below: two sweeps over the rows, all columns at once, in memory order.
    const double w2 = rowSpacing * rowSpacing;
    std::vector<int> nearest(size_t(cols), -1); // last feature row the sweep passed, per column
    // One row of a sweep: `keep(out, distance)` stores each pixel's squared distance to the
    // nearest feature the sweep has passed in its column (Infinity when none).
    const auto sweepRow = [&](int r, auto keep) {
        const uchar *f = features.ptr<uchar>(r);
        double *out = result.ptr<double>(r);
        for (int c = 0; c < cols; ++c) {
            if (f[c])
                nearest[size_t(c)] = r;
            const int seen = nearest[size_t(c)];
            keep(out[c], seen < 0 ? Infinity : w2 * double(r - seen) * (r - seen));
        }
    };
    for (int r = 0; r < rows; ++r) // down: the nearest feature above
        sweepRow(r, [](double &out, double distance) { out = distance; });
    std::fill(nearest.begin(), nearest.end(), -1);
    for (int r = rows - 1; r >= 0; --r) // up: the nearer of that and the nearest one below
        sweepRow(r, [](double &out, double distance) { out = std::min(out, distance); });
    return result;
}

double squaredDistanceAt(const cv::Mat1d &columnDistance, int row, int col, double columnSpacing)
{
    const double *g = columnDistance.ptr<double>(row);
    const int cols = columnDistance.cols;
    const double w2 = columnSpacing * columnSpacing;
    double best = g[col];
    for (int step = 1;; ++step) {
        const double reach = w2 * double(step) * step;
        if (reach >= best || (col - step < 0 && col + step >= cols))
            return best;
        if (col - step >= 0)
            best = std::min(best, g[col - step] + reach);
        if (col + step < cols)
            best = std::min(best, g[col + step] + reach);
    }
}

cv::Mat1d squaredDistanceTransform(const cv::Mat1b &features, double rowSpacing,
                                   double columnSpacing)
{
    const int rows = features.rows, cols = features.cols;
    if (features.empty())
        return cv::Mat1d(rows, cols);
    cv::Mat1d result = squaredColumnDistance(features, rowSpacing);
    const size_t longest = size_t(std::max(rows, cols));
    std::vector<int> v(longest + 1);
    std::vector<double> z(longest + 2);
    std::vector<double> in(longest);
    // Then along each row (columnSpacing), where the values are arbitrary: lower envelope.
    for (int r = 0; r < rows; ++r) {
        double *line = result.ptr<double>(r);
        std::copy(line, line + cols, in.begin());
        envelope1d(in.data(), line, cols, columnSpacing * columnSpacing, v, z);
    }
    return result;
}

} // namespace concord
