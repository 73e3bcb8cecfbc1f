// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace concord {

class LabelingContext;

// The reference label of an item opened from a guideline example, drawn over the top-left
// corner of the canvas in the reference colour, with the lead's note: the answer the example
// teaches. Shown for any role, since a guideline example is published teaching material; the
// model still hides the reference from a reader taking a gold test that holds the item
// (Workspace::referenceLabel). Other readers' labels are not shown: blind reading applies as on
// any item. Hides itself when another item is shown. A reference is a set of image labels, so
// there is no geometry to draw. GUI thread.
class ReferenceBanner : public QLabel
{
    Q_OBJECT

public:
    // `canvas` is the widget the banner floats over (its parent).
    ReferenceBanner(LabelingContext *context, QWidget *canvas);

    static QColor referenceColor();
    // Shows the reference of `itemId`, or says there is none to show.
    void showReference(const QString &itemId);
    QString shownItemId() const { return isVisible() ? m_itemId : QString(); }

private:
    LabelingContext *m_context;
    QString m_itemId;
};

} // namespace concord
