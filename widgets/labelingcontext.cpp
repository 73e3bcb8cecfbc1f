// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/labelingcontext.h"

#include "widgets/commands/editcommand.h"

namespace concord {

LabelingContext::LabelingContext(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    // Undo must never drop a journaled step silently, but memory for box edits is tiny; a generous
    // limit keeps a full day of work undoable.
    m_undoStack.setUndoLimit(10000);
    connect(m_workspace, &Workspace::itemChanged, this, [this](const QString &itemId) {
        if (itemId == currentItemId())
            Q_EMIT annotationsChanged();
    });
    ensureActiveLabelAssignable();
}

void LabelingContext::ensureActiveLabelAssignable()
{
    if (taxonomy().isAssignable(m_activeLabelId))
        return;
    for (const Label &label : taxonomy().labels()) {
        if (taxonomy().isAssignable(label.id)) {
            m_activeLabelId = label.id;
            Q_EMIT activeLabelChanged(label.id);
            return;
        }
    }
}

QString LabelingContext::currentItemId() const
{
    const Item *item = currentItem();
    return item ? item->id : QString();
}

const Item *LabelingContext::currentItem() const
{
    const ItemList &items = m_workspace->items();
    if (m_currentIndex < 0 || m_currentIndex >= items.size())
        return nullptr;
    return &items.at(m_currentIndex);
}

void LabelingContext::setCurrentIndex(int index)
{
    if (index == m_currentIndex || index < 0 || index >= m_workspace->items().size())
        return;
    m_currentIndex = index;
    m_selectedBoxId = 0;
    m_imageSize = {};
    const Item *item = currentItem();
    if (item && item->width > 0)
        m_imageSize = QSize(item->width, item->height);
    Q_EMIT currentItemChanged();
    Q_EMIT selectionChanged();
}

void LabelingContext::showItem(const QString &itemId)
{
    setCurrentIndex(m_workspace->items().indexOf(itemId));
}

void LabelingContext::setActiveLabelId(int labelId)
{
    if (labelId == m_activeLabelId || !taxonomy().isAssignable(labelId))
        return;
    m_activeLabelId = labelId;
    Q_EMIT activeLabelChanged(labelId);
}

void LabelingContext::setSelectedBoxId(quint64 boxId)
{
    if (boxId == m_selectedBoxId)
        return;
    m_selectedBoxId = boxId;
    Q_EMIT selectionChanged();
}

const BoxAnnotation *LabelingContext::selectedBox() const
{
    if (m_selectedBoxId == 0)
        return nullptr;
    const ItemWork *work = m_workspace->myWork(currentItemId());
    return work ? work->findBox(m_selectedBoxId) : nullptr;
}

const std::vector<BoxAnnotation> &LabelingContext::myBoxes() const
{
    static const std::vector<BoxAnnotation> none;
    const ItemWork *work = m_workspace->myWork(currentItemId());
    return work ? work->boxes : none;
}

std::vector<int> LabelingContext::myClassLabels() const
{
    const ItemWork *work = m_workspace->myWork(currentItemId());
    return work ? work->classLabels.labelIds : std::vector<int>();
}

bool LabelingContext::commitEdit(const Edit &edit)
{
    if (MaybeError error = m_workspace->commit(edit)) {
        Q_EMIT saveFailed(error->toString());
        return false;
    }
    return true;
}

bool LabelingContext::pushEdit(const ReversibleEdit &edit, const QString &description)
{
    auto *command = new EditCommand(this, edit, description);
    m_undoStack.push(command); // runs redo(), which commits; a failed commit marks it obsolete
    return !command->failed();
}

} // namespace concord
