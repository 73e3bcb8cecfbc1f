// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>

namespace concord {

// Replaces `path` with `contents` so that after a crash or power loss the file holds either the
// old or the new contents, never a mix: write a temporary file beside it, fsync it, rename it
// over the target, then fsync the directory so the rename itself is durable.
MaybeError writeFileAtomically(const QString &path, const QByteArray &contents);

// Makes a newly created directory entry durable (POSIX needs an fsync of the parent directory).
MaybeError syncDirectory(const QString &directory);

// Reads a whole file, naming it in the error.
Expected<QByteArray> readWholeFile(const QString &path);

} // namespace concord
