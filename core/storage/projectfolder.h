// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace concord {

// Where each part of a project lives on disk (docs/storage.md). Knows paths
// only; reading and writing is done by the file classes beside it.
class ProjectFolder
{
public:
    explicit ProjectFolder(const QString &root);

    const QString &root() const { return m_root; }
    QString projectFile() const;
    QString itemsFile() const;
    QString journalRoot() const;
    QString annotatorJournalDir(const QString &annotatorId) const;
    QString sessionJournalFile(const QString &annotatorId, const QString &sessionId) const;
    QString blobsDir() const;
    QString cacheDir() const;
    // labeling-rules.json: the project's labeling rules (docs/labeling-rules.md).
    QString labelingRulesFile() const;

    // Resolves an item path (relative to the project, or absolute) to an absolute path.
    QString absoluteItemPath(const QString &itemPath) const;
    // The form in which an image path is stored: relative to the project folder.
    QString storedItemPath(const QString &absolutePath) const;

    bool exists() const; // project.json is there
    QStringList annotatorIdsWithJournals() const;
    // Session journal files of one annotator in the order the sessions started. A session id
    // names its start to the second and then a random suffix, so two sessions started within
    // one second (an app restarted at once, a script of commands) are ordered by the
    // millisecond their session.start records, not by the suffix: replayed the other way, the
    // later session's edits of the earlier one's shapes were skipped as damaged.
    QStringList sessionJournalFiles(const QString &annotatorId) const;

private:
    QString m_root;
};

} // namespace concord
