// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/tools/canvastool.h"

#include <QPointer>

namespace concord {

class LabelingContext;

// A canvas tool that edits the current item's annotations through the labeling context (every
// tool but the ruler). Holds the context, and the hint shown as options by tools that have no
// settings. Lives on the GUI thread.
class LabelingTool : public CanvasTool
{
    Q_OBJECT

public:
    explicit LabelingTool(LabelingContext *context, QObject *parent = nullptr);

protected:
    // The options widget of a tool with no settings: `hint`, word-wrapped, made on first use.
    QWidget *hintWidget(const QString &hint);

    LabelingContext *m_context;

private:
    QPointer<QWidget> m_hint;
};

} // namespace concord
