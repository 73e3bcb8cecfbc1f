// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspaceinternals.h"

#include "core/project/projectstate.h"
#include "core/project/workspace.h"

namespace concord {

const AnnotationStore &WorkspaceInternals::store(const Workspace &workspace)
{
    return std::as_const(*workspace.m_state).store();
}

} // namespace concord
