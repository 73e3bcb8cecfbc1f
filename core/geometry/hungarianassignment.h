// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace concord {

// A one-to-one assignment of rows to columns that maximises the total weight, by the Hungarian
// algorithm (Kuhn-Munkres with potentials, O(n² m) for n <= m). `weights` is row-major,
// rows x cols. Returns, for each row, its column or -1 when the matrix has fewer columns than
// rows and the row is left over. Every row gets a column when rows <= cols, whatever its
// weight; callers that want to drop weak pairs filter the result (weights >= 0 make that
// equivalent to solving the filtered problem). Non-finite weights count as 0.
std::vector<int> maximumWeightAssignment(const std::vector<double> &weights, int rows, int cols);

} // namespace concord
