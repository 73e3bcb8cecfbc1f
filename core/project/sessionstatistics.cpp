// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/sessionstatistics.h"

#include "core/model/annotation.h"
#include "core/storage/journalreader.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace concord {

static constexpr double MsPerHour = 3600.0 * 1000.0;

static bool marksDone(const JournalEvent &event)
{
    if (event.op != ops::ItemStatusSet || event.itemId.isEmpty())
        return false;
    try {
        return itemStatusFromKey(event.payload().optionalString("status")) == ItemStatus::Done;
    } catch (const JsonFieldError &) {
        return false; // a malformed status is no evidence the item was done
    } catch (const Json::exception &) {
        return false;
    }
}

static void finish(ActivityTotals &totals, int itemsDone)
{
    totals.itemsDone = itemsDone;
    totals.itemsPerHour = totals.activeMs > 0 ? itemsDone / (totals.activeMs / MsPerHour) : 0.0;
}

AnnotatorActivity measureActivity(const QString &annotatorId,
                                  const std::vector<JournalEvent> &events,
                                  const ActivityOptions &options)
{
    std::map<QString, std::vector<const JournalEvent *>> bySession;
    for (const JournalEvent &event : events) {
        if (event.annotatorId == annotatorId)
            bySession[event.sessionId].push_back(&event);
    }

    AnnotatorActivity result;
    result.annotatorId = annotatorId;
    QSet<QString> doneOverall;
    for (auto &[sessionId, sessionEvents] : bySession) {
        std::stable_sort(
            sessionEvents.begin(), sessionEvents.end(),
            [](const JournalEvent *a, const JournalEvent *b) { return a->seq < b->seq; });
        SessionActivity session;
        session.sessionId = sessionId;
        QSet<QString> done;
        for (size_t i = 0; i < sessionEvents.size(); ++i) {
            const JournalEvent &event = *sessionEvents[i];
            if (marksDone(event)) {
                done.insert(event.itemId);
                doneOverall.insert(event.itemId);
            }
            if (i == 0)
                continue;
            const JournalEvent &previous = *sessionEvents[i - 1];
            const qint64 gap = event.timeMs - previous.timeMs;
            // A clock set back mid-session gives a negative gap: no evidence of work either way.
            if (gap <= 0 || gap > options.idleThresholdMs)
                continue;
            session.totals.activeMs += gap;
            const QString &item = event.itemId.isEmpty() ? previous.itemId : event.itemId;
            if (!item.isEmpty())
                session.totals.activeMsPerItem[item] += gap;
        }
        finish(session.totals, int(done.size()));
        result.totals.activeMs += session.totals.activeMs;
        for (const auto &[item, ms] : session.totals.activeMsPerItem)
            result.totals.activeMsPerItem[item] += ms;
        result.sessions.push_back(std::move(session));
    }
    finish(result.totals, int(doneOverall.size()));
    return result;
}

AnnotatorActivity measureAnnotatorActivity(const ProjectFolder &folder, const QString &annotatorId,
                                           const ActivityOptions &options,
                                           std::vector<FileError> *problems)
{
    std::vector<JournalEvent> events;
    for (const QString &file : folder.sessionJournalFiles(annotatorId)) {
        const QString sessionId = QFileInfo(file).completeBaseName();
        JournalReadReport report =
            readJournal(file, annotatorId, sessionId, [&](JournalEvent &&event, qint64) {
                // The reader's payload is a view valid only during this call: keep a copy of
                // the status payloads, which are measured, and drop the rest (boxes, labels).
                if (event.op == ops::ItemStatusSet)
                    event.materialize();
                else
                    event.rawData = nullptr;
                events.push_back(std::move(event));
            });
        if (problems) {
            for (FileError &problem : report.problems)
                problems->push_back(std::move(problem));
        }
    }
    return measureActivity(annotatorId, events, options);
}

} // namespace concord
