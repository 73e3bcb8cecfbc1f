// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

// One line of a line diff: kept, or only in the old text, or only in the new one.
struct DiffLine
{
    enum class Kind { Kept, Removed, Added };
    Kind kind;
    QString text;

    bool operator==(const DiffLine &) const = default;
};

// The shortest edit from `before` to `after` by longest common subsequence, line by line. Within
// a changed stretch removed lines come before added ones, as in a unified diff. Pure. Quadratic
// in time and memory, which suits guidelines and taxonomies (hundreds of lines), not logs.
std::vector<DiffLine> diffLines(const QStringList &before, const QStringList &after);

} // namespace concord
