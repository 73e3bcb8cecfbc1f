// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/fleisskappa.h"

#include "core/agreement/multiratercoefficients.h"
#include "core/agreement/unittally.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cmath>

namespace concord {

namespace {

// Counts over the units that have exactly n ratings, n being the largest rating count.
struct FleissTally
{
    qint32 raters = 0;           // n
    qint64 units = 0;            // N, units with n ratings
    qint64 otherUnits = 0;       // pairable units with fewer ratings
    std::vector<qint64> totals;  // Σ_i n_ij
    std::vector<qint64> squares; // Σ_i n_ij²
};

FleissTally fleissTally(const UnitTally &counts)
{
    FleissTally t;
    const qint32 q = counts.categoryCount();
    for (qint32 m = counts.maxRatings(); m >= 2; --m) {
        if (counts.units(m) == 0)
            continue;
        if (t.raters == 0) {
            t.raters = m;
            t.units = counts.units(m);
        } else {
            t.otherUnits += counts.units(m);
        }
    }
    t.totals.assign(size_t(q), 0);
    t.squares.assign(size_t(q), 0);
    if (t.raters > 0) {
        // Σ_i n_ij² = Σ_i n_ij + 2 · (pairs of equal ratings in category j)
        for (qint32 k = 0; k < q; ++k) {
            t.totals[size_t(k)] = counts.ratings(t.raters, k);
            t.squares[size_t(k)] = t.totals[size_t(k)] + 2 * counts.equalPairs(t.raters, k);
        }
    }
    return t;
}

} // namespace

FleissKappa fleissKappa(const RatingTable &table)
{
    FleissKappa result;
    const UnitTally counts(table);
    result.overall = multiRaterAgreement(table, ChanceModel::CategoryMarginals,
                                         tableWeights(table, KappaWeights::Unweighted), counts);

    const FleissTally t = fleissTally(counts);
    const qint32 q = table.categoryCount();
    if (t.otherUnits > 0) {
        result.overall.warnings.append(
            concord::tr(
                "units have different numbers of ratings (%1 of %2 have fewer than %3): kappa "
                "uses Gwet's generalisation for missing ratings; the null SE and per-category "
                "kappas use only units with %3 ratings")
                .arg(t.otherUnits)
                .arg(t.otherUnits + t.units)
                .arg(t.raters));
    }
    if (t.units == 0 || t.raters < 2)
        return result;

    // Fleiss (1971): p_j = Σ_i n_ij / (N n); κ_j = 1 - Σ_i n_ij (n - n_ij) / (N n (n-1) p_j q_j).
    const double N = double(t.units);
    const double n = double(t.raters);
    const double nn1 = N * n * (n - 1);
    const double nullSeCategory = std::sqrt(2.0 / nn1);
    double sumPQ = 0, sumPQQminusP = 0;
    result.perCategory.resize(size_t(q));
    for (qint32 k = 0; k < q; ++k) {
        AgreementResult &category = result.perCategory[size_t(k)];
        category.metric = QStringLiteral("fleiss_kappa_category");
        category.units = qint32(t.units);
        category.coders = t.raters;
        const double p = double(t.totals[size_t(k)]) / (N * n);
        const double pq = p * (1 - p);
        sumPQ += pq;
        sumPQQminusP += pq * ((1 - p) - p);
        if (!(pq > 0)) {
            category.warnings.append(
                concord::tr("category %1 was used by all or by none of the ratings: "
                            "its kappa is undefined")
                    .arg(table.categoryName(k)));
            continue;
        }
        const double disagreement = n * double(t.totals[size_t(k)]) - double(t.squares[size_t(k)]);
        category.value = 1.0 - disagreement / (nn1 * pq);
        category.standardError = nullSeCategory;
        category.landisKoch = landisKochReading(*category.value);
    }
    if (t.otherUnits == 0 && sumPQ > 0) {
        // Fleiss, Nee & Landis (1979), eq. 12: SE of kappa when kappa = 0.
        const double se = std::sqrt(2.0 / nn1) / sumPQ * std::sqrt(sumPQ * sumPQ - sumPQQminusP);
        if (isFiniteValue(se) && se > 0) {
            result.standardErrorUnderNull = se;
            if (result.overall.value)
                result.z = *result.overall.value / se;
        }
    }
    return result;
}

} // namespace concord
