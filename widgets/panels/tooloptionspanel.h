// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace concord {

class AttributeForm;
class CanvasTool;
class LabelingContext;
class MaskOperations;

// The active tool's options (brush size, tolerance, hints) under the tool's name, how masks
// are shown (fill opacity, outlines only), and what can be done with the selected shape,
// including recording its attribute values (severity, laterality) when its label has any. The
// tools make their option widgets; this panel only holds them. GUI thread only.
class ToolOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    ToolOptionsPanel(LabelingContext *context, MaskOperations *operations,
                     QWidget *parent = nullptr);

    void showTool(CanvasTool *tool);

protected:
    bool event(QEvent *event) override;

private:
    void updateSelectionText();
    void updateAttributeForm();
    // Records the user's choice in the attribute form on the selected annotation (undoable).
    void setSelectedAttribute(const QString &attribute, const QString &value);

    LabelingContext *m_context;
    QLabel *m_toolName;
    QWidget *m_toolOptions; // holds every tool's options made so far, shows the active one's
    QLabel *m_selection;
    AttributeForm *m_attributeForm;
};

} // namespace concord
