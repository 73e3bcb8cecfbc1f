// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/binarymask.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace concord {

// What a pixel marked by exactly half of an even number of readers becomes.
enum class MajorityTie { Exclude, Include };

// Majority vote: a pixel is set when more than half of the readers set it; exact halves follow
// `tie` (Exclude by default, so two readers who disagree give nothing). Works on the union of
// the masks' bounds only. No readers give an empty mask.
BinaryMask majorityVote(const std::vector<BinaryMask> &masks,
                        MajorityTie tie = MajorityTie::Exclude);

struct StapleOptions
{
    // Where the estimate runs. Specificity counts true negatives, so it depends on how much
    // background is included: pass the image (or a fixed region of interest) to compare readers
    // across items. Empty: the union of the masks' bounds.
    cv::Rect domain;
    // Deterministic start for every reader (Warfield et al. start high; no random seed).
    double initialSensitivity = 0.99;
    double initialSpecificity = 0.99;
    // The prior probability of foreground; empty: the readers' mean foreground share in the
    // domain, held fixed (as Warfield et al. 2004 and ITK's STAPLEImageFilter do).
    std::optional<double> prior;
    double tolerance = 1e-7; // stop when no sensitivity or specificity moves more than this
    int maxIterations = 200;
};

// STAPLE's estimate (Warfield, Zou & Wells, IEEE TMI 23(7), 2004), binary case.
struct StapleResult
{
    cv::Rect domain;
    cv::Mat1f probability;           // posterior P(truth = 1) per domain pixel
    BinaryMask consensus;            // pixels with probability >= 0.5, cropped to content
    std::vector<double> sensitivity; // per reader, P(reader says 1 | truth 1)
    std::vector<double> specificity; // per reader, P(reader says 0 | truth 0)
    double prior = 0;
    int iterations = 0;
    bool converged = false;
    double lastChange = 0; // the largest parameter change in the last iteration
    QStringList warnings;
};

// Expectation-maximisation over the readers' masks. Pixels are grouped by their vote pattern
// (which readers set them) before iterating, so each iteration costs O(patterns x readers), not
// O(pixels): exact, and fast for the handful of readers of a calibration session. At most 64
// readers.
StapleResult staple(const std::vector<BinaryMask> &masks, const StapleOptions &options = {});

} // namespace concord
