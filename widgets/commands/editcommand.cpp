// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/commands/editcommand.h"

#include "widgets/labelingcontext.h"

namespace concord {

EditCommand::EditCommand(LabelingContext *context, ReversibleEdit edit, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_edit(std::move(edit))
{
    // The serialised size is what the payload occupies as text; the Json tree in memory is of
    // the same order, and counting it the same way as the journal makes the budget predictable.
    m_memoryCost = qint64(m_edit.forward.data.dump().size() + m_edit.backward.data.dump().size()
                          + sizeof(EditCommand));
}

void EditCommand::expire()
{
    m_expired = true;
    m_edit = {};
    m_memoryCost = sizeof(EditCommand);
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
