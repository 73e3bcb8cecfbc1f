// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/editing/labelingcontext.h"

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
    // Undo belongs to the session it was made in: undone in another session (a calibration
    // read, another reader) a step would land in the wrong reading.
    connect(m_workspace, &Workspace::sessionChanged, this, [this] {
        m_undoStack.clear();
        setSelectedBoxId(0);
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

void LabelingContext::setFillOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_fillOpacity)
        return;
    m_fillOpacity = opacity;
    Q_EMIT overlayChanged();
}

void LabelingContext::setOutlinesOnly(bool outlinesOnly)
{
    if (outlinesOnly == m_outlinesOnly)
        return;
    m_outlinesOnly = outlinesOnly;
    Q_EMIT overlayChanged();
}

void LabelingContext::setLabelVisible(int labelId, bool visible)
{
    if (visible == isLabelVisible(labelId))
        return;
    if (visible)
        m_hiddenLabels.remove(labelId);
    else
        m_hiddenLabels.insert(labelId);
    Q_EMIT overlayChanged();
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

const MaskAnnotation *LabelingContext::selectedMask() const
{
    const ItemWork *work = m_selectedBoxId ? m_workspace->myWork(currentItemId()) : nullptr;
    return work ? work->findMask(m_selectedBoxId) : nullptr;
}

const PolygonAnnotation *LabelingContext::selectedPolygon() const
{
    const ItemWork *work = m_selectedBoxId ? m_workspace->myWork(currentItemId()) : nullptr;
    return work ? work->findPolygon(m_selectedBoxId) : nullptr;
}

const RulerAnnotation *LabelingContext::selectedRuler() const
{
    const ItemWork *work = m_selectedBoxId ? m_workspace->myWork(currentItemId()) : nullptr;
    return work ? work->findRuler(m_selectedBoxId) : nullptr;
}

const std::vector<MaskAnnotation> &LabelingContext::myMasks() const
{
    static const std::vector<MaskAnnotation> none;
    const ItemWork *work = m_workspace->myWork(currentItemId());
    return work ? work->masks : none;
}

const std::vector<PolygonAnnotation> &LabelingContext::myPolygons() const
{
    static const std::vector<PolygonAnnotation> none;
    const ItemWork *work = m_workspace->myWork(currentItemId());
    return work ? work->polygons : none;
}

const std::vector<RulerAnnotation> &LabelingContext::myRulers() const
{
    static const std::vector<RulerAnnotation> none;
    const ItemWork *work = m_workspace->myWork(currentItemId());
    return work ? work->rulers : none;
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
    const bool saved = !command->failed();
    enforceUndoMemoryLimit();
    return saved;
}

void LabelingContext::setUndoMemoryLimit(qint64 bytes)
{
    m_undoMemoryLimit = std::max<qint64>(bytes, 0);
    enforceUndoMemoryLimit();
}

// A step is an EditCommand, or a macro (a conversion) whose children are.
static qint64 memoryCostOf(const QUndoCommand *command)
{
    if (const auto *edit = dynamic_cast<const EditCommand *>(command))
        return edit->memoryCost();
    qint64 cost = 0;
    for (int i = 0; i < command->childCount(); ++i)
        cost += memoryCostOf(command->child(i));
    return cost;
}

static bool isExpired(const QUndoCommand *command)
{
    if (const auto *edit = dynamic_cast<const EditCommand *>(command))
        return edit->isExpired();
    for (int i = 0; i < command->childCount(); ++i) {
        if (isExpired(command->child(i)))
            return true;
    }
    return false;
}

// The stack hands out its commands as const; expiring frees a command's payload and changes
// nothing the stack relies on.
static void expire(const QUndoCommand *command)
{
    if (const auto *edit = dynamic_cast<const EditCommand *>(command)) {
        const_cast<EditCommand *>(edit)->expire();
        return;
    }
    for (int i = 0; i < command->childCount(); ++i)
        expire(command->child(i));
}

qint64 LabelingContext::undoMemoryUsed() const
{
    qint64 used = 0;
    for (int i = 0; i < m_undoStack.count(); ++i)
        used += memoryCostOf(m_undoStack.command(i));
    return used;
}

bool LabelingContext::canUndo() const
{
    return m_undoStack.canUndo() && !isExpired(m_undoStack.command(m_undoStack.index() - 1));
}

void LabelingContext::undo()
{
    if (canUndo())
        m_undoStack.undo();
}

void LabelingContext::enforceUndoMemoryLimit()
{
    // Oldest first, and only steps behind the current one (redo steps stay whole); the newest
    // undoable step always stays, however large.
    qint64 used = undoMemoryUsed();
    for (int i = 0; i + 1 < m_undoStack.index() && used > m_undoMemoryLimit; ++i) {
        const QUndoCommand *command = m_undoStack.command(i);
        used -= memoryCostOf(command);
        expire(command);
        used += memoryCostOf(command);
    }
}

} // namespace concord
