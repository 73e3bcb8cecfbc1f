// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/agreementweights.h"
#include "core/agreement/ratingtable.h"

#include <optional>
#include <vector>

namespace concord {

// Coefficients for two coders `a` and `b` of a table. All of them use the units that both
// coders rated (units missing either rating are left out with a warning); `units` counts them.

// Share of units on which the two coders chose the same category.
AgreementResult pairPercentAgreement(const RatingTable &table, qint32 a, qint32 b);

// Cohen's (1960) kappa, or Cohen's (1968) weighted kappa. As in sklearn's cohen_kappa_score and
// R irr::kappa2, weights use the position of each category among the categories that either
// coder used (in table order), not the label values. standardError is the large-sample
// non-null SE of Fleiss, Cohen & Everitt (1969); the interval is kappa ± z·se at 95 %.
AgreementResult cohenKappa(const RatingTable &table, qint32 a, qint32 b,
                           KappaWeights weights = KappaWeights::Unweighted);

// Scott's (1955) pi: chance agreement from the pooled marginals of both coders. No standard
// analytic interval; use a bootstrap.
AgreementResult scottPi(const RatingTable &table, qint32 a, qint32 b);

// Brennan-Prediger / PABAK and Gwet's AC1 (AC2 when weighted) for the two coders: the
// multi-rater definitions of multiratercoefficients.h applied to the two columns.
AgreementResult pairBrennanPrediger(const RatingTable &table, qint32 a, qint32 b,
                                    KappaWeights weights = KappaWeights::Unweighted);
AgreementResult pairGwetAc(const RatingTable &table, qint32 a, qint32 b,
                           KappaWeights weights = KappaWeights::Unweighted);

// Cohen's kappa for every pair of coders: a symmetric coderCount × coderCount matrix
// (row-major), 1 on the diagonal, empty where kappa is undefined for that pair.
std::vector<std::optional<double>>
cohenKappaMatrix(const RatingTable &table, KappaWeights weights = KappaWeights::Unweighted);

} // namespace concord
