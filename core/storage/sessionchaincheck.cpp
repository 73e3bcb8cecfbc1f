// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sessionchaincheck.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace concord {

SessionChainCheck::SessionChainCheck(const ProjectFolder &folder, const QString &annotatorId,
                                     const QStringList &sessionFiles)
    : m_folder(folder)
    , m_annotatorId(annotatorId)
{
    for (const QString &file : sessionFiles) {
        const QString sessionId = QFileInfo(file).completeBaseName();
        m_sessions.insert(sessionId);
        const SessionStartRecord start = readSessionStartRecord(file);
        const QString source = concord::tr("session %1").arg(sessionId);
        for (const JournalHead &head : start.previous) {
            m_recordedAsPrevious.insert(head.sessionId);
            addRecord(head, source);
        }
        if (start.head)
            addRecord(*start.head,
                      concord::tr("the HEAD file (as session %1 found it)").arg(sessionId));
    }
    Expected<std::optional<JournalHead>> manifest = readHeadManifest(folder, annotatorId);
    if (!manifest)
        m_problems.push_back(manifest.error());
    else if (*manifest)
        addRecord(**manifest, concord::tr("the HEAD file"));
}

void SessionChainCheck::addRecord(const JournalHead &head, const QString &source)
{
    m_records[head.sessionId].push_back({head, source});
}

std::vector<qint64> SessionChainCheck::linesToHash(const QString &sessionId) const
{
    std::vector<qint64> lines;
    const auto found = m_records.find(sessionId);
    if (found == m_records.end())
        return lines;
    for (const Record &record : found->second) {
        if (record.head.lines > 0)
            lines.push_back(record.head.lines);
    }
    return lines;
}

void SessionChainCheck::checkJournal(const QString &sessionId, const QString &path,
                                     const JournalReadReport &read, bool closed)
{
    const auto found = m_records.find(sessionId);
    const std::vector<Record> none;
    for (const Record &record : found == m_records.end() ? none : found->second) {
        const qint64 expected = record.head.lines;
        if (read.completeLines < expected) {
            const QString message =
                read.completeLines == 0
                    ? concord::tr("is empty, but %1 recorded %2 lines in it")
                          .arg(record.source)
                          .arg(expected)
                    : concord::tr(
                          "ends at line %1, but %2 recorded %3 lines: its last lines were cut off")
                          .arg(read.completeLines)
                          .arg(record.source)
                          .arg(expected);
            m_problems.push_back({path, message});
            return; // one problem per journal: the records all tell the same story
        }
        if (expected == 0)
            continue;
        const auto hashed =
            std::find_if(read.lineHashes.begin(), read.lineHashes.end(),
                         [&](const auto &entry) { return entry.first == expected; });
        if (hashed == read.lineHashes.end() || hashed->second != record.head.hash) {
            m_problems.push_back(
                {path,
                 concord::tr("this is not the line %1 recorded as line %2: it was changed since")
                     .arg(record.source)
                     .arg(expected),
                 expected});
            return;
        }
    }
    if (!closed && !m_recordedAsPrevious.contains(sessionId)) {
        m_unfinished.push_back(
            {path,
             concord::tr("unfinished session (recoverable): it has no session.end, so it is still "
                         "open or its writer stopped (a crash); its %1 events are kept")
                 .arg(read.eventsRead)});
    }
}

void SessionChainCheck::finish()
{
    for (const auto &[sessionId, records] : m_records) {
        if (m_sessions.contains(sessionId) || records.empty())
            continue;
        const Record &record = records.front();
        // The id only names the missing file in the message; no path read from a record is
        // ever opened.
        m_problems.push_back({m_folder.sessionJournalFile(m_annotatorId, sessionId),
                              concord::tr("missing: %1 recorded this session with %2 lines")
                                  .arg(record.source)
                                  .arg(record.head.lines)});
    }
}

} // namespace concord
