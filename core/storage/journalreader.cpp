// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/journalreader.h"

#include "core/storage/paddedlines.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>

namespace concord {

JournalReadReport
readJournal(const QString &path, const QString &expectedAnnotatorId,
            const QString &expectedSessionId,
            const std::function<void(JournalEvent &&, qint64 lineNumber)> &onEvent,
            const std::vector<qint64> &linesToHash)
{
    JournalReadReport report;
    Expected<PaddedFile> file = readFileWithPadding(path);
    if (!file) {
        report.problems.push_back(file.error());
        return report;
    }
    const JournalFileIdentity identity{InternedText(expectedAnnotatorId),
                                       InternedText(expectedSessionId)};
    simdjson::dom::element payloadView; // what each event's rawData points to
    std::string previousLineHash;       // hash of the line before, whatever its contents
    std::string storedPrevious;
    qint64 expectedSequence = 1;
    PaddedLines lines(*file);
    for (FileLine fileLine; lines.next(fileLine);) {
        const char *line = fileLine.data;
        const size_t length = fileLine.length;
        const qint64 lineNumber = fileLine.number;
        const bool isLastWithoutNewline = !fileLine.endsWithNewline;
        if (!isLastWithoutNewline) {
            report.completeLines = lineNumber;
            if (std::find(linesToHash.begin(), linesToHash.end(), lineNumber) != linesToHash.end())
                report.lineHashes.emplace_back(lineNumber, hashJournalLine(line, length));
        }
        if (length == 0)
            continue;

        JournalEvent event;
        try {
            event = parseJournalLine(line, length, &storedPrevious, &identity, &payloadView);
        } catch (const JsonFieldError &error) {
            report.problems.push_back(
                {path, concord::tr("invalid event, skipped: %1").arg(error.message), lineNumber});
            previousLineHash = hashJournalLine(line, length);
            continue;
        } catch (const Json::exception &) {
            const QString message =
                isLastWithoutNewline
                    ? concord::tr("the last line was cut short (%1 bytes), probably by a crash "
                                  "while it was "
                                  "being written; it was never reported as saved and is skipped")
                          .arg(length)
                    : concord::tr("not a valid JSON line, skipped");
            report.problems.push_back({path, message, lineNumber});
            previousLineHash = hashJournalLine(line, length);
            continue;
        }

        if (storedPrevious != previousLineHash) {
            report.problems.push_back(
                {path,
                 concord::tr("hash chain broken: this line does not follow the line before it "
                             "(a line was changed, removed or inserted)"),
                 lineNumber});
        } else if (event.seq != expectedSequence) {
            report.problems.push_back({path,
                                       concord::tr("sequence jumps from %1 to %2")
                                           .arg(expectedSequence - 1)
                                           .arg(event.seq),
                                       lineNumber});
        }
        previousLineHash = hashJournalLine(line, length);
        expectedSequence = event.seq + 1;

        if (event.annotatorId != expectedAnnotatorId || event.sessionId != expectedSessionId) {
            report.problems.push_back(
                {path,
                 concord::tr("event belongs to annotator \"%1\", session \"%2\", not to this file; "
                             "skipped")
                     .arg(event.annotatorId, event.sessionId),
                 lineNumber});
            continue;
        }
        ++report.eventsRead;
        onEvent(std::move(event), lineNumber);
    }
    return report;
}

} // namespace concord
