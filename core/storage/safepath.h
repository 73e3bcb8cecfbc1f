// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QString>

namespace concord {

// The checks that keep ids and paths read from files (a project, another copy, a session
// archive, an import) from reaching outside the folder they belong to. The rules are written
// down in core/storage/safepath.md. Pure functions; any thread.
class SafePath
{
public:
    static constexpr qsizetype MaxIdLength = 128;
    static constexpr qsizetype MaxRelativePathLength = 1024;

    // Why `id` cannot name one file or folder (empty, too long, a separator, "." or "..", a
    // control character), or an empty string when it can.
    static QString idProblem(const QString &id);
    // Why `path` is not a relative path that stays below the folder it is relative to (empty,
    // absolute, a ".." component, a control character, a backslash, too long), or empty.
    static QString relativePathProblem(const QString &path);

    // `root`/`relative` when the relative path is acceptable and, after resolving the symbolic
    // links of the parts that exist, still lies inside `root`; otherwise an error naming it.
    static Expected<QString> resolveInside(const QString &root, const QString &relative);

    // An error naming the first part of `path` below `root` (the parts that exist, `path`
    // itself included) that is a symbolic link, or that `path` is not below `root` at all.
    // Writers call it before writing, so a link planted in a project cannot redirect a write.
    static MaybeError refuseLinksBelow(const QString &root, const QString &path);

    // `id` when it is a safe file name, otherwise "id-" and the first 16 hex digits of its
    // SHA-256: a stable, safe name for a file named after an untrusted id.
    static QString fileNameFor(const QString &id);
};

} // namespace concord
