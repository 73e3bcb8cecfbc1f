// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/ratingtable.h"

#include <vector>

namespace concord {

// Integer counts from one pass over a rating table, grouped by the number r of ratings a unit
// has: how many units, how many ratings per category, and how many pairs of equal ratings per
// category. Unweighted percent agreement, Fleiss' kappa, Gwet's AC1 and nominal Krippendorff
// alpha all follow from these, so they share this pass. Being integers, the counts do not
// depend on the order of units or coders, and the coefficients derived from them are exact up
// to the final floating-point combination.
class UnitTally
{
public:
    explicit UnitTally(const RatingTable &table);

    qint32 maxRatings() const { return m_coders; }
    qint32 categoryCount() const { return m_categories; }
    // Units with exactly r ratings, 0 <= r <= maxRatings().
    qint64 units(qint32 r) const { return m_units[size_t(r)]; }
    // Ratings of category k in units with r ratings: Σ_i r_ik over those units.
    qint64 ratings(qint32 r, qint32 k) const { return m_ratings[index(r, k)]; }
    // Unordered pairs of ratings both in category k within units with r ratings:
    // Σ_i r_ik (r_ik - 1) / 2 over those units.
    qint64 equalPairs(qint32 r, qint32 k) const { return m_equalPairs[index(r, k)]; }

private:
    size_t index(qint32 r, qint32 k) const { return size_t(r) * size_t(m_categories) + size_t(k); }

    qint32 m_coders = 0;
    qint32 m_categories = 0;
    std::vector<qint64> m_units;
    std::vector<qint64> m_ratings;
    std::vector<qint64> m_equalPairs;
};

} // namespace concord
