// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/dawidskene.h"

#include "core/agreement/splitmix64.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace concord {

namespace {} // namespace

DawidSkeneResult dawidSkene(const RatingTable &table, const DawidSkeneOptions &options)
{
    DawidSkeneResult out;
    out.categories = table.categoryNames();
    const qint32 n = table.unitCount();
    const qint32 J = table.coderCount();
    const qint32 K = table.categoryCount();
    const size_t k = size_t(K);
    if (table.isEmpty() || K == 0 || table.ratingCount() == 0) {
        out.warnings.append(concord::tr("Dawid-Skene needs at least one rating"));
        return out;
    }
    const double s = std::max(options.smoothing, 1e-12);

    // Majority-vote start.
    std::vector<double> T(size_t(n) * k, 0.0);
    std::vector<char> rated(size_t(n), 0);
    std::vector<qint32> votes(k);
    SplitMix64 random(options.seed);
    for (qint32 u = 0; u < n; ++u) {
        std::fill(votes.begin(), votes.end(), 0);
        const qint32 *row = table.row(u);
        for (qint32 c = 0; c < J; ++c) {
            if (row[c] >= 0)
                ++votes[size_t(row[c])];
        }
        const qint32 best = *std::max_element(votes.begin(), votes.end());
        double *t = &T[size_t(u) * k];
        if (best == 0) {
            std::fill(t, t + k, 1.0 / double(K));
            continue;
        }
        rated[size_t(u)] = 1;
        const qint32 tied = qint32(std::count(votes.begin(), votes.end(), best));
        qint32 pick = tied > 1 ? qint32(random.below(quint64(tied))) : 0;
        for (size_t c = 0; c < k; ++c) {
            if (votes[c] == best && pick-- == 0) {
                t[c] = 1.0;
                break;
            }
        }
    }

    std::vector<double> priors(k, 1.0 / double(K));
    std::vector<double> confusion(size_t(J) * k * k, 0.0); // [coder][true][said]
    std::vector<double> logConfusion(confusion.size());
    std::vector<double> logp(k);
    double previous = 0;
    for (qint32 iteration = 1; iteration <= options.maxIterations; ++iteration) {
        // M-step: prevalences and confusion matrices from the current posteriors.
        std::fill(priors.begin(), priors.end(), s);
        std::fill(confusion.begin(), confusion.end(), s);
        for (qint32 u = 0; u < n; ++u) {
            if (!rated[size_t(u)])
                continue;
            const double *t = &T[size_t(u) * k];
            const qint32 *row = table.row(u);
            for (size_t c = 0; c < k; ++c)
                priors[c] += t[c];
            for (qint32 j = 0; j < J; ++j) {
                if (row[j] < 0)
                    continue;
                double *m = &confusion[size_t(j) * k * k];
                for (size_t c = 0; c < k; ++c)
                    m[c * k + size_t(row[j])] += t[c];
            }
        }
        const double priorSum = std::accumulate(priors.begin(), priors.end(), 0.0);
        for (double &p : priors)
            p /= priorSum;
        for (qint32 j = 0; j < J; ++j) {
            for (size_t c = 0; c < k; ++c) {
                double *m = &confusion[(size_t(j) * k + c) * k];
                const double sum = std::accumulate(m, m + k, 0.0);
                for (size_t l = 0; l < k; ++l) {
                    m[l] /= sum;
                    logConfusion[(size_t(j) * k + c) * k + l] = std::log(m[l]);
                }
            }
        }

        // E-step, in log space so many readers cannot underflow the product.
        double logLikelihood = 0;
        for (qint32 u = 0; u < n; ++u) {
            if (!rated[size_t(u)])
                continue;
            const qint32 *row = table.row(u);
            for (size_t c = 0; c < k; ++c) {
                double value = std::log(priors[c]);
                for (qint32 j = 0; j < J; ++j) {
                    if (row[j] >= 0)
                        value += logConfusion[(size_t(j) * k + c) * k + size_t(row[j])];
                }
                logp[c] = value;
            }
            const double top = *std::max_element(logp.begin(), logp.end());
            double sum = 0;
            for (size_t c = 0; c < k; ++c)
                sum += std::exp(logp[c] - top);
            const double logSum = top + std::log(sum);
            double *t = &T[size_t(u) * k];
            for (size_t c = 0; c < k; ++c)
                t[c] = std::exp(logp[c] - logSum);
            logLikelihood += logSum;
        }
        out.iterations = iteration;
        out.logLikelihood = logLikelihood;
        if (iteration > 1) {
            out.lastChange = std::abs(logLikelihood - previous);
            if (out.lastChange <= options.tolerance * std::max(1.0, std::abs(logLikelihood))) {
                out.converged = true;
                break;
            }
        }
        previous = logLikelihood;
    }
    if (!out.converged) {
        out.warnings.append(concord::tr("Dawid-Skene did not converge in %1 iterations")
                                .arg(options.maxIterations));
    }

    out.priors = priors;
    out.posteriors = T;
    out.mostLikely.assign(size_t(n), RatingTable::Missing);
    for (qint32 u = 0; u < n; ++u) {
        if (!rated[size_t(u)])
            continue;
        const double *t = &T[size_t(u) * k];
        out.mostLikely[size_t(u)] = qint32(std::max_element(t, t + k) - t);
    }
    // Balanced accuracy averages over the categories that are some unit's true category (an
    // expected count of at least half a unit): a category nobody uses has a confusion row that
    // is only the smoothing prior, and would drag every reader towards 1/K.
    std::vector<char> occurs(k, 0);
    qint32 occurring = 0;
    for (size_t c = 0; c < k; ++c) {
        double expected = 0;
        for (qint32 u = 0; u < n; ++u)
            expected += rated[size_t(u)] ? T[size_t(u) * k + c] : 0.0;
        occurs[c] = expected >= 0.5;
        occurring += occurs[c];
    }
    if (occurring == 0) {
        std::fill(occurs.begin(), occurs.end(), 1);
        occurring = K;
    }
    for (qint32 j = 0; j < J; ++j) {
        DawidSkeneReader r;
        r.coder = j;
        r.name = table.coderName(j);
        for (qint32 u = 0; u < n; ++u)
            r.units += table.at(u, j) >= 0 ? 1 : 0;
        r.confusion.assign(confusion.begin() + qint64(size_t(j) * k * k),
                           confusion.begin() + qint64(size_t(j + 1) * k * k));
        for (size_t c = 0; c < k; ++c) {
            if (occurs[c])
                r.meanDiagonal += r.confusion[c * k + c] / double(occurring);
            r.accuracy += priors[c] * r.confusion[c * k + c];
        }
        out.readers.push_back(std::move(r));
    }
    out.ranking.resize(size_t(J));
    std::iota(out.ranking.begin(), out.ranking.end(), 0);
    std::stable_sort(out.ranking.begin(), out.ranking.end(), [&](qint32 a, qint32 b) {
        const DawidSkeneReader &ra = out.readers[size_t(a)];
        const DawidSkeneReader &rb = out.readers[size_t(b)];
        if (ra.meanDiagonal != rb.meanDiagonal)
            return ra.meanDiagonal > rb.meanDiagonal;
        return ra.accuracy > rb.accuracy;
    });
    for (size_t position = 0; position < out.ranking.size(); ++position)
        out.readers[size_t(out.ranking[position])].rank = qint32(position + 1);
    return out;
}

} // namespace concord
