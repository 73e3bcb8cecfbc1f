// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;

namespace concord {

class AsyncImageLoader;
class CanvasView;
struct DisplayImage;
class LabelingContext;
class Workspace;

// The right half of the side-by-side comparison (View ▸ Compare side by side): a read-only
// view beside the labeling canvas, showing either another reader's work on the same item, as
// far as blind reading allows (Workspace::visibleAuthors), or a prior: an item of the same
// patient from another study. Zoom, pan, orientation and window/level are linked both ways
// with the labeling canvas. Belongs to the workbench; rebuilds its choices when the item
// changes and keeps the kind of comparison (the same reader, or the first prior) if it can.
class ComparisonPane : public QWidget
{
    Q_OBJECT

public:
    ComparisonPane(Workspace *workspace, LabelingContext *mainContext, CanvasView *mainCanvas,
                   QWidget *parent = nullptr);
    ~ComparisonPane() override;

    CanvasView *canvas() const { return m_canvas; }
    // What can be compared on the current item, as listed: "Reader: Bob", "Prior: x.dcm …".
    QStringList choices() const;
    int currentChoice() const;
    void choose(int index);
    // The labeling canvas shows another item (or the readers' work changed).
    void refresh();

private:
    struct Choice
    {
        QString text;
        QString itemId;   // the item shown
        QString readerId; // whose work is drawn; empty for a prior (the viewer's own)
    };
    void showChoice(const Choice &choice);
    QString viewerId() const; // who is reading: their own work is not "another reader"
    void onLoaded(const QString &itemId, std::shared_ptr<const DisplayImage> image);
    void followMain();
    void leadMain();

    Workspace *m_workspace;
    LabelingContext *m_mainContext;
    CanvasView *m_mainCanvas;
    LabelingContext *m_context;
    CanvasView *m_canvas;
    AsyncImageLoader *m_loader;
    QComboBox *m_choices;
    std::vector<Choice> m_choiceList;
    QString m_shownItemId;
    bool m_syncing = false; // a linked change in progress: do not echo it back
};

} // namespace concord
