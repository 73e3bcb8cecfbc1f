// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/agreementweights.h"
#include "core/agreement/bootstrapinterval.h"
#include "core/agreement/krippendorffalpha.h"
#include "core/agreement/ratingtable.h"

#include <QStringView>

#include <optional>

namespace concord {

// The coefficients a user can ask for by name (CLI, reports).
enum class AgreementMetric { Percent, Cohen, Scott, Fleiss, Alpha, Ac1, BrennanPrediger };

QString agreementMetricName(AgreementMetric metric); // "percent", "cohen", ...
std::optional<AgreementMetric> parseAgreementMetric(QStringView name);

struct AgreementRequest
{
    AgreementMetric metric = AgreementMetric::Alpha;
    MeasurementLevel level = MeasurementLevel::Nominal; // alpha only
    KappaWeights weights = KappaWeights::Unweighted;    // cohen, ac1 (AC2), bp
    std::optional<BootstrapOptions> bootstrap;          // replaces any analytic interval
};

// Why `request` cannot be computed on `table` (e.g. Cohen's kappa on three coders), or an empty
// string when it can. Translated, one line.
QString checkAgreementRequest(const RatingTable &table, const AgreementRequest &request);

// Computes the requested coefficient. Cohen and Scott use coders 0 and 1; percent, ac1 and bp
// use the multi-rater definitions, which equal the two-coder ones for two coders.
AgreementResult computeAgreement(const RatingTable &table, const AgreementRequest &request);

// The second half of computeAgreement(): adds the bootstrap interval `request` asks for to a
// `result` already computed for it, e.g. the overall value of a fleissKappa() whose other
// details are wanted too, so the table is not tallied twice.
void addBootstrapInterval(const RatingTable &table, const AgreementRequest &request,
                          AgreementResult &result);

} // namespace concord
