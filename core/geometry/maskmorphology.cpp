// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskmorphology.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace concord {

BinaryMask fillHoles(const BinaryMask &mask)
{
    const BinaryMask cropped = cropToContent(mask);
    if (cropped.isEmpty())
        return {};
    // A one-pixel frame of background joins every outside pixel; flooding it from a corner
    // leaves exactly the holes unreached.
    cv::Mat1b framed(cropped.pixels.rows + 2, cropped.pixels.cols + 2, uchar(0));
    cropped.pixels.copyTo(framed(cv::Rect(1, 1, cropped.pixels.cols, cropped.pixels.rows)));
    cv::floodFill(framed, cv::Point(0, 0), cv::Scalar(2), nullptr, cv::Scalar(0), cv::Scalar(0), 4);
    BinaryMask filled;
    filled.bounds = cropped.bounds;
    filled.pixels = framed(cv::Rect(1, 1, cropped.pixels.cols, cropped.pixels.rows)) != 2;
    filled.pixels /= 255;
    return filled;
}

BinaryMask smoothMask(const BinaryMask &mask, int radius, cv::Size imageSize)
{
    BinaryMask cropped = cropToContent(mask);
    if (cropped.isEmpty() || radius < 1)
        return cropped;
    // Room for the closing to reach past the bounds, and for the opening not to see the crop's
    // edge as background.
    const int margin = radius + 1;
    cv::Rect area(cropped.bounds.x - margin, cropped.bounds.y - margin,
                  cropped.bounds.width + 2 * margin, cropped.bounds.height + 2 * margin);
    cv::Mat1b padded(area.size(), uchar(0));
    cropped.pixels.copyTo(padded(cv::Rect(cv::Point(margin, margin), cropped.pixels.size())));
    const cv::Mat disc =
        cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1));
    cv::morphologyEx(padded, padded, cv::MORPH_OPEN, disc);
    cv::morphologyEx(padded, padded, cv::MORPH_CLOSE, disc);
    BinaryMask smoothed{area, padded};
    return clipToImage(smoothed, imageSize);
}

BinaryMask grabCutMask(const cv::Mat &image, cv::Rect box, int iterations)
{
    const cv::Rect imageRect(cv::Point(0, 0), image.size());
    box &= imageRect;
    if (box.width < 2 || box.height < 2)
        return {};
    // GrabCut learns the background from outside the box: keep a margin of half the box
    // (at least 16 pixels) around it.
    const int margin = std::max(16, std::max(box.width, box.height) / 2);
    const cv::Rect crop =
        cv::Rect(box.x - margin, box.y - margin, box.width + 2 * margin, box.height + 2 * margin) &
        imageRect;
    cv::Mat colour;
    if (image.channels() == 1)
        cv::cvtColor(image(crop), colour, cv::COLOR_GRAY2BGR);
    else
        colour = image(crop).clone();
    cv::Mat labels(crop.size(), CV_8U, cv::Scalar(cv::GC_BGD));
    cv::Mat background, foreground;
    cv::grabCut(colour, labels, box - crop.tl(), background, foreground, std::max(1, iterations),
                cv::GC_INIT_WITH_RECT);
    cv::Mat1b object = (labels == cv::GC_FGD) | (labels == cv::GC_PR_FGD);
    // Keep the largest part: stray foreground specks far from the object are not the finding.
    cv::Mat components, stats, centroids;
    const int count = cv::connectedComponentsWithStats(object, components, stats, centroids, 8);
    int largest = 0;
    for (int i = 1; i < count; ++i) {
        if (largest == 0 ||
            stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(largest, cv::CC_STAT_AREA))
            largest = i;
    }
    if (largest == 0)
        return {};
    BinaryMask result;
    result.bounds = crop;
    result.pixels = components == largest;
    result.pixels /= 255;
    return cropToContent(result);
}

} // namespace concord
