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

// Creates `path`, which must not exist yet, holding `contents`, so that a crash leaves either no
// file or the whole of it: the bytes go to a temporary file beside it, are flushed, then linked
// into place, which never replaces a file. Returns false, writing nothing, when `path` exists,
// also when another process created it a moment earlier: of two writers racing for one name,
// exactly one gets true (docs/storage.md, "Files written once").
Expected<bool> writeNewFileDurably(const QString &path, const QByteArray &contents);

// Makes a newly created directory entry durable (POSIX needs an fsync of the parent directory).
MaybeError syncDirectory(const QString &directory);

// Copies `source` to `destination`, which must not exist yet, so that a crash leaves either no
// destination or a complete, durable copy: the bytes go to a temporary file beside it, are
// flushed, hashed again from disk and compared with `expectedSha256` (the content the caller
// decided to import; a file changed since is refused, naming it), then linked into place,
// which never replaces a file, and the folder is flushed. Returns false, writing nothing, when
// `destination` already exists. Streams, so an image of any size takes little memory.
Expected<bool> copyFileDurably(const QString &source, const QString &destination,
                               const QString &expectedSha256);

// Reads a whole file, naming it in the error.
Expected<QByteArray> readWholeFile(const QString &path);

} // namespace concord
