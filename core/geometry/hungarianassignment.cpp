// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/hungarianassignment.h"

#include <cmath>
#include <cstddef>
#include <limits>

namespace concord {

using std::size_t;

namespace {

// Minimum-cost assignment of every row (n <= m) with row and column potentials u, v; cost is
// 1-based as in the classic formulation (row 0 / column 0 are the virtual start).
std::vector<int> minimumCostRows(const std::vector<double> &cost, int n, int m)
{
    constexpr double Infinity = std::numeric_limits<double>::infinity();
    auto at = [&](int i, int j) { return cost[size_t(i - 1) * size_t(m) + size_t(j - 1)]; };
    std::vector<double> u(size_t(n) + 1, 0), v(size_t(m) + 1, 0);
    std::vector<int> p(size_t(m) + 1, 0), way(size_t(m) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(size_t(m) + 1, Infinity);
        std::vector<char> used(size_t(m) + 1, 0);
        do {
            used[size_t(j0)] = 1;
            const int i0 = p[size_t(j0)];
            double delta = Infinity;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[size_t(j)])
                    continue;
                const double current = at(i0, j) - u[size_t(i0)] - v[size_t(j)];
                if (current < minv[size_t(j)]) {
                    minv[size_t(j)] = current;
                    way[size_t(j)] = j0;
                }
                if (minv[size_t(j)] < delta) {
                    delta = minv[size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[size_t(j)]) {
                    u[size_t(p[size_t(j)])] += delta;
                    v[size_t(j)] -= delta;
                } else {
                    minv[size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (p[size_t(j0)] != 0);
        do {
            const int j1 = way[size_t(j0)];
            p[size_t(j0)] = p[size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> rowToColumn(size_t(n), -1);
    for (int j = 1; j <= m; ++j) {
        if (p[size_t(j)] != 0)
            rowToColumn[size_t(p[size_t(j)] - 1)] = j - 1;
    }
    return rowToColumn;
}

// A NaN would never compare smaller and the search for an augmenting path would not end.
double finiteOrZero(double w)
{
    return std::isfinite(w) ? w : 0.0;
}

} // namespace

std::vector<int> maximumWeightAssignment(const std::vector<double> &weights, int rows, int cols)
{
    if (rows <= 0)
        return {};
    if (cols <= 0 || weights.size() != size_t(rows) * size_t(cols))
        return std::vector<int>(size_t(rows), -1);
    if (rows <= cols) {
        std::vector<double> cost(weights.size());
        for (size_t k = 0; k < weights.size(); ++k)
            cost[k] = -finiteOrZero(weights[k]);
        return minimumCostRows(cost, rows, cols);
    }
    // More rows than columns: solve the transpose, so every column gets a row.
    std::vector<double> cost(weights.size());
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            cost[size_t(c) * size_t(rows) + size_t(r)] =
                -finiteOrZero(weights[size_t(r) * size_t(cols) + size_t(c)]);
    const std::vector<int> columnToRow = minimumCostRows(cost, cols, rows);
    std::vector<int> rowToColumn(size_t(rows), -1);
    for (int c = 0; c < cols; ++c)
        if (columnToRow[size_t(c)] >= 0)
            rowToColumn[size_t(columnToRow[size_t(c)])] = c;
    return rowToColumn;
}

} // namespace concord
