// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Items backed by flat grey PNG images, for the widget tests that open a project in a real
// window: the canvas needs pixels to show, the tests only which item is which.
#include "core/model/item.h"

#include <QDir>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <vector>

namespace concord::testing {

// Items item0, item1, ... at img0.png, img1.png, ..., each `size` pixels.
inline std::vector<Item> greyImageItems(int count, cv::Size size)
{
    std::vector<Item> items;
    for (int i = 0; i < count; ++i)
        items.push_back(Item{QStringLiteral("item%1").arg(i),
                             QStringLiteral("img%1.png").arg(i),
                             {},
                             size.width,
                             size.height});
    return items;
}

// Writes the image of each of `items` into the folder `root` (made if missing): item i's is
// flat grey at level i × `greyStep`, so neighbouring items look different. Returns whether all
// were written.
inline bool writeGreyImages(const QString &root, const std::vector<Item> &items, int greyStep)
{
    if (!QDir().mkpath(root))
        return false;
    for (size_t i = 0; i < items.size(); ++i) {
        const cv::Mat pixels(items[i].height, items[i].width, CV_8U, cv::Scalar(greyStep * int(i)));
        if (!cv::imwrite((root + QLatin1Char('/') + items[i].path).toStdString(), pixels))
            return false;
    }
    return true;
}

} // namespace concord::testing
