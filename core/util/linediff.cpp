// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/linediff.h"

namespace concord {

std::vector<DiffLine> diffLines(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
    std::vector<std::vector<int>> common(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            common[i][j] = before[i] == after[j] ? common[i + 1][j + 1] + 1
                                                 : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    std::vector<DiffLine> diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[i] == after[j]) {
            diff.push_back({DiffLine::Kind::Kept, before[i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            diff.push_back({DiffLine::Kind::Removed, before[i]});
            ++i;
        } else {
            diff.push_back({DiffLine::Kind::Added, after[j]});
            ++j;
        }
    }
    return diff;
}

} // namespace concord
