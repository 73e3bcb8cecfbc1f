// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/consensusmask.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace concord {

namespace {

cv::Rect unionOfBounds(const std::vector<BinaryMask> &masks)
{
    cv::Rect bounds;
    for (const BinaryMask &m : masks) {
        const BinaryMask tight = cropToContent(m);
        if (tight.bounds.empty())
            continue;
        bounds = bounds.empty() ? tight.bounds : (bounds | tight.bounds);
    }
    return bounds;
}

// Calls add(reader, row, column) for every set pixel of every mask inside `region`
// (coordinates relative to the region).
template <typename Add>
void forEachVote(const std::vector<BinaryMask> &masks, const cv::Rect &region, Add add)
{
    for (size_t j = 0; j < masks.size(); ++j) {
        const BinaryMask &m = masks[j];
        if (m.pixels.rows != m.bounds.height || m.pixels.cols != m.bounds.width)
            continue;
        const cv::Rect overlap = m.bounds & region;
        for (int y = overlap.y; y < overlap.br().y; ++y) {
            const uchar *src = m.pixels.ptr<uchar>(y - m.bounds.y);
            for (int x = overlap.x; x < overlap.br().x; ++x)
                if (src[x - m.bounds.x])
                    add(j, y - region.y, x - region.x);
        }
    }
}

// P(truth = 1 | pattern) from log-likelihoods that may be -infinity (a reader estimated
// perfect): a side with probability 0 loses outright.
double posterior(double logForeground, double logBackground)
{
    if (logForeground == -INFINITY && logBackground == -INFINITY)
        return 0.5;
    if (logForeground == -INFINITY)
        return 0;
    if (logBackground == -INFINITY)
        return 1;
    return 1.0 / (1.0 + std::exp(logBackground - logForeground));
}

} // namespace

BinaryMask majorityVote(const std::vector<BinaryMask> &masks, MajorityTie tie)
{
    const cv::Rect region = unionOfBounds(masks);
    if (region.empty())
        return {};
    cv::Mat1i votes(region.size(), 0);
    forEachVote(masks, region, [&](size_t, int r, int c) { ++votes(r, c); });
    const int n = int(masks.size());
    BinaryMask result{region, cv::Mat1b(region.size(), uchar(0))};
    for (int r = 0; r < region.height; ++r)
        for (int c = 0; c < region.width; ++c) {
            const int twice = 2 * votes(r, c);
            result.pixels(r, c) = uchar(twice > n || (tie == MajorityTie::Include && twice == n));
        }
    return cropToContent(result);
}

StapleResult staple(const std::vector<BinaryMask> &masks, const StapleOptions &options)
{
    StapleResult result;
    const size_t n = masks.size();
    if (n == 0 || n > 64) {
        result.warnings << (n == 0 ? concord::tr("STAPLE needs at least one reader's mask.")
                                   : concord::tr("STAPLE here supports at most 64 readers."));
        return result;
    }
    result.domain = options.domain.empty() ? unionOfBounds(masks) : options.domain;
    // Out-of-range starts would put NaN into the logarithms.
    const auto probability = [](double p, double fallback) {
        return std::isfinite(p) ? std::clamp(p, 0.0, 1.0) : fallback;
    };
    result.sensitivity.assign(n, probability(options.initialSensitivity, 0.99));
    result.specificity.assign(n, probability(options.initialSpecificity, 0.99));
    if (result.domain.empty()) {
        result.warnings << concord::tr("All masks are empty; there is nothing to estimate.");
        return result;
    }

    // Each pixel's vote pattern, then the pixel count of each distinct pattern. Only the
    // rectangle where some reader voted is stored per pixel; the rest of the domain is
    // pattern 0 (nobody voted) and only counted, so a whole-image domain stays cheap.
    const cv::Rect domain = result.domain;
    const cv::Rect voted = unionOfBounds(masks) & domain;
    std::vector<quint64> codes(size_t(voted.area()), 0);
    forEachVote(masks, voted, [&](size_t j, int r, int c) {
        codes[size_t(r) * size_t(voted.width) + size_t(c)] |= quint64(1) << j;
    });
    // A direct table for up to 16 readers, a hash map beyond.
    std::unordered_map<quint64, quint32> patternIndex;
    std::vector<qint32> smallIndex(n <= 16 ? size_t(1) << n : 0, -1);
    std::vector<quint64> patterns;
    std::vector<double> counts;
    auto indexOf = [&](quint64 code) {
        quint32 index;
        if (!smallIndex.empty()) {
            qint32 &slot = smallIndex[size_t(code)];
            if (slot < 0)
                slot = qint32(patterns.size());
            index = quint32(slot);
        } else {
            index = patternIndex.try_emplace(code, quint32(patterns.size())).first->second;
        }
        if (index == patterns.size()) {
            patterns.push_back(code);
            counts.push_back(0);
        }
        return index;
    };
    std::vector<quint32> pixelPattern(codes.size());
    for (size_t k = 0; k < codes.size(); ++k) {
        pixelPattern[k] = indexOf(codes[k]);
        counts[pixelPattern[k]] += 1;
    }
    const double outside = double(domain.area()) - double(voted.area());
    const quint32 nobody = indexOf(0);
    counts[nobody] += outside;
    if (counts[nobody] == 0) {
        // Registered only for the lookup above; a pattern with no pixels must not stay.
        patterns.pop_back();
        counts.pop_back();
    }

    const double pixels = double(domain.area());
    if (options.prior) {
        result.prior = probability(*options.prior, 0.5);
    } else {
        double votes = 0;
        for (size_t v = 0; v < patterns.size(); ++v)
            votes += counts[v] * double(std::popcount(patterns[v]));
        result.prior = votes / (pixels * double(n));
    }

    std::vector<double> weight(patterns.size());
    auto expectation = [&] {
        const double logF = std::log(result.prior), logB = std::log(1 - result.prior);
        for (size_t v = 0; v < patterns.size(); ++v) {
            double lf = logF, lb = logB;
            for (size_t j = 0; j < n; ++j) {
                const bool says = (patterns[v] >> j) & 1;
                lf += std::log(says ? result.sensitivity[j] : 1 - result.sensitivity[j]);
                lb += std::log(says ? 1 - result.specificity[j] : result.specificity[j]);
            }
            weight[v] = posterior(lf, lb);
        }
    };

    for (result.iterations = 1; result.iterations <= options.maxIterations; ++result.iterations) {
        expectation();
        double totalF = 0, totalB = 0;
        for (size_t v = 0; v < patterns.size(); ++v) {
            totalF += counts[v] * weight[v];
            totalB += counts[v] * (1 - weight[v]);
        }
        double change = 0;
        for (size_t j = 0; j < n; ++j) {
            double agreeF = 0, agreeB = 0;
            for (size_t v = 0; v < patterns.size(); ++v) {
                if ((patterns[v] >> j) & 1)
                    agreeF += counts[v] * weight[v];
                else
                    agreeB += counts[v] * (1 - weight[v]);
            }
            // With no expected foreground (or background) the parameter is not identifiable;
            // it keeps its value rather than becoming 0/0.
            const double p = totalF > 0 ? agreeF / totalF : result.sensitivity[j];
            const double q = totalB > 0 ? agreeB / totalB : result.specificity[j];
            change = std::max(
                {change, std::abs(p - result.sensitivity[j]), std::abs(q - result.specificity[j])});
            result.sensitivity[j] = p;
            result.specificity[j] = q;
        }
        result.lastChange = change;
        if (change < options.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.iterations = std::min(result.iterations, options.maxIterations);
    if (!result.converged)
        result.warnings << concord::tr("STAPLE did not converge in %1 iterations (last change %2).")
                               .arg(options.maxIterations)
                               .arg(result.lastChange);

    // The posterior under the final parameters.
    expectation();
    const double nobodyWeight = nobody < weight.size() ? weight[nobody] : 0.0;
    result.probability = cv::Mat1f(domain.size(), float(nobodyWeight));
    for (int r = 0; r < voted.height; ++r) {
        float *out = result.probability.ptr<float>(r + voted.y - domain.y) + (voted.x - domain.x);
        const quint32 *in = pixelPattern.data() + size_t(r) * size_t(voted.width);
        for (int c = 0; c < voted.width; ++c)
            out[c] = float(weight[in[c]]);
    }
    // Decided on the double posterior, not the float map, so 0.5 - 1e-9 never rounds up.
    BinaryMask consensus{domain, cv::Mat1b(domain.size(), uchar(nobodyWeight >= 0.5))};
    for (int r = 0; r < voted.height; ++r) {
        uchar *out = consensus.pixels.ptr<uchar>(r + voted.y - domain.y) + (voted.x - domain.x);
        const quint32 *in = pixelPattern.data() + size_t(r) * size_t(voted.width);
        for (int c = 0; c < voted.width; ++c)
            out[c] = uchar(weight[in[c]] >= 0.5);
    }
    result.consensus = cropToContent(consensus);
    return result;
}

} // namespace concord
