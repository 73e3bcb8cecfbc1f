// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/labeltagimages.h"

#include <QFontMetrics>
#include <QPainter>

namespace concord {

const QImage &LabelTagImages::tag(const QString &text, const QColor &color, const QFont &font)
{
    const QString key = color.name(QColor::HexArgb) + font.key() + QLatin1Char('\n') + text;
    auto found = m_tags.constFind(key);
    if (found != m_tags.constEnd())
        return *found;
    const QFontMetrics metrics(font);
    QImage image(metrics.horizontalAdvance(text) + 8, metrics.height() + 2,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(color.red(), color.green(), color.blue(), 210));
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(color.lightness() > 140 ? Qt::black : Qt::white);
    painter.drawText(image.rect(), Qt::AlignCenter, text);
    painter.end();
    return *m_tags.insert(key, image);
}

} // namespace concord
