// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

// A two-sided confidence interval and how it was obtained.
struct ConfidenceInterval
{
    double lower = 0;
    double upper = 0;
    double level = 0.95;
    QString method; // e.g. "asymptotic", "bootstrap percentile (1000 resamples, seed 1)"
};

// The outcome of one agreement coefficient. `value` is empty when the coefficient is undefined
// for the data (no units rated twice, a single category used, ...); `warnings` then says why.
// No field ever holds NaN or infinity.
struct AgreementResult
{
    QString metric; // machine name, e.g. "cohen_kappa", "krippendorff_alpha_nominal"
    std::optional<double> value;
    std::optional<double> standardError;
    std::optional<ConfidenceInterval> ci;
    std::optional<double> observedAgreement; // p_o (weighted where weights apply)
    std::optional<double> expectedAgreement; // p_e, agreement expected by chance
    qint32 units = 0;                        // units that entered the computation
    qint32 coders = 0;                       // coders that entered the computation
    QString landisKoch;
    QStringList warnings;
};

// Landis & Koch (1977) reading of a chance-corrected coefficient: "poor" (< 0), "slight"
// (0-0.20), "fair" (0.21-0.40), "moderate" (0.41-0.60), "substantial" (0.61-0.80),
// "almost perfect" (0.81-1). Boundaries belong to the lower band, as in the paper's table.
QString landisKochReading(double value);

// Fills landisKoch from value and adds the prevalence-paradox warning when a kappa-type value
// is low (< 0.4) although observed agreement is high (>= 0.8): with skewed category prevalence,
// chance agreement approaches 1 and kappa collapses (Feinstein & Cicchetti 1990).
void interpretChanceCorrected(AgreementResult &result, bool suggestAc1);

// Builds the interval value ± z·se at the given level, with the upper end capped at 1 (no
// agreement coefficient exceeds 1; irrCAC caps the same way).
ConfidenceInterval normalInterval(double value, double standardError, double level,
                                  const QString &method);

// The standard normal quantile, for levels of confidence intervals.
double normalQuantile(double probability);

// True when x is finite; statistics use it to keep NaN and infinity out of results.
bool isFiniteValue(double x);

} // namespace concord
