// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/error.h"

#include <QByteArray>
#include <QString>

namespace concord {

// The project's blobs/ folder: payloads too big for a journal line (mask pixels), each in a
// file named by the SHA-256 of its contents, "<64 hex digits>.<extension>". Content addressing
// makes a blob immutable and shared by every event that carries the same bytes (a stroke and
// its undo), and lets merging copy blobs by name without conflicts.
// Stateless apart from the folder path: any thread may read; writers are the session's thread.
class BlobStore
{
public:
    explicit BlobStore(QString directory);

    // Makes `contents` durable as a blob and returns its file name. The file is written beside
    // its final name, fsynced, renamed and the folder fsynced, so a journal line written after
    // this returns never refers to a blob a crash could lose. A blob already present is kept.
    Expected<QString> store(const QByteArray &contents, const QString &extension) const;

    // Reads a blob by the file name store() returned, checking the name's form (nothing can
    // point outside the folder) and that the contents still hash to it.
    Expected<QByteArray> load(const QString &fileName) const;

    // Whether `fileName` has the form store() gives names.
    static bool isBlobName(const QString &fileName);

    // Whether a blob of that name is in the folder (its contents are not read).
    bool contains(const QString &fileName) const;

    // Brings in a blob read elsewhere (another copy's blobs/, a session archive) under the name
    // it had there, after checking that the name has store()'s form and that `contents` hash
    // to it. A blob already present is not rewritten. Returns whether a file was written.
    // `origin` is where the bytes came from, named in the error when they do not match.
    Expected<bool> adopt(const QString &fileName, const QByteArray &contents,
                         const QString &origin) const;

    // Whether `contents` are what a blob named `fileName` must hold (a name of store()'s form
    // whose hash part is the SHA-256 of `contents`).
    static bool matchesName(const QString &fileName, const QByteArray &contents);

    const QString &directory() const { return m_directory; }

private:
    QString m_directory;
};

} // namespace concord
