// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/canvastool.h"

#include <QPointer>

#include <functional>

namespace concord {

// A canvas tool that edits the current item's annotations through the labeling context (every
// tool, the ruler too). Holds the context, and the hint shown as options by tools that have no
// settings. Lives on the GUI thread.
class LabelingTool : public CanvasTool
{
    Q_OBJECT

public:
    explicit LabelingTool(LabelingContext *context, QObject *parent = nullptr);

protected:
    // The options widget of a tool with no settings: `hint`, word-wrapped, made on first use.
    QWidget *hintWidget(const QString &hint);

    // What Escape does in every labeling tool: it cancels the gesture under way, if there is one
    // (`cancel`), or else clears the selection; the canvas repaints. Returns true (used).
    bool cancelOrDeselect(bool gestureUnderWay, const std::function<void()> &cancel);

    // Deletes the `selected` annotation, if any, with one undo command: `removal(itemId,
    // annotation)` (edits::removeBox, ...) of a copy, made before the selection is cleared.
    // Returns whether there was one.
    template <typename Annotation, typename Removal>
    bool deleteSelected(const Annotation *selected, Removal removal, const QString &description)
    {
        if (!selected)
            return false;
        const Annotation removed = *selected;
        m_context->setSelectedBoxId(0);
        m_context->pushEdit(removal(m_context->currentItemId(), removed), description);
        return true;
    }

    LabelingContext *m_context;

private:
    QPointer<QWidget> m_hint;
};

} // namespace concord
