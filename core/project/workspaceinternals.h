// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/annotationstore.h"

namespace concord {

class Workspace;

// Every reader's work in an open project, unfiltered by blind reading. For core (exports and
// reports that a lead or the command line asks for) and concord-cli, which acts for whoever runs
// it on the folder. widgets/ must never include this header or name this class: views read work
// through Workspace's visibility calls (core/project/visibilitypolicy.h), and
// cmake/CheckLayering.cmake fails the build when widgets/ reaches for it.
class WorkspaceInternals
{
public:
    static const AnnotationStore &store(const Workspace &workspace);
};

} // namespace concord
