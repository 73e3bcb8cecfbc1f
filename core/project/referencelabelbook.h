// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace concord {

class ProjectState;
class SessionJournal;
class VisibilityPolicy;

// The reference (gold) labels of items: recorded by those whose role allows it, journaled like
// any edit, and shown only to those the visibility policy lets see them.
class ReferenceLabelBook
{

public:
    ReferenceLabelBook(const ProjectState &state, SessionJournal &journal,
                       const VisibilityPolicy &visibility);

    // Records the reference label of an item, journaled like any edit. Only leads and
    // adjudicators may (mayRecordReferenceLabels); every label must exist in the taxonomy.
    MaybeError recordReferenceLabel(const QString &itemId, const std::vector<int> &labelIds,
                                    const QString &note = {});
    // The latest reference label recorded for an item (core/project/referencelabels.h). Hidden
    // (empty) while the current session's annotator takes a gold test holding the item. With no
    // session open (the command line) nothing is hidden: there is no reader to hide it from.
    // Hidden too from an annotator who has not finished the item while the quality policy
    // mixes hidden gold into the queue (docs/quality.md, "Gold items").
    std::optional<ReferenceLabel> referenceLabel(const QString &itemId) const;

private:
    const ProjectState &m_state;
    SessionJournal &m_journal;
    const VisibilityPolicy &m_visibility;
};

} // namespace concord
