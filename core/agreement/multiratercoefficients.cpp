// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/multiratercoefficients.h"

#include "core/agreement/unittally.h"
#include "core/util/check.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cmath>

namespace concord {

namespace {

// Above this many ratings in a unit, counting per category beats visiting all pairs.
constexpr qint32 PairLoopLimit = 16;

// Calls visit(values, r) for every unit with at least one rating, values[0..r) being the
// category ids of its ratings.
template <typename Visit> void forEachRatedUnit(const RatingTable &table, Visit visit)
{
    const qint32 coders = table.coderCount();
    std::vector<qint32> values(static_cast<size_t>(coders));
    for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
        const qint32 r = table.presentRatings(unit, values.data());
        if (r > 0)
            visit(values.data(), r);
    }
}

// Σ over ordered pairs i != j of w(v_i, v_j), which equals Σ_k r_ik (r*_ik - 1) when w_kk = 1.
class PairWeightSum
{
public:
    PairWeightSum(const std::vector<double> &weights, qint32 q)
        : m_weights(weights.data())
        , m_q(size_t(q))
        , m_counts(size_t(q), 0)
    {}

    double operator()(const qint32 *values, qint32 r)
    {
        double sum = 0;
        if (r <= PairLoopLimit) {
            for (qint32 i = 0; i < r; ++i) {
                const size_t a = size_t(values[i]);
                for (qint32 j = i + 1; j < r; ++j) {
                    const size_t b = size_t(values[j]);
                    sum += m_weights[a * m_q + b] + m_weights[b * m_q + a];
                }
            }
            return sum;
        }
        m_touched.clear();
        for (qint32 i = 0; i < r; ++i) {
            if (m_counts[size_t(values[i])]++ == 0)
                m_touched.push_back(values[i]);
        }
        for (const qint32 k : m_touched) {
            const double nk = m_counts[size_t(k)];
            for (const qint32 l : m_touched)
                sum += nk * (m_counts[size_t(l)] - (k == l ? 1 : 0)) *
                       m_weights[size_t(k) * m_q + size_t(l)];
        }
        for (const qint32 k : m_touched)
            m_counts[size_t(k)] = 0;
        return sum;
    }

private:
    const double *m_weights;
    size_t m_q;
    std::vector<qint64> m_counts;
    std::vector<qint32> m_touched;
};

QString metricName(ChanceModel chance, bool weighted)
{
    switch (chance) {
    case ChanceModel::None:
        return weighted ? QStringLiteral("percent_agreement_weighted")
                        : QStringLiteral("percent_agreement");
    case ChanceModel::Uniform:
        return weighted ? QStringLiteral("brennan_prediger_weighted")
                        : QStringLiteral("brennan_prediger");
    case ChanceModel::Gwet:
        return weighted ? QStringLiteral("gwet_ac2") : QStringLiteral("gwet_ac1");
    case ChanceModel::CategoryMarginals:
        return weighted ? QStringLiteral("fleiss_kappa_weighted") : QStringLiteral("fleiss_kappa");
    }
    return {};
}

} // namespace

std::vector<double> tableWeights(const RatingTable &table, KappaWeights weights)
{
    std::vector<double> values(size_t(table.categoryCount()));
    for (qint32 k = 0; k < table.categoryCount(); ++k)
        values[size_t(k)] = table.categoryValue(k);
    return agreementWeights(weights, values);
}

AgreementResult multiRaterAgreement(const RatingTable &table, ChanceModel chance,
                                    const std::vector<double> &weights)
{
    return multiRaterAgreement(table, chance, weights, UnitTally(table));
}

AgreementResult multiRaterAgreement(const RatingTable &table, ChanceModel chance,
                                    const std::vector<double> &weights, const UnitTally &tally)
{
    const qint32 q = table.categoryCount();
    AgreementResult result;
    result.coders = table.coderCount();
    CONCORD_CHECK(weights.size() == size_t(q) * size_t(q) && tally.categoryCount() == q &&
                      tally.maxRatings() == table.coderCount(),
                  return result);
    bool weighted = false;
    double weightSum = 0; // T_w
    for (qint32 k = 0; k < q; ++k) {
        for (qint32 l = 0; l < q; ++l) {
            const double w = weights[size_t(k) * size_t(q) + size_t(l)];
            weightSum += w;
            weighted = weighted || w != (k == l ? 1.0 : 0.0);
        }
    }
    result.metric = metricName(chance, weighted);
    result.coders = table.coderCount();
    auto weight = [&](qint32 k, qint32 l) { return weights[size_t(k) * size_t(q) + size_t(l)]; };

    // p_a and π from counts per rating count r, divided once at the end: exact integers when
    // unweighted, and independent of unit order. Weighted agreement needs its own pass.
    const qint32 coders = table.coderCount();
    qint64 rated = 0;    // n: units with at least one rating
    qint64 pairable = 0; // units with two or more
    std::vector<double> agreementByCount(size_t(coders) + 1, 0.0);
    for (qint32 r = 1; r <= coders; ++r) {
        rated += tally.units(r);
        if (r < 2)
            continue;
        pairable += tally.units(r);
        qint64 equal = 0;
        for (qint32 k = 0; k < q; ++k)
            equal += tally.equalPairs(r, k);
        agreementByCount[size_t(r)] = 2.0 * double(equal);
    }
    PairWeightSum pairWeightSum(weights, q);
    if (weighted) {
        std::fill(agreementByCount.begin(), agreementByCount.end(), 0.0);
        forEachRatedUnit(table, [&](const qint32 *values, qint32 r) {
            if (r >= 2)
                agreementByCount[size_t(r)] += pairWeightSum(values, r);
        });
    }
    result.units = qint32(pairable);
    if (rated > pairable) {
        result.warnings.append(
            concord::tr("%n unit(s) with a single rating count only toward category "
                        "prevalence",
                        nullptr, int(rated - pairable)));
    }
    if (pairable == 0) {
        result.warnings.append(
            concord::tr("no unit has two or more ratings: the coefficient is undefined"));
        return result;
    }
    double agreementSum = 0;
    std::vector<double> prevalence(static_cast<size_t>(q), 0.0);
    for (qint32 r = 1; r <= coders; ++r) {
        if (r >= 2)
            agreementSum += agreementByCount[size_t(r)] / (double(r) * (r - 1));
        for (qint32 k = 0; k < q; ++k)
            prevalence[size_t(k)] += double(tally.ratings(r, k)) / r;
    }
    const double pa = agreementSum / double(pairable);
    for (qint32 k = 0; k < q; ++k)
        prevalence[size_t(k)] /= double(rated);

    double pe = 0;
    // c_k with pe_i = Σ_k (r_ik / r_i) c_k, the chance agreement attributed to unit i.
    std::vector<double> unitChanceWeights(static_cast<size_t>(q), 0.0);
    switch (chance) {
    case ChanceModel::None: break;
    case ChanceModel::Uniform: pe = weightSum / (double(q) * q); break;
    case ChanceModel::Gwet:
        if (q < 2)
            break;
        for (qint32 k = 0; k < q; ++k) {
            pe += prevalence[size_t(k)] * (1 - prevalence[size_t(k)]);
            unitChanceWeights[size_t(k)] =
                weightSum / (double(q) * (q - 1)) * (1 - prevalence[size_t(k)]);
        }
        pe *= weightSum / (double(q) * (q - 1));
        break;
    case ChanceModel::CategoryMarginals:
        for (qint32 k = 0; k < q; ++k) {
            double rowMean = 0, columnMean = 0;
            for (qint32 l = 0; l < q; ++l) {
                pe += weight(k, l) * prevalence[size_t(k)] * prevalence[size_t(l)];
                rowMean += weight(k, l) * prevalence[size_t(l)];
                columnMean += weight(l, k) * prevalence[size_t(l)];
            }
            unitChanceWeights[size_t(k)] = (rowMean + columnMean) / 2;
        }
        break;
    }
    result.observedAgreement = pa;
    if (chance != ChanceModel::None)
        result.expectedAgreement = pe;
    if (chance == ChanceModel::Gwet && q < 2) {
        result.warnings.append(concord::tr("the scale has a single category: AC1 is undefined"));
        return result;
    }
    if (!(1 - pe > 1e-12)) {
        result.warnings.append(concord::tr("chance agreement is 1 (a single category is used): the "
                                           "coefficient is undefined"));
        return result;
    }
    const double value = (pa - pe) / (1 - pe);
    result.value = value;

    // Second pass: Gwet's linearised variance over the rated units. Per-r factors are computed
    // once, so the loop has no division.
    if (rated >= 2) {
        double squares = 0;
        const bool unitChance =
            chance == ChanceModel::Gwet || chance == ChanceModel::CategoryMarginals;
        const double agreementFactor = double(rated) / double(pairable) / (1 - pe);
        const double chanceFactor = unitChance ? 2 * (1 - value) / (1 - pe) : 0.0;
        std::vector<double> perPair(size_t(coders) + 1, 0.0), perRating(size_t(coders) + 1, 0.0),
            offset(size_t(coders) + 1, 0.0);
        for (qint32 r = 1; r <= coders; ++r) {
            perPair[size_t(r)] = r >= 2 ? agreementFactor / (double(r) * (r - 1)) : 0.0;
            perRating[size_t(r)] = chanceFactor / r;
            // term - value = perPair·pairSum - perRating·Σcw + offset
            offset[size_t(r)] = -(r >= 2 ? agreementFactor * pe : 0.0) + chanceFactor * pe - value;
        }
        forEachRatedUnit(table, [&](const qint32 *values, qint32 r) {
            double pairSum = 0;
            if (!weighted && r <= PairLoopLimit) {
                qint32 equal = 0;
                for (qint32 i = 0; i < r; ++i)
                    for (qint32 j = i + 1; j < r; ++j)
                        equal += values[i] == values[j];
                pairSum = 2.0 * equal;
            } else if (r >= 2) {
                pairSum = pairWeightSum(values, r);
            }
            double chanceSum = 0; // Σ_k r_ik c_k
            if (unitChance) {
                for (qint32 i = 0; i < r; ++i)
                    chanceSum += unitChanceWeights[size_t(values[i])];
            }
            const double d =
                perPair[size_t(r)] * pairSum - perRating[size_t(r)] * chanceSum + offset[size_t(r)];
            squares += d * d;
        });
        const double variance = squares / (double(rated) * double(rated - 1));
        if (isFiniteValue(variance) && variance >= 0) {
            result.standardError = std::sqrt(variance);
            result.ci = normalInterval(value, *result.standardError, 0.95,
                                       QStringLiteral("asymptotic (Gwet 2014 linearisation)"));
        }
    }
    if (chance != ChanceModel::None)
        interpretChanceCorrected(result, chance == ChanceModel::CategoryMarginals);
    return result;
}

AgreementResult percentAgreement(const RatingTable &table)
{
    return multiRaterAgreement(table, ChanceModel::None,
                               tableWeights(table, KappaWeights::Unweighted));
}

AgreementResult brennanPrediger(const RatingTable &table, KappaWeights weights)
{
    return multiRaterAgreement(table, ChanceModel::Uniform, tableWeights(table, weights));
}

AgreementResult gwetAc(const RatingTable &table, KappaWeights weights)
{
    return multiRaterAgreement(table, ChanceModel::Gwet, tableWeights(table, weights));
}

} // namespace concord
