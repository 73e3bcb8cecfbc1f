// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/ratingtable.h"

#include <optional>
#include <vector>

namespace concord {

// Fleiss' kappa, overall and per category.
struct FleissKappa
{
    // Fleiss (1971) kappa. With missing ratings, Gwet's (2014) generalisation (π_k from each
    // unit's own rating count, as irrCAC's fleiss.kappa.raw); for units that all have the same
    // number of ratings it is exactly Fleiss (1971). standardError and ci are Gwet's non-null
    // linearisation, which is what an interval around a non-zero kappa needs.
    AgreementResult overall;
    // The standard error of kappa under the null hypothesis kappa = 0 (Fleiss, Nee & Landis
    // 1979), for the z test; only when all pairable units have the same number of ratings.
    std::optional<double> standardErrorUnderNull;
    std::optional<double> z;
    // κ_j of Fleiss (1971) eq. 11 for each category id, over the units with the largest rating
    // count; standardError there is the null SE sqrt(2 / (N n (n-1))) of Fleiss, Nee & Landis.
    // Empty value for categories nobody used.
    std::vector<AgreementResult> perCategory;
};

FleissKappa fleissKappa(const RatingTable &table);

} // namespace concord
