// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/projectfolder.h"

#include "core/storage/jsonsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>
#include <vector>

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

QString ProjectFolder::labelingRulesFile() const
{
    return m_root + QStringLiteral("/labeling-rules.json");
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

namespace {

// The "time" (ms since the epoch) of a journal's first line, or -1 when it cannot be read; only
// the first line is read, however long the journal.
qint64 sessionStartTime(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = file.readLine(qint64(64) * 1024);
    const Json start =
        Json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
    if (!start.is_object() || !start.contains("time") || !start["time"].is_number_integer())
        return -1;
    return start["time"].get<qint64>();
}

} // namespace

QStringList ProjectFolder::sessionJournalFiles(const QString &annotatorId) const
{
    const QDir dir(annotatorJournalDir(annotatorId));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    // Ids are "yyyyMMddTHHmmssZ-xxxx": runs of names equal up to the dash started in one second.
    constexpr qsizetype SecondPrefix = 16;
    for (qsizetype first = 0; first < files.size();) {
        const QString prefix = QFileInfo(files[first]).fileName().left(SecondPrefix);
        qsizetype end = first + 1;
        while (end < files.size() && QFileInfo(files[end]).fileName().left(SecondPrefix) == prefix)
            ++end;
        if (end - first > 1) {
            std::vector<std::pair<qint64, QString>> run;
            for (qsizetype i = first; i < end; ++i)
                run.emplace_back(sessionStartTime(files[i]), files[i]);
            std::sort(run.begin(), run.end());
            for (qsizetype i = first; i < end; ++i)
                files[i] = run[size_t(i - first)].second;
        }
        first = end;
    }
    return files;
}

} // namespace concord
