// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace concord {

class LabelingContext;

// Operations on the selected shape, each one undo step: fill the holes of a mask, smooth it
// (opening then closing), turn a mask into polygons or a polygon into a mask (the original
// is replaced). Enabled only when the selection is of the right kind. GUI thread only.
class MaskOperations : public QObject
{
    Q_OBJECT

public:
    explicit MaskOperations(LabelingContext *context, QObject *parent = nullptr);

    QAction *fillHolesAction() const { return m_fillHoles; }
    QAction *smoothAction() const { return m_smooth; }
    QAction *maskToPolygonAction() const { return m_maskToPolygon; }
    QAction *polygonToMaskAction() const { return m_polygonToMask; }
    QList<QAction *> actions() const;

    int smoothingRadius() const { return m_smoothingRadius; }
    void setSmoothingRadius(int pixels) { m_smoothingRadius = pixels; }

    void fillHoles();
    void smooth();
    void maskToPolygons();
    void polygonToMask();

private:
    void updateEnabled();

    LabelingContext *m_context;
    QAction *m_fillHoles;
    QAction *m_smooth;
    QAction *m_maskToPolygon;
    QAction *m_polygonToMask;
    int m_smoothingRadius = 2;
};

} // namespace concord
