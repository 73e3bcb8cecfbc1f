// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/fleisskappa.h"

#include "core/agreement/multiratercoefficients.h"

#include <QCoreApplication>

#include <cmath>

namespace concord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("concord::agreement", text);
}

// Integer tallies over the units that have exactly n ratings.
struct FleissTally
{
    qint32 raters = 0;             // n, the largest rating count of any unit
    qint64 units = 0;              // N, units with n ratings
    qint64 otherUnits = 0;         // pairable units with fewer ratings
    std::vector<qint64> totals;    // Σ_i n_ij
    std::vector<qint64> squares;   // Σ_i n_ij²
};

FleissTally tally(const RatingTable &table)
{
    FleissTally t;
    const qint32 coders = table.coderCount();
    const qint32 q = table.categoryCount();
    t.totals.assign(size_t(q), 0);
    t.squares.assign(size_t(q), 0);
    for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
        const qint32 *row = table.row(unit);
        qint32 m = 0;
        for (qint32 c = 0; c < coders; ++c)
            m += row[c] != RatingTable::Missing;
        t.raters = std::max(t.raters, m);
    }
    std::vector<qint32> counts(static_cast<size_t>(q), 0);
    std::vector<qint32> touched;
    for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
        const qint32 *row = table.row(unit);
        touched.clear();
        qint32 m = 0;
        for (qint32 c = 0; c < coders; ++c) {
            const qint32 v = row[c];
            if (v == RatingTable::Missing)
                continue;
            ++m;
            if (counts[size_t(v)]++ == 0)
                touched.push_back(v);
        }
        if (m == t.raters && m >= 2) {
            ++t.units;
            for (const qint32 k : touched) {
                const qint64 n = counts[size_t(k)];
                t.totals[size_t(k)] += n;
                t.squares[size_t(k)] += n * n;
            }
        } else if (m >= 2) {
            ++t.otherUnits;
        }
        for (const qint32 k : touched)
            counts[size_t(k)] = 0;
    }
    return t;
}

} // namespace

FleissKappa fleissKappa(const RatingTable &table)
{
    FleissKappa result;
    result.overall = multiRaterAgreement(table, ChanceModel::CategoryMarginals,
                                         tableWeights(table, KappaWeights::Unweighted));

    const FleissTally t = tally(table);
    const qint32 q = table.categoryCount();
    if (t.otherUnits > 0) {
        result.overall.warnings.append(
            tr("units have different numbers of ratings (%1 of %2 have fewer than %3): kappa "
               "uses Gwet's generalisation for missing ratings; the null SE and per-category "
               "kappas use only units with %3 ratings")
                .arg(t.otherUnits).arg(t.otherUnits + t.units).arg(t.raters));
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
            category.warnings.append(tr("category %1 was used by all or by none of the ratings: "
                                        "its kappa is undefined").arg(table.categoryName(k)));
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
