// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/krippendorffalpha.h"

#include "core/agreement/unittally.h"
#include "core/util/enumkeys.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <vector>

namespace concord {

namespace {

constexpr EnumKey<MeasurementLevel> MeasurementLevelNames[] = {
    {MeasurementLevel::Nominal, "nominal"},
    {MeasurementLevel::Ordinal, "ordinal"},
    {MeasurementLevel::Interval, "interval"},
    {MeasurementLevel::Ratio, "ratio"}};

// Above this many values in a unit, counting per category beats comparing all pairs.
constexpr qint32 PairLoopLimit = 16;

// Integer tallies of one pass over the table. Coincidences are kept per pairable-value count m
// as integers and divided by m - 1 only at the end, so the result is exact up to the final
// floating-point combination and does not depend on the order of units.
struct CoincidenceTally
{
    qint32 categories = 0;
    qint32 pairableUnits = 0;
    qint32 singleRatingUnits = 0;
    std::vector<qint64> marginals;        // n_c over pairable values
    std::vector<qint64> disagreeingPairs; // [m]: ordered pairs c != k (nominal)
    // [m][c*K+k], c <= k: unordered pairs of values c and k within units of m values (other
    // levels); the ordered coincidence count is twice that on the diagonal, equal off it.
    std::vector<std::vector<qint64>> pairsByCount;
};

CoincidenceTally tally(const RatingTable &table)
{
    CoincidenceTally t;
    const qint32 coders = table.coderCount();
    const qint32 categories = table.categoryCount();
    t.categories = categories;
    t.marginals.assign(size_t(categories), 0);
    t.disagreeingPairs.assign(size_t(coders) + 1, 0);
    t.pairsByCount.resize(size_t(coders) + 1);
    std::vector<qint32> values(static_cast<size_t>(coders));
    std::vector<qint64> counts(static_cast<size_t>(categories), 0);
    std::vector<qint32> touched;
    touched.reserve(size_t(coders));

    for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
        const qint32 m = table.presentRatings(unit, values.data());
        if (m < 2) {
            t.singleRatingUnits += m == 1;
            continue;
        }
        ++t.pairableUnits;
        for (qint32 i = 0; i < m; ++i)
            ++t.marginals[size_t(values[size_t(i)])];

        std::vector<qint64> *pairs = &t.pairsByCount[size_t(m)];
        if (pairs->empty())
            pairs->assign(size_t(categories) * size_t(categories), 0);
        if (m <= PairLoopLimit) {
            for (qint32 i = 0; i < m; ++i) {
                for (qint32 j = i + 1; j < m; ++j) {
                    const qint32 a = values[size_t(i)];
                    const qint32 b = values[size_t(j)];
                    ++(*pairs)[size_t(std::min(a, b)) * size_t(categories) +
                               size_t(std::max(a, b))];
                }
            }
            continue;
        }
        touched.clear();
        for (qint32 i = 0; i < m; ++i) {
            const qint32 v = values[size_t(i)];
            if (counts[size_t(v)]++ == 0)
                touched.push_back(v);
        }
        for (const qint32 c : touched) {
            const qint64 nc = counts[size_t(c)];
            for (const qint32 k : touched) {
                if (k < c)
                    continue;
                const qint64 nk = counts[size_t(k)];
                (*pairs)[size_t(c) * size_t(categories) + size_t(k)] +=
                    c == k ? nc * (nc - 1) / 2 : nc * nk;
            }
        }
        for (const qint32 c : touched)
            counts[size_t(c)] = 0;
    }
    return t;
}

// The nominal level needs only marginals and disagreeing pairs, which the shared UnitTally pass
// provides.
CoincidenceTally nominalTally(const RatingTable &table)
{
    const UnitTally counts(table);
    CoincidenceTally t;
    const qint32 K = table.categoryCount();
    t.categories = K;
    t.marginals.assign(size_t(K), 0);
    t.disagreeingPairs.assign(size_t(counts.maxRatings()) + 1, 0);
    t.singleRatingUnits = counts.maxRatings() >= 1 ? qint32(counts.units(1)) : 0;
    for (qint32 m = 2; m <= counts.maxRatings(); ++m) {
        t.pairableUnits += qint32(counts.units(m));
        qint64 equal = 0;
        for (qint32 k = 0; k < K; ++k) {
            t.marginals[size_t(k)] += counts.ratings(m, k);
            equal += counts.equalPairs(m, k);
        }
        t.disagreeingPairs[size_t(m)] = qint64(m) * (m - 1) * counts.units(m) - 2 * equal;
    }
    return t;
}

// The squared difference δ²(c, k) of Krippendorff (2011), section C.
std::vector<double> differenceMatrix(const RatingTable &table, MeasurementLevel level,
                                     const std::vector<qint64> &marginals)
{
    const qint32 K = table.categoryCount();
    std::vector<double> delta(size_t(K) * size_t(K), 0.0);
    std::vector<qint64> prefix(size_t(K) + 1, 0); // prefix[g] = n_0 + ... + n_{g-1}
    for (qint32 g = 0; g < K; ++g)
        prefix[size_t(g) + 1] = prefix[size_t(g)] + marginals[size_t(g)];
    for (qint32 c = 0; c < K; ++c) {
        for (qint32 k = 0; k < K; ++k) {
            if (c == k)
                continue;
            double d = 0;
            switch (level) {
            case MeasurementLevel::Nominal: d = 1; break;
            case MeasurementLevel::Ordinal: {
                // (sum of n_g for g from c to k) - (n_c + n_k) / 2, squared
                const qint32 lo = std::min(c, k);
                const qint32 hi = std::max(c, k);
                const qint64 between = prefix[size_t(hi) + 1] - prefix[size_t(lo)];
                const double x =
                    double(between) - double(marginals[size_t(c)] + marginals[size_t(k)]) / 2;
                d = x * x;
                break;
            }
            case MeasurementLevel::Interval: {
                const double x = table.categoryValue(c) - table.categoryValue(k);
                d = x * x;
                break;
            }
            case MeasurementLevel::Ratio: {
                const double sum = table.categoryValue(c) + table.categoryValue(k);
                const double x =
                    sum == 0 ? 0 : (table.categoryValue(c) - table.categoryValue(k)) / sum;
                d = x * x;
                break;
            }
            }
            delta[size_t(c) * size_t(K) + size_t(k)] = d;
        }
    }
    return delta;
}

} // namespace

QString measurementLevelName(MeasurementLevel level)
{
    return enumKey(MeasurementLevelNames, level);
}

std::optional<MeasurementLevel> parseMeasurementLevel(QStringView name)
{
    return enumFromKey(MeasurementLevelNames, name, Qt::CaseInsensitive);
}

AgreementResult krippendorffAlpha(const RatingTable &table, MeasurementLevel level)
{
    AgreementResult result;
    result.metric = QStringLiteral("krippendorff_alpha_") + measurementLevelName(level);
    result.coders = table.coderCount();

    const bool nominal = level == MeasurementLevel::Nominal;
    const CoincidenceTally t = nominal ? nominalTally(table) : tally(table);
    result.units = t.pairableUnits;
    if (t.singleRatingUnits > 0) {
        result.warnings.append(
            concord::tr("%n unit(s) with a single rating are not pairable and were "
                        "left out",
                        nullptr, int(t.singleRatingUnits)));
    }
    if ((level == MeasurementLevel::Interval || level == MeasurementLevel::Ratio) &&
        !table.categoriesAreNumeric() && table.categoryCount() > 0) {
        result.warnings.append(
            concord::tr("labels are not all numbers: their positions 1..%1 in label "
                        "order were used as values")
                .arg(table.categoryCount()));
    }
    if (level == MeasurementLevel::Ratio) {
        for (qint32 k = 0; k < table.categoryCount(); ++k) {
            if (table.categoryValue(k) < 0) {
                result.warnings.append(concord::tr("ratio level needs non-negative values"));
                break;
            }
        }
    }

    qint64 n = 0;
    qint64 sumSquaredMarginals = 0;
    for (const qint64 nc : t.marginals) {
        n += nc;
        sumSquaredMarginals += nc * nc;
    }
    if (n < 2) {
        result.warnings.append(concord::tr("no unit has two or more ratings: alpha is undefined"));
        return result;
    }

    // Observed nominal disagreement, sum over c != k of o_ck, for the observed agreement that
    // the prevalence check reads, whatever the level.
    double disagreeingCoincidences = 0;
    const qint32 K = t.categories;
    std::vector<double> coincidences; // o_ck, only for non-nominal levels
    if (nominal) {
        for (size_t m = 2; m < t.disagreeingPairs.size(); ++m)
            disagreeingCoincidences += double(t.disagreeingPairs[m]) / double(m - 1);
    } else {
        coincidences.assign(size_t(K) * size_t(K), 0.0);
        for (size_t m = 2; m < t.pairsByCount.size(); ++m) {
            const std::vector<qint64> &pairs = t.pairsByCount[m];
            if (pairs.empty())
                continue;
            for (qint32 c = 0; c < K; ++c) {
                for (qint32 k = c; k < K; ++k) {
                    const double o =
                        double(pairs[size_t(c) * size_t(K) + size_t(k)]) / double(m - 1);
                    if (c == k) {
                        coincidences[size_t(c) * size_t(K) + size_t(c)] += 2 * o;
                    } else {
                        coincidences[size_t(c) * size_t(K) + size_t(k)] += o;
                        coincidences[size_t(k) * size_t(K) + size_t(c)] += o;
                    }
                }
            }
        }
        for (qint32 c = 0; c < K; ++c)
            for (qint32 k = 0; k < K; ++k)
                if (c != k)
                    disagreeingCoincidences += coincidences[size_t(c) * size_t(K) + size_t(k)];
    }
    result.observedAgreement = 1.0 - disagreeingCoincidences / double(n);

    double observed = 0; // sum o_ck δ²_ck
    double expected = 0; // sum n_c n_k δ²_ck
    if (nominal) {
        observed = disagreeingCoincidences;
        expected = double(n * n - sumSquaredMarginals);
        result.expectedAgreement = double(sumSquaredMarginals - n) / double(n * (n - 1));
    } else {
        const std::vector<double> delta = differenceMatrix(table, level, t.marginals);
        for (qint32 c = 0; c < K; ++c) {
            for (qint32 k = 0; k < K; ++k) {
                const size_t i = size_t(c) * size_t(K) + size_t(k);
                observed += coincidences[i] * delta[i];
                expected +=
                    double(t.marginals[size_t(c)]) * double(t.marginals[size_t(k)]) * delta[i];
            }
        }
    }
    if (!(expected > 0)) {
        result.warnings.append(concord::tr("all pairable values are in one category, so expected "
                                           "disagreement is 0 and alpha is undefined (0/0)"));
        return result;
    }
    const double alpha = 1.0 - double(n - 1) * observed / expected;
    if (isFiniteValue(alpha))
        result.value = alpha;
    interpretChanceCorrected(result, true);
    return result;
}

} // namespace concord
