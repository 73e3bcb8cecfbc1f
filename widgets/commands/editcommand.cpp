// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/commands/editcommand.h"

#include "widgets/labelingcontext.h"

namespace concord {

EditCommand::EditCommand(LabelingContext *context, ReversibleEdit edit, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_edit(std::move(edit))
{}

void EditCommand::redo()
{
    m_context->showItem(m_edit.forward.itemId);
    m_failed = !m_context->commitEdit(m_edit.forward);
    setObsolete(m_failed);
}

void EditCommand::undo()
{
    m_context->showItem(m_edit.backward.itemId);
    m_failed = !m_context->commitEdit(m_edit.backward);
    setObsolete(m_failed);
}

} // namespace concord
