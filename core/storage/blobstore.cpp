// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/blobstore.h"

#include "core/storage/atomicfile.h"
#include "core/storage/safepath.h"
#include "core/storage/sha256.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace concord {

BlobStore::BlobStore(QString directory)
    : m_directory(std::move(directory))
{}

bool BlobStore::isBlobName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}\\.[a-z0-9]{1,8}$"));
    return pattern.match(fileName).hasMatch();
}

Expected<QString> BlobStore::store(const QByteArray &contents, const QString &extension) const
{
    const QString name =
        QString::fromStdString(sha256Hex(contents.constData(), size_t(contents.size()))) +
        QLatin1Char('.') + extension;
    if (!isBlobName(name))
        return FileError{m_directory,
                         concord::tr("\"%1\" is not a valid blob extension").arg(extension)};
    const QString path = m_directory + QLatin1Char('/') + name;
    // A linked blobs/ folder or blob file would carry the write outside the project.
    if (MaybeError link = SafePath::refuseLinksBelow(QFileInfo(m_directory).absolutePath(), path))
        return *link;
    // Same name, same bytes: a blob is never rewritten (a torn one cannot exist, since
    // writeFileAtomically renames only complete files).
    if (QFileInfo(path).size() == contents.size() && QFileInfo::exists(path))
        return name;
    if (!QDir().mkpath(m_directory))
        return FileError{m_directory, concord::tr("cannot create the blobs folder")};
    if (MaybeError error = writeFileAtomically(path, contents))
        return *error;
    return name;
}

Expected<QByteArray> BlobStore::load(const QString &fileName) const
{
    if (!isBlobName(fileName))
        return FileError{m_directory, concord::tr("\"%1\" is not a blob name").arg(fileName)};
    const QString path = m_directory + QLatin1Char('/') + fileName;
    if (!QFileInfo::exists(path))
        return FileError{path, concord::tr("the blob is missing")};
    Expected<QByteArray> contents = readWholeFile(path);
    if (!contents)
        return contents;
    if (!matchesName(fileName, *contents))
        return FileError{path,
                         concord::tr("the blob's contents do not match its name (damaged file)")};
    return contents;
}

bool BlobStore::matchesName(const QString &fileName, const QByteArray &contents)
{
    if (!isBlobName(fileName))
        return false;
    const std::string hash = sha256Hex(contents.constData(), size_t(contents.size()));
    return fileName.left(64) == QLatin1String(hash.data(), qsizetype(hash.size()));
}

bool BlobStore::contains(const QString &fileName) const
{
    return isBlobName(fileName) && QFileInfo::exists(m_directory + QLatin1Char('/') + fileName);
}

Expected<bool> BlobStore::adopt(const QString &fileName, const QByteArray &contents,
                                const QString &origin) const
{
    if (!matchesName(fileName, contents))
        return FileError{
            origin,
            concord::tr("blob %1 is damaged: its contents do not match its name").arg(fileName)};
    if (contains(fileName))
        return false;
    Expected<QString> stored = store(contents, fileName.section(QLatin1Char('.'), 1));
    if (!stored)
        return stored.error();
    return true;
}

} // namespace concord
