// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/commands/editcommand.h"

#include "widgets/editing/labelingcontext.h"

namespace concord {

EditCommand::EditCommand(LabelingContext *context, ReversibleEdit edit, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_edit(std::move(edit))
{
    // The payloads only: an expired command's shell is a few dozen bytes, and the count limit
    // of the stack bounds how many shells there can be.
    m_memoryCost = qint64(undoMemoryBytes(m_edit));
}

void EditCommand::expire()
{
    m_expired = true;
    m_edit = {};
    m_memoryCost = 0;
}

void EditCommand::redo()
{
    if (m_expired) { // only reachable by driving QUndoStack directly: drop out, change nothing
        setObsolete(true);
        return;
    }
    m_context->showItem(m_edit.forward.itemId);
    m_failed = !m_context->commitEdit(m_edit.forward);
    setObsolete(m_failed);
}

void EditCommand::undo()
{
    if (m_expired) {
        setObsolete(true);
        return;
    }
    m_context->showItem(m_edit.backward.itemId);
    m_failed = !m_context->commitEdit(m_edit.backward);
    setObsolete(m_failed);
}

} // namespace concord
