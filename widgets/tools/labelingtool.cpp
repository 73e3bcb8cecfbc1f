// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/labelingtool.h"

#include "widgets/canvas/canvasview.h"

#include <QLabel>

namespace concord {

LabelingTool::LabelingTool(LabelingContext *context, QObject *parent)
    : CanvasTool(parent)
    , m_context(context)
{}

QWidget *LabelingTool::hintWidget(const QString &hint)
{
    if (!m_hint) {
        auto *label = new QLabel(hint);
        label->setWordWrap(true);
        m_hint = label;
    }
    return m_hint;
}

bool LabelingTool::cancelOrDeselect(bool gestureUnderWay, const std::function<void()> &cancel)
{
    if (gestureUnderWay)
        cancel();
    else
        m_context->setSelectedBoxId(0);
    if (m_canvas)
        m_canvas->update();
    return true;
}

} // namespace concord
