// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfolder.h"

#include <QDir>
#include <QFileInfo>

namespace concord {

ProjectFolder::ProjectFolder(const QString &root)
    : m_root(QDir(root).absolutePath())
{}

QString ProjectFolder::projectFile() const
{
    return m_root + QStringLiteral("/project.json");
}
QString ProjectFolder::itemsFile() const
{
    return m_root + QStringLiteral("/items.jsonl");
}
QString ProjectFolder::journalRoot() const
{
    return m_root + QStringLiteral("/journal");
}
QString ProjectFolder::blobsDir() const
{
    return m_root + QStringLiteral("/blobs");
}
QString ProjectFolder::cacheDir() const
{
    return m_root + QStringLiteral("/cache");
}

QString ProjectFolder::annotatorJournalDir(const QString &annotatorId) const
{
    return journalRoot() + QLatin1Char('/') + annotatorId;
}

QString ProjectFolder::sessionJournalFile(const QString &annotatorId,
                                          const QString &sessionId) const
{
    return annotatorJournalDir(annotatorId) + QLatin1Char('/') + sessionId +
           QStringLiteral(".jsonl");
}

QString ProjectFolder::absoluteItemPath(const QString &itemPath) const
{
    if (QDir::isAbsolutePath(itemPath))
        return itemPath;
    return QDir::cleanPath(m_root + QLatin1Char('/') + itemPath);
}

QString ProjectFolder::storedItemPath(const QString &absolutePath) const
{
    return QDir(m_root).relativeFilePath(QFileInfo(absolutePath).absoluteFilePath());
}

bool ProjectFolder::exists() const
{
    return QFileInfo::exists(projectFile());
}

QStringList ProjectFolder::annotatorIdsWithJournals() const
{
    return QDir(journalRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList ProjectFolder::sessionJournalFiles(const QString &annotatorId) const
{
    const QDir dir(annotatorJournalDir(annotatorId));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace concord
