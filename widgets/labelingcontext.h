// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/workspace.h"

#include <QObject>
#include <QSize>
#include <QUndoStack>

namespace concord {

// What the labeling window is working on: the open workspace, the annotator's undo stack, the
// current item, the active label and the selected box. Tools, the canvas and the panels share
// this one object instead of knowing about each other. Lives on the GUI thread.
class LabelingContext : public QObject
{
    Q_OBJECT

public:
    explicit LabelingContext(Workspace *workspace, QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    QUndoStack *undoStack() { return &m_undoStack; }
    const Taxonomy &taxonomy() const { return m_workspace->project().taxonomy; }

    int currentIndex() const { return m_currentIndex; }
    QString currentItemId() const;
    const Item *currentItem() const;
    void setCurrentIndex(int index);
    void showItem(const QString &itemId);

    // Size of the current image in pixels, once it is loaded (empty before).
    QSize imageSize() const { return m_imageSize; }
    void setImageSize(QSize size) { m_imageSize = size; }

    int activeLabelId() const { return m_activeLabelId; }
    // Ignored unless readers may use the label (Taxonomy::isAssignable).
    void setActiveLabelId(int labelId);
    // After a taxonomy change: the first usable label when the active one is gone or a category.
    void ensureActiveLabelAssignable();

    quint64 selectedBoxId() const { return m_selectedBoxId; }
    void setSelectedBoxId(quint64 boxId);
    const BoxAnnotation *selectedBox() const;

    // The current annotator's boxes on the current item.
    const std::vector<BoxAnnotation> &myBoxes() const;
    std::vector<int> myClassLabels() const;

    // Pushes one undoable edit; it is journaled (fsync) when pushed. Returns whether it was saved.
    bool pushEdit(const ReversibleEdit &edit, const QString &description);
    // Commits one edit; on failure reports through saveFailed. Used by undo commands.
    bool commitEdit(const Edit &edit);

Q_SIGNALS:
    void currentItemChanged();
    void activeLabelChanged(int labelId);
    void selectionChanged();
    void annotationsChanged();
    void saveFailed(const QString &message);

private:
    Workspace *m_workspace;
    QUndoStack m_undoStack;
    int m_currentIndex = -1;
    QSize m_imageSize;
    int m_activeLabelId = 0;
    quint64 m_selectedBoxId = 0;
};

} // namespace concord
