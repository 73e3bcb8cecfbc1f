// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/perceptualhash.h"

#include "core/imaging/imageloader.h"
#include "core/imaging/tiledimage.h"
#include "core/util/translation.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <bit>

namespace concord {

namespace {

constexpr int HashSide = 32;   // the DCT input, as in the usual pHash
constexpr size_t KeptSide = 8; // the lowest frequencies kept: 64 bits

} // namespace

quint64 perceptualHash(const cv::Mat &frame)
{
    cv::Mat grey;
    if (frame.channels() == 3)
        cv::cvtColor(frame, grey, cv::COLOR_RGB2GRAY);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, grey, cv::COLOR_RGBA2GRAY);
    else
        grey = frame;
    cv::Mat small;
    cv::resize(grey, small, cv::Size(HashSide, HashSide), 0, 0, cv::INTER_AREA);
    cv::Mat real;
    small.convertTo(real, CV_32F);
    // A hash of relative brightness: the scale of the values (8 or 16 bits, a window) drops out
    // at the comparison with the median, so no window/level is applied first.
    cv::Mat frequencies;
    cv::dct(real, frequencies);
    std::array<float, KeptSide * KeptSide> kept{};
    for (size_t row = 0; row < KeptSide; ++row) {
        for (size_t column = 0; column < KeptSide; ++column)
            kept[row * KeptSide + column] = frequencies.at<float>(int(row), int(column));
    }
    std::array<float, KeptSide * KeptSide - 1> withoutDc{};
    std::copy(kept.begin() + 1, kept.end(), withoutDc.begin());
    std::nth_element(withoutDc.begin(), withoutDc.begin() + withoutDc.size() / 2, withoutDc.end());
    const float median = withoutDc[withoutDc.size() / 2];
    quint64 hash = 0;
    for (size_t bit = 0; bit < kept.size(); ++bit) {
        if (kept[bit] > median)
            hash |= quint64(1) << bit;
    }
    return hash;
}

Expected<quint64> perceptualHashOfFile(const QString &path)
{
    Expected<Image> image = loadImage(path);
    if (!image)
        return image.error();
    const cv::Mat frame = summaryFrame(*image);
    if (frame.empty())
        return FileError{path, concord::tr("has no pixels to compare")};
    const bool inverted = image->metadata.photometric == Photometric::Monochrome1 ||
                          (image->isTiled() && image->tiled->minIsWhite());
    if (!inverted)
        return perceptualHash(frame);
    // MONOCHROME1 stores white as its lowest value: hash the picture as it is seen, so a
    // MONOCHROME2 copy of it compares equal.
    double lowest = 0;
    double highest = 0;
    cv::minMaxLoc(frame, &lowest, &highest);
    cv::Mat seen;
    frame.convertTo(seen, CV_32F, -1.0, highest);
    return perceptualHash(seen);
}

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

std::vector<NearDuplicatePair>
findNearDuplicatesAcrossSplits(const std::vector<std::optional<quint64>> &hashOfItem,
                               const std::vector<int> &splitOfItem, int maxDistance)
{
    std::vector<NearDuplicatePair> pairs;
    for (size_t first = 0; first < hashOfItem.size(); ++first) {
        if (!hashOfItem[first])
            continue;
        for (size_t second = first + 1; second < hashOfItem.size(); ++second) {
            if (!hashOfItem[second] || splitOfItem[first] == splitOfItem[second])
                continue;
            const int distance = hammingDistance(*hashOfItem[first], *hashOfItem[second]);
            if (distance <= maxDistance)
                pairs.push_back({int(first), int(second), distance});
        }
    }
    return pairs;
}

} // namespace concord
