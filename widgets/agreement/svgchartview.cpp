// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/agreement/svgchartview.h"

#include <QPainter>
#include <QSvgRenderer>

namespace concord {

namespace {
constexpr double MaxUpscale = 1.25;
}

SvgChartView::SvgChartView(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void SvgChartView::setChart(const QString &svg, const QString &emptyNote)
{
    m_note = emptyNote;
    if (svg.isEmpty() || !m_renderer->load(svg.toUtf8()))
        m_renderer->load(QByteArray());
    updateGeometry();
    update();
}

bool SvgChartView::hasChart() const
{
    return m_renderer->isValid();
}

QSize SvgChartView::sizeHint() const
{
    return hasChart() ? m_renderer->defaultSize() : QSize(240, 60);
}

int SvgChartView::heightForWidth(int width) const
{
    const QSize natural = m_renderer->defaultSize();
    if (natural.isEmpty())
        return 60;
    const double scale = std::min(MaxUpscale, double(width) / natural.width());
    return int(natural.height() * scale + 0.5);
}

void SvgChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!hasChart()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_note);
        return;
    }
    const QSizeF natural = m_renderer->defaultSize();
    const double scale =
        std::min({MaxUpscale, width() / natural.width(), height() / natural.height()});
    const QSizeF shown = natural * scale;
    m_renderer->render(&painter, QRectF(QPointF(0, 0), shown));
}

} // namespace concord
