// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/journalevent.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QString>

#include <map>
#include <vector>

namespace concord {

struct ActivityOptions
{
    // A pause longer than this between two events of a session is a break, not work.
    qint64 idleThresholdMs = 2 * 60 * 1000;
};

// How much one session (or, summed, one annotator) worked.
struct ActivityTotals
{
    qint64 activeMs = 0;
    int itemsDone = 0;         // distinct items set to "done"
    double itemsPerHour = 0.0; // itemsDone per active hour; 0 when there was no active time
    std::map<QString, qint64> activeMsPerItem;
};

struct SessionActivity
{
    QString sessionId;
    ActivityTotals totals;
};

struct AnnotatorActivity
{
    QString annotatorId;
    ActivityTotals totals;                 // items done once count once across sessions
    std::vector<SessionActivity> sessions; // sorted by session id, hence by start
};

// Active time and throughput from journal timestamps. Pure: reads only its arguments.
// Within each session, events are taken in sequence order; each gap between consecutive events
// of at most options.idleThresholdMs is active time, credited to the item of the later event
// (time spent before an edit is time spent on that item), or to the earlier event's item when
// the later one names none (e.g. session.end). Longer gaps count for nothing. Events of other
// annotators than `annotatorId` are ignored.
AnnotatorActivity measureActivity(const QString &annotatorId,
                                  const std::vector<JournalEvent> &events,
                                  const ActivityOptions &options = {});

// Reads every session journal of `annotatorId` in `folder` and measures it as above. Only the
// fields the measure needs are kept per event, so one annotator's history fits in memory
// comfortably. Problems reading the journals are appended to `problems` when given.
AnnotatorActivity measureAnnotatorActivity(const ProjectFolder &folder, const QString &annotatorId,
                                           const ActivityOptions &options = {},
                                           std::vector<FileError> *problems = nullptr);

} // namespace concord
