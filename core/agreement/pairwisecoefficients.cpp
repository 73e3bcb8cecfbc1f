// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/pairwisecoefficients.h"

#include "core/agreement/multiratercoefficients.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cmath>

namespace concord {

namespace {

// The q×q contingency table of two coders over the units both rated.
struct CrossTable
{
    qint32 q = 0;
    qint64 units = 0;
    qint64 skipped = 0; // units rated by at least one of the two but not both
    std::vector<qint64> counts;

    qint64 at(qint32 i, qint32 j) const { return counts[size_t(i) * size_t(q) + size_t(j)]; }
};

CrossTable crossTable(const RatingTable &table, qint32 a, qint32 b)
{
    CrossTable t;
    t.q = table.categoryCount();
    t.counts.assign(size_t(t.q) * size_t(t.q), 0);
    if (a < 0 || b < 0 || a >= table.coderCount() || b >= table.coderCount())
        return t;
    for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
        const qint32 *row = table.row(unit);
        const qint32 x = row[a];
        const qint32 y = row[b];
        if (x == RatingTable::Missing || y == RatingTable::Missing) {
            t.skipped += x != RatingTable::Missing || y != RatingTable::Missing;
            continue;
        }
        ++t.units;
        ++t.counts[size_t(x) * size_t(t.q) + size_t(y)];
    }
    return t;
}

AgreementResult startResult(const QString &metric, const RatingTable &table, const CrossTable &t,
                            qint32 a, qint32 b)
{
    AgreementResult result;
    result.metric = metric;
    result.units = qint32(t.units);
    result.coders = 2;
    if (a < 0 || b < 0 || a >= table.coderCount() || b >= table.coderCount() || a == b) {
        result.warnings.append(concord::tr("two different coders of the table are needed"));
        result.units = 0;
        return result;
    }
    if (t.skipped > 0) {
        result.warnings.append(
            concord::tr("%n unit(s) rated by only one of %1 and %2 were left out", nullptr,
                        int(t.skipped))
                .arg(table.coderName(a), table.coderName(b)));
    }
    if (t.units == 0)
        result.warnings.append(
            concord::tr("no unit was rated by both coders: the value is undefined"));
    return result;
}

bool validPair(const RatingTable &table, qint32 a, qint32 b)
{
    return a >= 0 && b >= 0 && a < table.coderCount() && b < table.coderCount() && a != b;
}

// Records the observed and the chance agreement and sets the chance-corrected value
// (po - pe) / (1 - pe). When chance agreement is 1 that is undefined: the value stays unset and
// `undefined` is added to the warnings. Returns whether the value was set.
bool setChanceCorrected(AgreementResult &result, double po, double pe, const QString &undefined)
{
    result.observedAgreement = po;
    result.expectedAgreement = pe;
    if (!(1 - pe > 1e-12)) {
        result.warnings.append(undefined);
        return false;
    }
    result.value = (po - pe) / (1 - pe);
    return true;
}

} // namespace

AgreementResult pairPercentAgreement(const RatingTable &table, qint32 a, qint32 b)
{
    const CrossTable t = crossTable(table, a, b);
    AgreementResult result = startResult(QStringLiteral("percent_agreement"), table, t, a, b);
    if (!validPair(table, a, b) || t.units == 0)
        return result;
    qint64 agree = 0;
    for (qint32 k = 0; k < t.q; ++k)
        agree += t.at(k, k);
    const double po = double(agree) / double(t.units);
    result.value = po;
    result.observedAgreement = po;
    return result;
}

AgreementResult cohenKappa(const RatingTable &table, qint32 a, qint32 b, KappaWeights weights)
{
    const CrossTable t = crossTable(table, a, b);
    AgreementResult result =
        startResult(weights == KappaWeights::Unweighted
                        ? QStringLiteral("cohen_kappa")
                        : QStringLiteral("cohen_kappa_") + kappaWeightsName(weights),
                    table, t, a, b);
    if (!validPair(table, a, b) || t.units == 0)
        return result;

    const double N = double(t.units);
    std::vector<double> rows(size_t(t.q), 0.0), columns(size_t(t.q), 0.0);
    for (qint32 i = 0; i < t.q; ++i) {
        for (qint32 j = 0; j < t.q; ++j) {
            rows[size_t(i)] += double(t.at(i, j)) / N;
            columns[size_t(j)] += double(t.at(i, j)) / N;
        }
    }
    // Weights by position among the categories either coder used, as sklearn and irr do.
    std::vector<qint32> used;
    for (qint32 k = 0; k < t.q; ++k)
        if (rows[size_t(k)] > 0 || columns[size_t(k)] > 0)
            used.push_back(k);
    const qint32 L = qint32(used.size());
    std::vector<double> positions(static_cast<size_t>(L));
    for (qint32 i = 0; i < L; ++i)
        positions[size_t(i)] = i;
    const std::vector<double> w = agreementWeights(weights, positions);
    auto weight = [&](qint32 i, qint32 j) { return w[size_t(i) * size_t(L) + size_t(j)]; };
    auto p = [&](qint32 i, qint32 j) { return double(t.at(used[size_t(i)], used[size_t(j)])) / N; };
    auto row = [&](qint32 i) { return rows[size_t(used[size_t(i)])]; };
    auto column = [&](qint32 j) { return columns[size_t(used[size_t(j)])]; };

    double po = 0, pe = 0;
    for (qint32 i = 0; i < L; ++i) {
        for (qint32 j = 0; j < L; ++j) {
            po += weight(i, j) * p(i, j);
            pe += weight(i, j) * row(i) * column(j);
        }
    }
    if (!setChanceCorrected(result, po, pe,
                            concord::tr("both coders used a single category: chance agreement "
                                        "is 1 and kappa is undefined")))
        return result;
    const double kappa = *result.value;

    // Fleiss, Cohen & Everitt (1969), large-sample variance of weighted kappa:
    // [Σ p_ij (w_ij - (w̄_i. + w̄_.j)(1 - κ))² - (κ - p_e (1 - κ))²] / (N (1 - p_e)²),
    // w̄_i. = Σ_j p_.j w_ij, w̄_.j = Σ_i p_i. w_ij.
    std::vector<double> rowMean(static_cast<size_t>(L), 0.0), columnMean(size_t(L), 0.0);
    for (qint32 i = 0; i < L; ++i) {
        for (qint32 j = 0; j < L; ++j) {
            rowMean[size_t(i)] += column(j) * weight(i, j);
            columnMean[size_t(j)] += row(i) * weight(i, j);
        }
    }
    double sum = 0;
    for (qint32 i = 0; i < L; ++i) {
        for (qint32 j = 0; j < L; ++j) {
            const double d =
                weight(i, j) - (rowMean[size_t(i)] + columnMean[size_t(j)]) * (1 - kappa);
            sum += p(i, j) * d * d;
        }
    }
    const double tail = kappa - pe * (1 - kappa);
    const double variance = (sum - tail * tail) / (N * (1 - pe) * (1 - pe));
    if (isFiniteValue(variance) && variance >= 0) {
        result.standardError = std::sqrt(variance);
        result.ci = normalInterval(kappa, *result.standardError, 0.95,
                                   QStringLiteral("asymptotic (Fleiss, Cohen & Everitt 1969)"));
    }
    interpretChanceCorrected(result, true);
    return result;
}

AgreementResult scottPi(const RatingTable &table, qint32 a, qint32 b)
{
    const CrossTable t = crossTable(table, a, b);
    AgreementResult result = startResult(QStringLiteral("scott_pi"), table, t, a, b);
    if (!validPair(table, a, b) || t.units == 0)
        return result;
    const double N = double(t.units);
    qint64 agree = 0;
    double pe = 0;
    for (qint32 k = 0; k < t.q; ++k) {
        agree += t.at(k, k);
        qint64 pooled = 0;
        for (qint32 l = 0; l < t.q; ++l)
            pooled += t.at(k, l) + t.at(l, k);
        const double pi = double(pooled) / (2 * N);
        pe += pi * pi;
    }
    if (setChanceCorrected(result, double(agree) / N, pe,
                           concord::tr("both coders used a single category: chance agreement "
                                       "is 1 and pi is undefined")))
        interpretChanceCorrected(result, true);
    return result;
}

AgreementResult pairBrennanPrediger(const RatingTable &table, qint32 a, qint32 b,
                                    KappaWeights weights)
{
    if (!validPair(table, a, b))
        return startResult(QStringLiteral("brennan_prediger"), table, CrossTable(), a, b);
    return brennanPrediger(table.selectCoders({a, b}), weights);
}

AgreementResult pairGwetAc(const RatingTable &table, qint32 a, qint32 b, KappaWeights weights)
{
    if (!validPair(table, a, b))
        return startResult(QStringLiteral("gwet_ac1"), table, CrossTable(), a, b);
    return gwetAc(table.selectCoders({a, b}), weights);
}

std::vector<std::optional<double>> cohenKappaMatrix(const RatingTable &table, KappaWeights weights)
{
    const qint32 coders = table.coderCount();
    std::vector<std::optional<double>> matrix(size_t(coders) * size_t(coders));
    for (qint32 a = 0; a < coders; ++a) {
        matrix[size_t(a) * size_t(coders) + size_t(a)] = 1.0;
        for (qint32 b = a + 1; b < coders; ++b) {
            const std::optional<double> kappa = cohenKappa(table, a, b, weights).value;
            matrix[size_t(a) * size_t(coders) + size_t(b)] = kappa;
            matrix[size_t(b) * size_t(coders) + size_t(a)] = kappa;
        }
    }
    return matrix;
}

} // namespace concord
