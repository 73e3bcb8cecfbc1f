// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/agreementresult.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cmath>

namespace concord {

bool isFiniteValue(double x)
{
    return std::isfinite(x);
}

QString landisKochReading(double value)
{
    // Landis & Koch (1977), Biometrics 33:159-174, table of "strength of agreement".
    if (value < 0)
        return QStringLiteral("poor");
    if (value <= 0.20)
        return QStringLiteral("slight");
    if (value <= 0.40)
        return QStringLiteral("fair");
    if (value <= 0.60)
        return QStringLiteral("moderate");
    if (value <= 0.80)
        return QStringLiteral("substantial");
    return QStringLiteral("almost perfect");
}

void interpretChanceCorrected(AgreementResult &result, bool suggestAc1)
{
    if (!result.value)
        return;
    result.landisKoch = landisKochReading(*result.value);
    if (suggestAc1 && *result.value < 0.4 && result.observedAgreement &&
        *result.observedAgreement >= 0.8) {
        result.warnings.append(
            concord::tr(
                "prevalence paradox: %1 is %2 although observed agreement is %3; one category "
                "dominates, so chance agreement is high. Report Gwet's AC1 (or category "
                "prevalence) alongside.")
                .arg(result.metric)
                .arg(*result.value, 0, 'f', 3)
                .arg(*result.observedAgreement, 0, 'f', 3));
    }
}

double normalQuantile(double p)
{
    // Acklam's rational approximation (relative error 1.15e-9) followed by one Halley step on
    // erfc, which brings it to full double precision.
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                               -2.759285104469687e+02, 1.383577518672690e+02,
                               -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                               -1.556989798598866e+02, 6.680131188771972e+01,
                               -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                               -2.400758277161838e+00, -2.549732539343734e+00,
                               4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    if (p <= 0)
        return -INFINITY;
    if (p >= 1)
        return INFINITY;
    const double low = 0.02425;
    double x = 0;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

ConfidenceInterval normalInterval(double value, double standardError, double level,
                                  const QString &method)
{
    const double z = normalQuantile(0.5 + level / 2);
    ConfidenceInterval interval;
    interval.lower = value - z * standardError;
    interval.upper = std::min(1.0, value + z * standardError);
    interval.level = level;
    interval.method = method;
    return interval;
}

} // namespace concord
