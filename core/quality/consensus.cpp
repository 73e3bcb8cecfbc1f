// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/consensus.h"

#include "core/geometry/boxmatching.h"
#include "core/geometry/consensusmask.h"
#include "core/project/labelpixels.h"

#include <algorithm>
#include <map>

namespace concord {

namespace {

bool isMajority(size_t votes, size_t readers)
{
    return 2 * votes > readers;
}

ClassLabels labelConsensus(const std::vector<const ItemWork *> &readers, ClassificationMode mode)
{
    ClassLabels out;
    if (mode == ClassificationMode::SingleLabel) {
        std::map<std::vector<int>, size_t> votes;
        for (const ItemWork *work : readers)
            ++votes[work->classLabels.labelIds];
        for (const auto &[labels, count] : votes) {
            if (isMajority(count, readers.size()))
                out.labelIds = labels;
        }
        return out;
    }
    std::map<int, size_t> votes;
    for (const ItemWork *work : readers) {
        for (int label : work->classLabels.labelIds)
            ++votes[label];
    }
    for (const auto &[label, count] : votes) {
        if (isMajority(count, readers.size()))
            out.labelIds.push_back(label); // std::map keeps them sorted
    }
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

void boxConsensus(const std::vector<const ItemWork *> &readers, double threshold, Consensus &out)
{
    // A cluster is represented by its first member's box while matching; each reader adds at
    // most one box to a cluster.
    struct Cluster
    {
        BoxAnnotation representative;
        std::vector<ImageRect> members;
    };
    std::vector<Cluster> clusters;
    for (const ItemWork *work : readers) {
        std::map<int, std::vector<int>> clustersByLabel; // label -> cluster indices
        for (size_t c = 0; c < clusters.size(); ++c)
            clustersByLabel[clusters[c].representative.labelId].push_back(int(c));
        std::map<int, std::vector<BoxAnnotation>> boxesByLabel;
        for (const BoxAnnotation &box : work->boxes)
            boxesByLabel[box.labelId].push_back(box);
        for (const auto &[label, boxes] : boxesByLabel) {
            std::vector<BoxAnnotation> representatives;
            const std::vector<int> &indices = clustersByLabel[label];
            representatives.reserve(indices.size());
            for (int c : indices)
                representatives.push_back(clusters[size_t(c)].representative);
            const BoxMatching matching = matchBoxes(representatives, boxes, threshold);
            for (const BoxMatch &m : matching.matches)
                clusters[size_t(indices[size_t(m.indexA)])].members.push_back(
                    boxes[size_t(m.indexB)].rect);
            for (int b : matching.unmatchedB)
                clusters.push_back({boxes[size_t(b)], {boxes[size_t(b)].rect}});
        }
    }
    for (const Cluster &cluster : clusters) {
        if (!isMajority(cluster.members.size(), readers.size()))
            continue;
        std::vector<double> left, top, right, bottom;
        for (const ImageRect &r : cluster.members) {
            left.push_back(r.x);
            top.push_back(r.y);
            right.push_back(r.right());
            bottom.push_back(r.bottom());
        }
        BoxAnnotation box;
        box.id = newAnnotationId();
        box.labelId = cluster.representative.labelId;
        const double x = median(left), y = median(top);
        box.rect = {x, y, median(right) - x, median(bottom) - y};
        out.work.boxes.push_back(box);
        out.boxSupport.push_back(int(cluster.members.size()));
    }
}

void maskConsensus(const Item &item, const std::vector<const ItemWork *> &readers, Consensus &out)
{
    // Per label, one joined mask per reader (readers without the label vote "no" by absence).
    std::map<int, std::vector<BinaryMask>> byLabel;
    for (const ItemWork *work : readers) {
        for (auto &[label, mask] : pixelsByLabel(*work, item))
            byLabel[label].push_back(std::move(mask));
    }
    for (auto &[label, masks] : byLabel) {
        if (!isMajority(masks.size(), readers.size()))
            continue;
        // Readers who did not draw the label count in the vote as empty masks.
        while (masks.size() < readers.size())
            masks.push_back(BinaryMask());
        BinaryMask voted = majorityVote(masks);
        if (voted.isEmpty())
            continue;
        MaskAnnotation mask;
        mask.id = newAnnotationId();
        mask.labelId = label;
        mask.mask = std::move(voted);
        out.work.masks.push_back(std::move(mask));
    }
}

} // namespace

Consensus computeConsensus(const Item &item, const std::vector<const ItemWork *> &readers,
                           ClassificationMode mode, double boxIoUThreshold)
{
    Consensus out;
    if (readers.empty())
        return out;
    out.work.classLabels = labelConsensus(readers, mode);
    boxConsensus(readers, boxIoUThreshold, out);
    maskConsensus(item, readers, out);
    return out;
}

} // namespace concord
