// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/journalevent.h"
#include "core/util/error.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace concord {

struct JournalReadReport
{
    qint64 eventsRead = 0;
    qint64 completeLines = 0; // lines ending in a newline, blank or not
    // hashJournalLine of each complete line asked for through `linesToHash`, in file order.
    std::vector<std::pair<qint64, std::string>> lineHashes;
    std::vector<FileError> problems; // each names the file and line
};

// Reads one session journal and hands each valid event to `onEvent`, in file order, without
// keeping them: replaying a million events must not hold a million JSON objects. An event's
// payload is a view into the parser valid during the call; materialize() it to keep it.
//
// What it checks, and what it does about it:
// - a last line cut short by a crash (no newline, not valid JSON): reported, skipped; every
//   event before it is delivered;
// - a corrupt line elsewhere: reported with its line number, skipped;
// - a broken hash chain or a gap in sequence numbers (a line changed, removed or inserted):
//   reported with the line where it shows; events are still delivered, because dropping a
//   reader's work on suspicion would lose data, and the report tells the lead where to look;
// - a line claiming another annotator or session than the file it is in: reported, skipped,
//   so one reader's file cannot carry edits in another reader's name.
// What later sessions recorded about a journal's end is checked against completeLines and the
// hashes of `linesToHash` (core/storage/sessionchaincheck.h).
JournalReadReport
readJournal(const QString &path, const QString &expectedAnnotatorId,
            const QString &expectedSessionId,
            const std::function<void(JournalEvent &&, qint64 lineNumber)> &onEvent,
            const std::vector<qint64> &linesToHash = {});

} // namespace concord
