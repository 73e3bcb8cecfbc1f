// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/regiongrowtool.h"

#include "core/geometry/regiongrowing.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/brushoptionswidget.h"
#include "widgets/tools/brushsettings.h"
#include "widgets/tools/maskedits.h"

#include <QKeyEvent>

namespace concord {

RegionGrowTool::RegionGrowTool(LabelingContext *context, BrushSettings *settings, QObject *parent)
    : LabelingTool(context, parent)
    , m_settings(settings)
{}

QString RegionGrowTool::name() const
{
    return tr("Region growing");
}

QWidget *RegionGrowTool::optionsWidget()
{
    if (!m_options)
        m_options = new BrushOptionsWidget(
            m_settings, BrushOptionsWidget::Tolerance,
            tr("Click inside a structure: the connected pixels of similar grey "
               "level on screen are added to the selected mask, or become a new "
               "one. Zoom in to confine the search."));
    return m_options;
}

void RegionGrowTool::press(const ToolEvent &event)
{
    if (!m_canvas || !m_canvas->image())
        return;
    const cv::Mat1b &intensities = m_canvas->displayedIntensities();
    const cv::Point seed(int(std::floor(event.imagePos.x())), int(std::floor(event.imagePos.y())));
    const IntensityRange range = rangeAroundSeed(intensities, seed, m_settings->tolerance());
    if (m_options)
        m_options->showRange(range.low, range.high);
    const QRect onScreen = m_canvas->toImageRect(m_canvas->rect());
    const BinaryMask region =
        growRegion(intensities, seed, range,
                   cv::Rect(onScreen.x(), onScreen.y(), onScreen.width(), onScreen.height()));
    addPixelsToMask(*m_context, region, tr("Grow region"));
}

bool RegionGrowTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_context->setSelectedBoxId(0);
        return true;
    }
    return false;
}

} // namespace concord
