// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/unittally.h"

namespace concord {

namespace {
// Above this many ratings in a unit, counting per category beats comparing all pairs.
constexpr qint32 PairLoopLimit = 16;
} // namespace

UnitTally::UnitTally(const RatingTable &table)
    : m_coders(table.coderCount())
    , m_categories(table.categoryCount())
    , m_units(size_t(m_coders) + 1, 0)
    , m_ratings((size_t(m_coders) + 1) * size_t(m_categories), 0)
    , m_equalPairs((size_t(m_coders) + 1) * size_t(m_categories), 0)
{
    std::vector<qint32> values(static_cast<size_t>(m_coders));
    std::vector<qint64> counts(static_cast<size_t>(m_categories), 0);
    std::vector<qint32> touched;
    for (qint32 unit = 0; unit < table.unitCount(); ++unit) {
        const qint32 r = table.presentRatings(unit, values.data());
        ++m_units[size_t(r)];
        qint64 *ratings = m_ratings.data() + index(r, 0);
        qint64 *equalPairs = m_equalPairs.data() + index(r, 0);
        if (r <= PairLoopLimit) {
            for (qint32 i = 0; i < r; ++i) {
                const qint32 v = values[size_t(i)];
                qint32 equal = 0;
                for (qint32 j = i + 1; j < r; ++j)
                    equal += v == values[size_t(j)];
                ++ratings[v];
                equalPairs[v] += equal;
            }
            continue;
        }
        touched.clear();
        for (qint32 i = 0; i < r; ++i) {
            if (counts[size_t(values[size_t(i)])]++ == 0)
                touched.push_back(values[size_t(i)]);
        }
        for (const qint32 k : touched) {
            const qint64 n = counts[size_t(k)];
            ratings[k] += n;
            equalPairs[k] += n * (n - 1) / 2;
            counts[size_t(k)] = 0;
        }
    }
}

} // namespace concord
