// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/calibrationplan.h"
#include "core/project/calibrationreview.h"
#include "widgets/canvas/displayimage.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace concord {

class AsyncImageLoader;
class CanvasView;
class LabelingContext;
class Workspace;

// The lead's walk through a calibration session: the items, most disputed first; for the
// selected item every reader's boxes on the radiograph in that reader's colour with a legend,
// the image-label votes, and the reference label the lead records (journaled). "Make guideline
// example" opens a guideline draft with the item linked as an edge case. The header gives the
// session's agreement. Reads through the workspace of the open project, whose session is the
// lead's (reviewers, adjudicators and leads see every reader, see maySeeWork). GUI thread.
class CalibrationReviewWindow : public QDialog
{
    Q_OBJECT

public:
    CalibrationReviewWindow(Workspace *workspace, const QString &planId, QWidget *parent = nullptr);
    ~CalibrationReviewWindow() override;

    QStringList itemOrder() const; // as listed: most disputed first
    QString currentItemId() const;
    void selectItem(const QString &itemId);
    QStringList readersOnScreen() const; // readers whose boxes the canvas draws, legend order
    QString summaryText() const;
    // Records the ticked labels as the selected item's reference; false after telling why not.
    bool recordReference(const std::vector<int> &labelIds);
    // Opens the guideline draft with the selected item as an edge case of `labelId`.
    void makeGuidelineExample(int labelId);

Q_SIGNALS:
    // The guideline draft to open: the current text with the example added.
    void guidelineDraftRequested(const QString &draftText, const QString &summary);

private:
    void rebuild();
    void showItem(const QString &itemId);
    void showDetails();
    std::vector<int> tickedLabels() const;
    const CalibrationItemReview *reviewOf(const QString &itemId) const;
    // A participant's reading of an item in this session (null: none).
    const ItemWork *readingOf(const QString &readerId, const QString &itemId) const;

    Workspace *m_workspace;
    CalibrationPlan m_plan;
    std::vector<CalibrationItemReview> m_reviews;
    LabelingContext *m_context;
    CanvasView *m_canvas;
    AsyncImageLoader *m_loader;
    QLabel *m_summary;
    QTreeWidget *m_items;
    QLabel *m_legend;
    QLabel *m_votes;
    QListWidget *m_referenceLabels;
    QLineEdit *m_note;
    QLabel *m_reference;
    QPushButton *m_record;
    QPushButton *m_example;
};

} // namespace concord
