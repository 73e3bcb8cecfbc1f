// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/util/error.h"

#include <vector>

class QSettings;

namespace concord {

// The user's DICOM nodes, kept in QSettings (group "pacs/nodes") so the window and the command
// line share them: per-user preferences, not project facts (docs/pacs.md, "Nodes"). A value
// type: load, change, save.
class PacsNodeBook
{
public:
    // Reads the nodes saved in `settings`. A saved node that is no longer valid (edited by
    // hand) is left out and named in `problems`, if given.
    static PacsNodeBook load(QSettings &settings, std::vector<FileError> *problems = nullptr);
    // Replaces the saved nodes by these.
    void save(QSettings &settings) const;

    const std::vector<PacsNode> &nodes() const { return m_nodes; }
    const PacsNode *find(const QString &name) const;
    // Adds a valid node whose name is not taken; otherwise says why not.
    MaybeError add(const PacsNode &node);
    // Removes the node of that name; false when there is none.
    bool remove(const QString &name);

private:
    std::vector<PacsNode> m_nodes;
};

} // namespace concord
