// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/util/error.h"

#include <QByteArray>

namespace concord {

class ProjectFolder;

// Reads and writes project.json. Writing is atomic; reading rejects a newer schema than this
// build understands rather than silently dropping fields it does not know.
Expected<Project> readProjectFile(const QString &path);
MaybeError writeProjectFile(const QString &path, const Project &project);

// The error for a folder that holds no project.json.
FileError notAProjectError(const ProjectFolder &folder);

// project.json as read: the project and the bytes it came from, so that a rewrite keeps what
// this version does not know.
struct ProjectDocument
{
    Project project;
    QByteArray bytes;
};
Expected<ProjectDocument> readProjectDocument(const QString &path);

// The contents of project.json for `project`. Fields of `previousBytes` (the file as read) that
// Concord does not write itself are kept, so no rewrite drops them.
QByteArray projectFileBytes(const Project &project, const QByteArray &previousBytes = {});

} // namespace concord
