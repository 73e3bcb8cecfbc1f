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

cv::Mat1d squaredDistanceTransform(const cv::Mat1b &features, double rowSpacing,
                                   double columnSpacing)
{
    const int rows = features.rows, cols = features.cols;
    cv::Mat1d result(rows, cols);
    if (features.empty())
        return result;
    const size_t longest = size_t(std::max(rows, cols));
    std::vector<int> v(longest + 1);
    std::vector<double> z(longest + 2);
    std::vector<double> in(longest), out(longest);

    // Down each column first (steps of rowSpacing), then along each row (columnSpacing).
    for (int c = 0; c < cols; ++c) {
        for (int r = 0; r < rows; ++r)
            in[size_t(r)] = features(r, c) ? 0.0 : Infinity;
        envelope1d(in.data(), out.data(), rows, rowSpacing * rowSpacing, v, z);
        for (int r = 0; r < rows; ++r)
            result(r, c) = out[size_t(r)];
    }
    for (int r = 0; r < rows; ++r) {
        double *line = result.ptr<double>(r);
        std::copy(line, line + cols, in.begin());
        envelope1d(in.data(), line, cols, columnSpacing * columnSpacing, v, z);
    }
    return result;
}

} // namespace concord
