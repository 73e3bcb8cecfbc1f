// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/labelingtool.h"

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

} // namespace concord
