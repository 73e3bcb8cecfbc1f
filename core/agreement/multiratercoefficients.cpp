// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/multiratercoefficients.h"

#include <QCoreApplication>

#include <cmath>

namespace concord {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("concord::agreement", text);
}

// Calls visit(touched, counts, r) for every unit with at least one rating, where `touched`
// lists the categories present and counts[k] is r_ik. Counts are reset after each unit.
template <typename Visit>
void forEachRatedUnit(const RatingTable &table, Visit visit)
{
    const qint32 coders = table.coderCount();
    std::vector<qint32> counts(size_t(table.categoryCount()), 0);
    std::vector<qint32> touched;
    touched.reserve(size_t(coders));
    for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
        const qint32 *row = table.row(unit);
        touched.clear();
        qint32 r = 0;
        for (qint32 c = 0; c < coders; ++c) {
            const qint32 v = row[c];
            if (v == RatingTable::Missing)
                continue;
            ++r;
            if (counts[size_t(v)]++ == 0)
                touched.push_back(v);
        }
        if (r == 0)
            continue;
        visit(touched, counts, r);
        for (const qint32 k : touched)
            counts[size_t(k)] = 0;
    }
}

QString metricName(ChanceModel chance, bool weighted)
{
    switch (chance) {
    case ChanceModel::None: return weighted ? QStringLiteral("percent_agreement_weighted")
                                            : QStringLiteral("percent_agreement");
    case ChanceModel::Uniform: return weighted ? QStringLiteral("brennan_prediger_weighted")
                                               : QStringLiteral("brennan_prediger");
    case ChanceModel::Gwet: return weighted ? QStringLiteral("gwet_ac2") : QStringLiteral("gwet_ac1");
    case ChanceModel::CategoryMarginals: return weighted ? QStringLiteral("fleiss_kappa_weighted")
                                                         : QStringLiteral("fleiss_kappa");
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
    const qint32 q = table.categoryCount();
    AgreementResult result;
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

    // Pass 1: p_a and π.
    qint64 rated = 0;    // n: units with at least one rating
    qint64 pairable = 0; // units with two or more
    double agreementSum = 0;
    std::vector<double> prevalenceSum(static_cast<size_t>(q), 0.0);
    auto unitAgreement = [&](const std::vector<qint32> &touched, const std::vector<qint32> &counts,
                             qint32 r) {
        double sum = 0; // Σ_k r_ik (r*_ik - 1)
        for (const qint32 k : touched) {
            double weightedCount = 0;
            for (const qint32 l : touched)
                weightedCount += weight(k, l) * counts[size_t(l)];
            sum += counts[size_t(k)] * (weightedCount - 1);
        }
        return sum / (double(r) * (r - 1));
    };
    forEachRatedUnit(table, [&](const std::vector<qint32> &touched,
                                const std::vector<qint32> &counts, qint32 r) {
        ++rated;
        for (const qint32 k : touched)
            prevalenceSum[size_t(k)] += double(counts[size_t(k)]) / r;
        if (r >= 2) {
            ++pairable;
            agreementSum += unitAgreement(touched, counts, r);
        }
    });
    result.units = qint32(pairable);
    if (rated > pairable) {
        result.warnings.append(tr("%1 unit(s) with a single rating count only toward category "
                                  "prevalence").arg(rated - pairable));
    }
    if (pairable == 0) {
        result.warnings.append(tr("no unit has two or more ratings: the coefficient is undefined"));
        return result;
    }
    const double pa = agreementSum / double(pairable);
    std::vector<double> prevalence(static_cast<size_t>(q));
    for (qint32 k = 0; k < q; ++k)
        prevalence[size_t(k)] = prevalenceSum[size_t(k)] / double(rated);

    double pe = 0;
    std::vector<double> unitChanceWeights(static_cast<size_t>(q), 0.0); // pe_i = Σ_k r_ik/r_i · this[k]
    switch (chance) {
    case ChanceModel::None: break;
    case ChanceModel::Uniform: pe = weightSum / (double(q) * q); break;
    case ChanceModel::Gwet:
        if (q < 2)
            break;
        for (qint32 k = 0; k < q; ++k) {
            pe += prevalence[size_t(k)] * (1 - prevalence[size_t(k)]);
            unitChanceWeights[size_t(k)] = weightSum / (double(q) * (q - 1)) * (1 - prevalence[size_t(k)]);
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
        result.warnings.append(tr("the scale has a single category: AC1 is undefined"));
        return result;
    }
    if (!(1 - pe > 1e-12)) {
        result.warnings.append(tr("chance agreement is 1 (a single category is used): the "
                                  "coefficient is undefined"));
        return result;
    }
    const double value = (pa - pe) / (1 - pe);
    result.value = value;

    // Pass 2: Gwet's linearised variance over the rated units.
    if (rated >= 2) {
        double squares = 0;
        const double scale = double(rated) / double(pairable);
        forEachRatedUnit(table, [&](const std::vector<qint32> &touched,
                                    const std::vector<qint32> &counts, qint32 r) {
            const double paI = r >= 2 ? unitAgreement(touched, counts, r) : 0.0;
            const double peR2 = r >= 2 ? pe : 0.0;
            double term = scale * (paI - peR2) / (1 - pe);
            if (chance == ChanceModel::Gwet || chance == ChanceModel::CategoryMarginals) {
                double peI = 0;
                for (const qint32 k : touched)
                    peI += double(counts[size_t(k)]) / r * unitChanceWeights[size_t(k)];
                term -= 2 * (1 - value) * (peI - pe) / (1 - pe);
            }
            squares += (term - value) * (term - value);
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
