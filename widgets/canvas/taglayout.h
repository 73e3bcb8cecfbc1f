// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <vector>

namespace concord {

// Places the name tags of several readers' shapes in one paint so that no tag covers another:
// two readers who drew the same box get their tags one under the other, not on top of each
// other. Pure arithmetic in view coordinates; one layout per paint.
class TagLayout
{
public:
    // Where a tag wanted at `wanted` goes: there if it is free, otherwise moved down below the
    // placed tags it would cover until it covers none. The result is kept as placed.
    QRectF place(const QRectF &wanted);
    const std::vector<QRectF> &placed() const { return m_placed; }

private:
    std::vector<QRectF> m_placed;
};

} // namespace concord
