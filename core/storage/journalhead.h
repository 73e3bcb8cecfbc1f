// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <optional>
#include <string>
#include <vector>

namespace concord {

// Where one session journal ended when it was last seen whole: its number of lines (each ending
// in a newline) and the hash of the last of them. Each new session of an annotator records the
// heads of the sessions before it, and journal/<annotator>/HEAD holds the head of the session
// that closed last, so a journal that later ends earlier, or on another line, is caught when
// the project is read (docs/storage.md, "Detecting cut-off journals").
struct JournalHead
{
    QString sessionId;
    qint64 lines = 0;
    std::string hash; // hashJournalLine of line `lines`; empty when the journal has no line

    Json toJson() const;
    // Null when `value` is not a head record.
    static std::optional<JournalHead> fromJson(const Json &value);
    bool operator==(const JournalHead &other) const = default;
};

// Counts the complete lines of a journal file and hashes the last of them.
Expected<JournalHead> scanJournalHead(const QString &path, const QString &sessionId);

// journal/<annotator>/HEAD, written atomically after each session.end.
QString headManifestPath(const ProjectFolder &folder, const QString &annotatorId);
// Null when there is no HEAD file (journals written before it existed); an error naming the file
// when it is there but not a head record.
Expected<std::optional<JournalHead>> readHeadManifest(const ProjectFolder &folder,
                                                      const QString &annotatorId);
MaybeError writeHeadManifest(const ProjectFolder &folder, const QString &annotatorId,
                             const JournalHead &head);

// What the first line (session.start) of a session journal records about earlier sessions.
struct SessionStartRecord
{
    bool readable = false; // the first line is a session.start event
    std::vector<JournalHead> previous;
    std::optional<JournalHead> head; // the HEAD file as the session found it
};
SessionStartRecord readSessionStartRecord(const QString &path);

// Adds to a new session's session.start data what it must record: "previous", the heads of the
// annotator's sessions that no session has recorded yet (normally just the one before), and
// "head", the annotator's HEAD file when it names none of those. Call it before the new
// session's file exists. Journals that cannot be read are left out: they are reported when the
// project is read, and must not keep an annotator from working.
void recordEarlierSessions(const ProjectFolder &folder, const QString &annotatorId,
                           Json &startData);

} // namespace concord
