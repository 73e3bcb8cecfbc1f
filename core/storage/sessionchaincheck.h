// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/journalhead.h"
#include "core/storage/journalreader.h"

#include <QSet>

#include <map>
#include <vector>

namespace concord {

// Checks one annotator's session journals against what was recorded about their ends: by the
// session.start of later sessions and by journal/<annotator>/HEAD (core/storage/journalhead.h).
// Catches a closed session that lost its last lines, was emptied, had its last line changed or
// was deleted; a session nobody recorded yet that has no session.end is unfinished (still open,
// or its writer was killed), which is not damage. Made before the journals are read, fed what
// each read found, then finish()ed. Used by one replay thread; journals without records (older
// projects) give no problem. See docs/storage.md, "Detecting cut-off journals".
class SessionChainCheck
{
public:
    SessionChainCheck(const ProjectFolder &folder, const QString &annotatorId,
                      const QStringList &sessionFiles);

    // The lines of a session's journal whose hashes the records name, for readJournal.
    std::vector<qint64> linesToHash(const QString &sessionId) const;
    // Compares what reading a journal found with the records about it. `closed`: it holds a
    // session.end.
    void checkJournal(const QString &sessionId, const QString &path, const JournalReadReport &read,
                      bool closed);
    // Reports recorded sessions that have no journal. Call once, after every checkJournal.
    void finish();

    const std::vector<FileError> &problems() const { return m_problems; }
    // Sessions without session.end that no later session recorded, one note each.
    const std::vector<FileError> &unfinished() const { return m_unfinished; }

private:
    struct Record
    {
        JournalHead head;
        QString source; // who recorded it, for the message
    };
    void addRecord(const JournalHead &head, const QString &source);

    ProjectFolder m_folder;
    QString m_annotatorId;
    std::map<QString, std::vector<Record>> m_records; // by session id
    QSet<QString> m_recordedAsPrevious;               // sessions a later session.start names
    QSet<QString> m_sessions;                         // those with a journal file
    std::vector<FileError> m_problems;
    std::vector<FileError> m_unfinished;
};

} // namespace concord
