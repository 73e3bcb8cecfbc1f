// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A file's bytes read or written whole, for the tests that damage project files on purpose or
// compare them byte for byte.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

namespace concord::testing {

// The file's bytes; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Replaces the file's content with `bytes`; returns whether all of them were written.
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Replaces the file's content with `bytes`, failing the running test (naming the file) when it
// cannot.
inline void writeOrFail(const QString &path, const QByteArray &bytes)
{
    QVERIFY2(writeAll(path, bytes), qPrintable(path));
}

} // namespace concord::testing
