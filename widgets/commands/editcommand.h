// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/edit.h"

#include <QUndoCommand>

namespace concord {

class LabelingContext;

// The one undo command of the labeling window: redo journals the forward edit, undo journals
// the backward edit. Both bring the edited item on screen first, so an undo is never invisible.
// A command whose first commit fails is marked obsolete and drops out of the stack.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(LabelingContext *context, ReversibleEdit edit, const QString &text);

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    LabelingContext *m_context;
    ReversibleEdit m_edit;
    bool m_failed = false;
};

} // namespace concord
