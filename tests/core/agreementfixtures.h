// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small tables for the agreement tests, built through RatingTableBuilder so the tests also
// exercise the path real data takes.
#include "core/agreement/ratingtable.h"
#include "core/agreement/ratingtablebuilder.h"

#include <cmath>
#include <string>
#include <vector>

namespace concord::testing {

constexpr int NA = -1;

// Whether a computed coefficient matches a published or hand-worked value.
inline bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance;
}

// rows[unit][coder] holds a numeric label, or NA for a missing rating.
inline RatingTable wideTable(const std::vector<std::vector<int>> &rows)
{
    RatingTableBuilder builder;
    for (size_t u = 0; u < rows.size(); ++u) {
        for (size_t c = 0; c < rows[u].size(); ++c) {
            if (rows[u][c] != NA)
                builder.add("u" + std::to_string(u), "c" + std::to_string(c),
                            std::to_string(rows[u][c]));
        }
    }
    return builder.build();
}

// Two coders from a contingency table: counts[i][j] units where coder 0 said label i and
// coder 1 said label j (labels are the numbers 0..q-1).
inline RatingTable pairTable(const std::vector<std::vector<int>> &counts)
{
    std::vector<std::vector<int>> rows;
    for (size_t i = 0; i < counts.size(); ++i)
        for (size_t j = 0; j < counts[i].size(); ++j)
            for (int n = 0; n < counts[i][j]; ++n)
                rows.push_back({int(i), int(j)});
    return wideTable(rows);
}

// Units described by how many ratings fell in each category (Fleiss' layout): unit i gets
// counts[i][j] ratings of label j from consecutive coders.
inline RatingTable countsTable(const std::vector<std::vector<int>> &counts)
{
    std::vector<std::vector<int>> rows;
    for (const std::vector<int> &unit : counts) {
        std::vector<int> row;
        for (size_t j = 0; j < unit.size(); ++j)
            for (int n = 0; n < unit[j]; ++n)
                row.push_back(int(j));
        rows.push_back(row);
    }
    return wideTable(rows);
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: coders A-D
// (columns) × units 1-12 (rows), NA where a coder did not code the unit.
inline std::vector<std::vector<int>> krippendorff2011()
{
    return {{1, 1, NA, 1}, {2, 2, 3, 2},  {3, 3, 3, 3},   {3, 3, 3, 3},
            {2, 2, 2, 2},  {1, 2, 3, 4},  {4, 4, 4, 4},   {1, 1, 2, 1},
            {2, 2, 2, 2},  {NA, 5, 5, 5}, {NA, NA, 1, 1}, {NA, 3, NA, NA}};
}

// irrCAC's cont3x3abstractors (Gwet 2014): 100 pregnancies classified by two abstractors as
// ectopic, AIU or NIU.
inline std::vector<std::vector<int>> abstractors()
{
    return {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
}

} // namespace concord::testing
