// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/journalevent.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QByteArray>

#include <string>

namespace concord {

// One whole session of one annotator, built in memory and written as a unit: commit() puts every
// line into a hidden temporary file in journal/, fsyncs it and only then renames it to
// journal/<annotator>/<session>.jsonl, so a process killed before the rename leaves no session
// behind, and one killed after it leaves a complete, closed session. For commands that have all
// of a session's work up front (import-annotations); an interactive session uses JournalWriter.
// Its session.start records the earlier sessions like any session's (core/storage/journalhead.h)
// and commit() updates HEAD. Not thread-safe.
class StagedSession
{
public:
    StagedSession(const ProjectFolder &folder, const QString &annotatorId, int guidelineVersion);

    const QString &sessionId() const { return m_sessionId; }
    // Adds an event of this session (annotator, session, time, guideline and sequence number
    // are filled in). Nothing is written yet.
    void append(JournalEvent event);
    qint64 eventCount() const { return m_sequence; }
    // Adds session.end and writes the session as described above. On an error before the
    // rename nothing of it is left in the project; the error names the file.
    MaybeError commit();

private:
    ProjectFolder m_folder;
    QString m_annotatorId;
    QString m_sessionId;
    int m_guidelineVersion = 1;
    qint64 m_sequence = 0;
    std::string m_lastLineHash;
    QByteArray m_lines;
};

} // namespace concord
