// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace concord {

class CanvasTool;
class LabelingContext;
class MaskOperations;

// The active tool's options (brush size, tolerance, hints) under the tool's name, how masks
// are shown (fill opacity, outlines only), and what can be done with the selected shape. The
// tools make their option widgets; this panel only stacks them. GUI thread only.
class ToolOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    ToolOptionsPanel(LabelingContext *context, MaskOperations *operations, QWidget *parent = nullptr);

    void showTool(CanvasTool *tool);

private:
    void updateSelectionText();

    LabelingContext *m_context;
    QLabel *m_toolName;
    QStackedWidget *m_toolOptions;
    QWidget *m_noOptions;
    QLabel *m_selection;
};

} // namespace concord
