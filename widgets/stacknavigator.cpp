// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stacknavigator.h"

#include "core/project/workspace.h"
#include "widgets/canvas/canvasinputmanager.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/panels/itembrowser.h"

#include <QAction>
#include <QSettings>

namespace concord {

static const char *const WheelSettingKey = "view/wheelScrollsStack";

StackNavigator::StackNavigator(LabelingContext *context, CanvasView *canvas, ItemBrowser *items,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_canvas(canvas)
    , m_items(items)
    , m_previous(new QAction(tr("Previous image"), this))
    , m_next(new QAction(tr("Next image"), this))
    , m_wheelScrollsStack(new QAction(tr("Wheel scrolls the stack"), this))
{
    setActionShortcuts(m_previous, tr("Previous frame, or the previous item at the first frame"),
                       {QKeySequence(Qt::Key_PageUp)});
    setActionShortcuts(m_next, tr("Next frame, or the next item at the last frame"),
                       {QKeySequence(Qt::Key_PageDown)});
    connect(m_previous, &QAction::triggered, this, [this] { step(-1, false); });
    connect(m_next, &QAction::triggered, this, [this] { step(+1, false); });

    m_wheelScrollsStack->setCheckable(true);
    m_wheelScrollsStack->setToolTip(
        tr("The wheel steps through frames and the series, as in a PACS viewer; Shift+wheel "
           "zooms. Off: the wheel zooms and Shift+wheel steps."));
    m_wheelScrollsStack->setChecked(QSettings().value(QLatin1String(WheelSettingKey)).toBool());
    m_canvas->input()->setWheelScrollsStack(m_wheelScrollsStack->isChecked());
    connect(m_wheelScrollsStack, &QAction::toggled, this, [this](bool scrolls) {
        QSettings().setValue(QLatin1String(WheelSettingKey), scrolls);
        m_canvas->input()->setWheelScrollsStack(scrolls);
    });
    connect(m_canvas->input(), &CanvasInputManager::stackStepRequested, this,
            [this](int direction) { step(direction, true); });
}

QList<QAction *> StackNavigator::actions() const
{
    return {m_previous, m_next};
}

bool StackNavigator::step(int direction, bool withinSeries)
{
    const DisplayImage *image = m_canvas->image();
    if (image && image->frameCount() > 1) {
        const int frame = m_canvas->frame() + direction;
        if (frame >= 0 && frame < image->frameCount()) {
            m_canvas->setFrame(frame);
            return true;
        }
    }
    return moveToNeighbourItem(direction, withinSeries, direction < 0);
}

bool StackNavigator::goToNeighbourItem(int direction)
{
    return moveToNeighbourItem(direction, false, false);
}

bool StackNavigator::moveToNeighbourItem(int direction, bool withinSeries, bool atLastFrame)
{
    const Item *current = m_context->currentItem();
    const int index = m_items->neighbourItem(direction);
    const ItemList &items = m_context->workspace()->items();
    if (index < 0) {
        Q_EMIT statusMessage(direction > 0 ? tr("This is the last item in the list.")
                                           : tr("This is the first item in the list."),
                             3000);
        return false;
    }
    if (withinSeries && (!current || items.at(index).group != current->group)) {
        Q_EMIT statusMessage(direction > 0 ? tr("This is the last image of the series.")
                                           : tr("This is the first image of the series."),
                             3000);
        return false;
    }
    m_enterAtLastFrameOf = atLastFrame ? items.at(index).id : QString();
    m_context->setCurrentIndex(index);
    return true;
}

void StackNavigator::imageShown()
{
    // Only the item stepped into backwards: a click in the list meanwhile opens on frame 1.
    const DisplayImage *image = m_canvas->image();
    if (!m_enterAtLastFrameOf.isEmpty() && m_enterAtLastFrameOf == m_context->currentItemId() &&
        image && image->frameCount() > 1)
        m_canvas->setFrame(image->frameCount() - 1);
    m_enterAtLastFrameOf.clear();
}

} // namespace concord
