// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>

namespace concord {

// The name tags drawn over boxes, each rendered once per text and colour and then blitted:
// laying out and rasterising text for 2000 boxes per frame would cost most of the frame, a
// blit costs microseconds. GUI thread only.
class LabelTagImages
{
public:
    // A tag in `color` (mostly opaque) with the text in black or white, whichever reads better.
    const QImage &tag(const QString &text, const QColor &color, const QFont &font);

private:
    QHash<QString, QImage> m_tags; // key: colour, font and text
};

} // namespace concord
