// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/edit.h"

#include <QUndoCommand>

namespace concord {

class LabelingContext;

// The one undo command of the labeling window: redo journals the forward edit, undo journals
// the backward edit. Both bring the edited item on screen first, so an undo is never invisible.
// A command whose first commit fails is marked obsolete and drops out of the stack.
// Mask strokes carry their run-length delta here, so the command's memory is what the undo
// history costs; once the history outgrows its budget the oldest commands are expired: their
// edit is freed and they can no longer be undone (LabelingContext::canUndo stops before them).
class EditCommand : public QUndoCommand
{
public:
    EditCommand(LabelingContext *context, ReversibleEdit edit, const QString &text);

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

    // Bytes this step holds for undo and redo: the payloads of both edits, as journaled.
    qint64 memoryCost() const { return m_memoryCost; }
    void expire();
    bool isExpired() const { return m_expired; }

private:
    LabelingContext *m_context;
    ReversibleEdit m_edit;
    qint64 m_memoryCost = 0;
    bool m_failed = false;
    bool m_expired = false;
};

} // namespace concord
