// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/dawidskene.h"

#include "core/agreement/splitmix64.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace concord {

namespace {

// The E-step over the units marked in `rated`: T[u] = P(true category | u's ratings), computed
// in log space so many readers cannot underflow the product. Returns the log-likelihood of the
// rated units. Units not marked are left as they are.
double expectation(const RatingTable &table, const std::vector<double> &logPriors,
                   const std::vector<double> &logConfusion, const std::vector<char> &rated,
                   std::vector<double> &T)
{
    const qint32 n = table.unitCount();
    const qint32 J = table.coderCount();
    const size_t k = logPriors.size();
    std::vector<double> logp(k);
    double logLikelihood = 0;
    for (qint32 u = 0; u < n; ++u) {
        if (!rated[size_t(u)])
            continue;
        const qint32 *row = table.row(u);
        for (size_t c = 0; c < k; ++c) {
            double value = logPriors[c];
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
    return logLikelihood;
}

std::vector<double> logarithms(const std::vector<double> &values)
{
    std::vector<double> logs(values.size());
    std::transform(values.begin(), values.end(), logs.begin(),
                   [](double v) { return std::log(v); });
    return logs;
}

// The prevalences a caller fixed, normalised, or nothing when they are not K positive finite
// values summing to 1 (within rounding).
std::optional<std::vector<double>> validFixedPriors(const std::vector<double> &priors, size_t k)
{
    if (priors.size() != k)
        return std::nullopt;
    double sum = 0;
    for (double p : priors) {
        if (!std::isfinite(p) || p <= 0)
            return std::nullopt;
        sum += p;
    }
    if (std::abs(sum - 1.0) > 1e-6)
        return std::nullopt;
    std::vector<double> normalised = priors;
    for (double &p : normalised)
        p /= sum;
    return normalised;
}

// Turns each reader's smoothed confusion counts into the one-coin model's matrix: accuracy a =
// (pseudo-counts and expected counts on the diagonal) / (all of them), the same pseudo-counts
// pooled over the rows, and every wrong answer (1 - a) / (K - 1) (docs/weak-supervision.md).
void poolIntoOneAccuracy(std::vector<double> &counts, qint32 J, size_t k, double minimumAccuracy)
{
    for (qint32 j = 0; j < J; ++j) {
        double *m = &counts[size_t(j) * k * k];
        double correct = 0;
        const double total = std::accumulate(m, m + k * k, 0.0);
        for (size_t c = 0; c < k; ++c)
            correct += m[c * k + c];
        const double accuracy = std::max(correct / total, minimumAccuracy);
        const double wrong = k > 1 ? (1.0 - accuracy) / double(k - 1) : 0.0;
        for (size_t c = 0; c < k; ++c) {
            for (size_t l = 0; l < k; ++l)
                m[c * k + l] = c == l ? accuracy : wrong;
        }
    }
}

} // namespace

double dawidSkenePosteriors(const RatingTable &table, const std::vector<double> &priors,
                            const std::vector<double> &confusion, std::vector<double> &posteriors)
{
    const size_t k = size_t(table.categoryCount());
    const qint32 n = table.unitCount();
    posteriors.assign(size_t(n) * k, 0.0);
    std::vector<char> rated(size_t(n), 0);
    for (qint32 u = 0; u < n; ++u) {
        const qint32 *row = table.row(u);
        rated[size_t(u)] = std::any_of(row, row + table.coderCount(),
                                       [](qint32 c) { return c != RatingTable::Missing; });
        if (!rated[size_t(u)])
            std::copy(priors.begin(), priors.end(), posteriors.begin() + qint64(size_t(u) * k));
    }
    return expectation(table, logarithms(priors), logarithms(confusion), rated, posteriors);
}

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
    std::optional<std::vector<double>> fixedPriors;
    if (!options.fixedPriors.empty()) {
        fixedPriors = validFixedPriors(options.fixedPriors, k);
        if (fixedPriors)
            priors = *fixedPriors;
        else
            out.warnings.append(concord::tr("the given class prevalences are not %n positive "
                                            "values summing to 1; they are estimated instead",
                                            nullptr, K));
    }
    std::vector<double> logPriors(k);
    std::vector<double> confusion(size_t(J) * k * k, 0.0); // [coder][true][said]
    std::vector<double> logConfusion(confusion.size());
    double previous = 0;
    double previousChange = 0;
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
        if (fixedPriors) {
            priors = *fixedPriors;
        } else {
            const double priorSum = std::accumulate(priors.begin(), priors.end(), 0.0);
            for (double &p : priors)
                p /= priorSum;
        }
        for (size_t c = 0; c < k; ++c)
            logPriors[c] = std::log(priors[c]);
        if (options.readerModel == ReaderModel::OneAccuracy) {
            poolIntoOneAccuracy(confusion, J, k, options.minimumAccuracy);
        } else {
            for (qint32 j = 0; j < J; ++j) {
                for (size_t c = 0; c < k; ++c) {
                    double *m = &confusion[(size_t(j) * k + c) * k];
                    const double sum = std::accumulate(m, m + k, 0.0);
                    for (size_t l = 0; l < k; ++l)
                        m[l] /= sum;
                }
            }
        }
        for (size_t cell = 0; cell < confusion.size(); ++cell)
            logConfusion[cell] = std::log(confusion[cell]);

        const double logLikelihood = expectation(table, logPriors, logConfusion, rated, T);
        out.iterations = iteration;
        out.logLikelihood = logLikelihood;
        if (iteration > 1) {
            const double change = logLikelihood - previous;
            out.lastChange = std::abs(change);
            const double scale = std::max(1.0, std::abs(logLikelihood));
            if (options.aitkenStopping) {
                // EM converges linearly: each change is about `rate` times the previous one, so
                // the log-likelihood is still change · rate / (1 - rate) from its limit, far
                // more than one change when the rate is near 1 (docs/weak-supervision.md).
                // Changes at the level of rounding stop it whatever their ratio.
                const double rate = previousChange > 0 ? change / previousChange : 0.0;
                const double remaining = rate < 1
                                             ? out.lastChange * std::max(rate, 0.0) / (1 - rate)
                                             : std::numeric_limits<double>::infinity();
                const bool rounding = out.lastChange <= 1e-13 * scale;
                if (iteration > 2 && (rounding || std::max(out.lastChange, remaining) <=
                                                      options.tolerance * scale)) {
                    out.converged = true;
                    break;
                }
            } else if (out.lastChange <= options.tolerance * scale) {
                out.converged = true;
                break;
            }
            previousChange = change;
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
