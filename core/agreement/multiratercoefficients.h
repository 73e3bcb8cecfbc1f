// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/agreementweights.h"
#include "core/agreement/ratingtable.h"
#include "core/agreement/unittally.h"

namespace concord {

// How a multi-rater coefficient models agreement by chance, p_e.
enum class ChanceModel {
    None,             // percent agreement: p_e = 0
    Uniform,          // Brennan & Prediger (1981): p_e = T_w / q²
    Gwet,             // Gwet's AC1/AC2: p_e = T_w / (q(q-1)) Σ π_k (1 - π_k)
    CategoryMarginals // Fleiss (1971) kappa: p_e = Σ_kl w_kl π_k π_l
};

// Agreement among any number of coders with missing ratings, following Gwet (2014),
// "Handbook of Inter-Rater Reliability", 4th ed., ch. 2-5, as implemented in the R package
// irrCAC (pa/bp/gwet/fleiss .coeff.raw): for unit i with r_i ratings, r_ik of them in category k,
//   p_a = mean over units with r_i >= 2 of Σ_k r_ik (r*_ik - 1) / (r_i (r_i - 1)),
//         r*_ik = Σ_l w_kl r_il,
//   π_k = mean over units with r_i >= 1 of r_ik / r_i,
// and the coefficient (p_a - p_e) / (1 - p_e). With complete data and ChanceModel::
// CategoryMarginals this is exactly Fleiss' kappa. The standard error is Gwet's linearisation
// (var = Σ (c_i* - c)² / (n (n - 1)) over the n rated units, no finite-population correction);
// the interval is c ± z·se at 95 %, capped at 1.
//
// q is table.categoryCount(); `weights` is q×q from agreementWeights() over
// table.categoryValue() (the numeric labels, as irrCAC's weight functions use them).
// Empty value when no unit has two ratings or when p_e = 1.
AgreementResult multiRaterAgreement(const RatingTable &table, ChanceModel chance,
                                    const std::vector<double> &weights);
// The same, reusing the counts of a UnitTally of `table` (saves a pass when several
// coefficients are computed on one table).
AgreementResult multiRaterAgreement(const RatingTable &table, ChanceModel chance,
                                    const std::vector<double> &weights, const UnitTally &tally);

// Share of agreeing rating pairs within units, averaged over units with two or more ratings.
AgreementResult percentAgreement(const RatingTable &table);
// Brennan-Prediger (1981) coefficient; for two categories and two coders this is PABAK.
AgreementResult brennanPrediger(const RatingTable &table,
                                KappaWeights weights = KappaWeights::Unweighted);
// Gwet's AC1 (unweighted) or AC2 (weighted), for any number of coders.
AgreementResult gwetAc(const RatingTable &table, KappaWeights weights = KappaWeights::Unweighted);

// The weight matrix the functions above use for `table`.
std::vector<double> tableWeights(const RatingTable &table, KappaWeights weights);

} // namespace concord
