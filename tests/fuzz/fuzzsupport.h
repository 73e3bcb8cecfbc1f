// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the file-based fuzz targets share: one temporary folder per fuzzer process, removed when
// the process exits normally (a crash leaves it under $TMPDIR as concord-fuzz-*), and writing
// the fuzzer's bytes to a file there, since the entry points a hostile file reaches take paths.
#include <QByteArray>
#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace concord::fuzz {

inline const QTemporaryDir &processTempDir()
{
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/concord-fuzz-XXXXXX"));
    if (!dir.isValid())
        std::abort(); // no place to write inputs: the target cannot run at all
    return dir;
}

// A path inside this process's temporary folder.
inline QString tempPath(const QString &name)
{
    return processTempDir().filePath(name);
}

inline QByteArrayView bytesOf(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Replaces `path` with `bytes`; aborts when it cannot, since every later run would then test
// a stale file instead of the fuzzer's input.
inline void writeFileOrDie(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes.data(), bytes.size()) != bytes.size())
        std::abort();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace concord::fuzz
