// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/teamroles.h"

#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <algorithm>

namespace concord {

MaybeError changeAnnotatorRole(Workspace &workspace, const QString &annotatorId, Role role)
{
    const QString file = workspace.folder().projectFile();
    const Annotator *me = workspace.currentAnnotator();
    if (!me)
        return FileError{workspace.folder().root(),
                         concord::tr("changing a role needs an open session")};
    if (!mayLeadCalibration(me->role))
        return FileError{file, concord::tr("%1 (%2) may not do this: change a reader's role")
                                   .arg(me->displayName, roleDisplayName(me->role))};
    const Project &project = workspace.project();
    const Annotator *target = project.findAnnotator(annotatorId);
    if (!target)
        return FileError{file, concord::tr("unknown annotator \"%1\"").arg(annotatorId)};
    const auto leads = std::count_if(project.annotators.begin(), project.annotators.end(),
                                     [](const Annotator &a) { return a.role == Role::Lead; });
    if (target->role == Role::Lead && role != Role::Lead && leads <= 1)
        return FileError{file, concord::tr("%1 is the project's only lead: make someone else "
                                           "lead first")
                                   .arg(target->displayName)};
    Annotator changed = *target;
    changed.role = role;
    return workspace.addAnnotator(changed);
}

} // namespace concord
