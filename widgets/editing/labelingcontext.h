// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/workspace.h"

#include <QObject>
#include <QSet>
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

    // One annotation is selected at a time, whatever its kind (ids are unique across kinds);
    // each accessor returns it only when it is of that kind.
    quint64 selectedBoxId() const { return m_selectedBoxId; }
    void setSelectedBoxId(quint64 boxId);
    const BoxAnnotation *selectedBox() const;
    const MaskAnnotation *selectedMask() const;
    const PolygonAnnotation *selectedPolygon() const;
    const RulerAnnotation *selectedRuler() const;

    // How annotations are drawn: shared by the canvas, the tool options and the label palette.
    double fillOpacity() const { return m_fillOpacity; } // of mask fills, 0..1
    void setFillOpacity(double opacity);
    bool outlinesOnly() const { return m_outlinesOnly; } // masks as outlines, no fill
    void setOutlinesOnly(bool outlinesOnly);
    bool isLabelVisible(int labelId) const { return !m_hiddenLabels.contains(labelId); }
    void setLabelVisible(int labelId, bool visible);

    // The current annotator's boxes on the current item.
    const std::vector<BoxAnnotation> &myBoxes() const;
    const std::vector<MaskAnnotation> &myMasks() const; // in paint order, topmost last
    const std::vector<PolygonAnnotation> &myPolygons() const;
    const std::vector<RulerAnnotation> &myRulers() const; // saved length measurements
    std::vector<int> myClassLabels() const;

    // Pushes one undoable edit; it is journaled (fsync) when pushed. Returns whether it was saved.
    // Past the undo memory limit the oldest steps are dropped from the history (not from the
    // journal: every edit stays saved).
    bool pushEdit(const ReversibleEdit &edit, const QString &description);
    // Undo history budget in bytes (QUndoStack limits only the count of steps; mask strokes
    // vary in size by orders of magnitude, so the budget is in bytes).
    void setUndoMemoryLimit(qint64 bytes);
    qint64 undoMemoryLimit() const { return m_undoMemoryLimit; }
    qint64 undoMemoryUsed() const;
    // Whether a step is there to undo: false at the start and once older steps were dropped.
    bool canUndo() const;
    void undo();
    // Commits one edit; on failure reports through saveFailed. Used by undo commands.
    bool commitEdit(const Edit &edit);

Q_SIGNALS:
    void currentItemChanged();
    void activeLabelChanged(int labelId);
    void selectionChanged();
    void annotationsChanged();
    void overlayChanged(); // opacity, outline mode or label visibility
    void saveFailed(const QString &message);

private:
    void enforceUndoMemoryLimit();

    Workspace *m_workspace;
    QUndoStack m_undoStack;
    qint64 m_undoMemoryLimit = qint64(256) * 1024 * 1024;
    int m_currentIndex = -1;
    QSize m_imageSize;
    int m_activeLabelId = 0;
    quint64 m_selectedBoxId = 0;
    double m_fillOpacity = 0.45;
    bool m_outlinesOnly = false;
    QSet<int> m_hiddenLabels;
};

} // namespace concord
