// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/workbenchstatusbar.h"

#include "core/imaging/pixelreadout.h"
#include "core/project/workspace.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/canvas/imageoverlay.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/panels/itembrowser.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

#include <cmath>

namespace concord {

WorkbenchStatusBar::WorkbenchStatusBar(QStatusBar *bar, Workspace *workspace,
                                       LabelingContext *context, CanvasView *canvas,
                                       ImageOverlay *overlay, ItemBrowser *itemBrowser,
                                       QWidget *frameSlider, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_workspace(workspace)
    , m_context(context)
    , m_canvas(canvas)
    , m_overlay(overlay)
    , m_itemBrowser(itemBrowser)
    , m_frameSlider(frameSlider)
    , m_itemLabel(new QLabel)
    , m_cursorLabel(new QLabel)
    , m_windowLabel(new QLabel)
    , m_savedLabel(new QLabel(tr("All work saved")))
{
    m_itemLabel->setObjectName(QStringLiteral("currentItemFacts"));
    m_bar->addWidget(m_itemLabel, 1);
    m_bar->addPermanentWidget(m_frameSlider);
    m_bar->addPermanentWidget(m_cursorLabel);
    m_bar->addPermanentWidget(m_windowLabel);
    m_bar->addPermanentWidget(m_savedLabel);
    m_savedLabel->setToolTip(tr("Each edit is written to disk before it is shown as saved"));

    connect(m_workspace, &Workspace::saved, this, [this](const QDateTime &when) {
        m_savedLabel->setStyleSheet(QString());
        m_savedLabel->setText(
            tr("Saved %1").arg(when.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_context, &LabelingContext::saveFailed, this, [this](const QString &message) {
        m_savedLabel->setStyleSheet(
            QStringLiteral("color: white; background: #c0392b; padding: 0 6px;"));
        m_savedLabel->setText(tr("NOT SAVED"));
        QMessageBox::critical(m_bar->window(), tr("Edit not saved"),
                              tr("Your last edit could not be written to disk and was not applied."
                                 "\n\n%1")
                                  .arg(message));
    });
    connect(m_canvas, &CanvasView::cursorMoved, this, &WorkbenchStatusBar::showCursorReadout);
    connect(m_canvas, &CanvasView::windowLevelChanged, this, [this](const WindowLevel &w) {
        m_windowLabel->setText(tr("W %1  L %2").arg(w.width, 0, 'f', 0).arg(w.center, 0, 'f', 0));
    });
    connect(m_workspace, &Workspace::itemChanged, this, &WorkbenchStatusBar::showItemFacts);
    // "Item 5 of 15" must count an import that just added a 16th, and a calibration read counts
    // only its own items.
    connect(m_workspace, &Workspace::itemsAdded, this, &WorkbenchStatusBar::showItemFacts);
    connect(m_itemBrowser, &ItemBrowser::listedItemsChanged, this,
            &WorkbenchStatusBar::showItemFacts);
}

WorkbenchStatusBar::~WorkbenchStatusBar()
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_itemLabel), m_frameSlider, static_cast<QWidget *>(m_cursorLabel),
          static_cast<QWidget *>(m_windowLabel), static_cast<QWidget *>(m_savedLabel)}) {
        m_bar->removeWidget(widget);
        delete widget;
    }
}

void WorkbenchStatusBar::showItemFacts()
{
    const Item *item = m_context->currentItem();
    if (!item) {
        m_itemLabel->clear();
        m_overlay->setItemFacts({});
        return;
    }
    const Annotator *reader = m_workspace->currentAnnotator();
    const ItemBrowser::ListPosition position = m_itemBrowser->positionOf(item->id);
    m_overlay->setItemFacts({position.number, position.count, QFileInfo(item->path).fileName(),
                             reader ? reader->displayName : QString()});
    m_itemLabel->setText(tr("Item %1 of %2 · %3 · %4 × %5 · %6")
                             .arg(position.number)
                             .arg(position.count)
                             .arg(item->path)
                             .arg(item->width)
                             .arg(item->height)
                             .arg(itemStatusDisplayName(m_workspace->myStatus(item->id))));
}

void WorkbenchStatusBar::showCursorReadout(const QPointF &imagePos)
{
    const DisplayImage *image = m_canvas->image();
    const int x = int(std::floor(imagePos.x()));
    const int y = int(std::floor(imagePos.y()));
    if (!image || x < 0 || y < 0 || x >= image->image.width() || y >= image->image.height()) {
        m_cursorLabel->clear();
        return;
    }
    const QString value = pixelReadout(m_canvas->pyramid().region(0, cv::Rect(x, y, 1, 1)),
                                       image->image.metadata, 0, 0);
    m_cursorLabel->setText(tr("x %1  y %2  value %3").arg(x).arg(y).arg(value));
}

} // namespace concord
