// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The expected mask of a geometry test, built independently of the code under test: pixel by
// pixel from a predicate on the pixel index (tst_maskediting, tst_polygonraster).
#include <opencv2/core.hpp>

#include <functional>

namespace concord::testing {

// 1 where `inside(x, y)` holds, else 0.
inline cv::Mat1b maskFromPredicate(cv::Size size, const std::function<bool(int x, int y)> &inside)
{
    cv::Mat1b image(size, uchar(0));
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            image(y, x) = uchar(inside(x, y));
    return image;
}

} // namespace concord::testing
