// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Copies of a project folder, as a field laptop holds one, and whole-folder snapshots, to show
// that a refused merge or import changed nothing. For the tests of work travelling between
// copies (tst_sessionarchive, tst_blobtravel).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <map>

namespace concord::testing {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Copies every file of `from` into `to`; returns false when one cannot be copied.
inline bool copyProjectFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return QDir().mkpath(to + QStringLiteral("/journal"));
}

// Every file and folder under `dir` with its bytes.
inline std::map<QString, QByteArray> folderSnapshot(const QString &dir)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[QDir(dir).relativeFilePath(path)] =
            QFileInfo(path).isFile() ? readAll(path) : QByteArrayLiteral("<dir>");
    }
    return files;
}

} // namespace concord::testing
