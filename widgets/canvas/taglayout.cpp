// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/taglayout.h"

namespace concord {

QRectF TagLayout::place(const QRectF &wanted)
{
    QRectF tag = wanted;
    // Each step moves the tag below a placed one, so it ends after at most one step per tag.
    for (bool moved = true; moved;) {
        moved = false;
        for (const QRectF &other : m_placed) {
            if (tag.intersects(other)) {
                tag.moveTop(other.bottom());
                moved = true;
            }
        }
    }
    m_placed.push_back(tag);
    return tag;
}

} // namespace concord
