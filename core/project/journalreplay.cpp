// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/journalreplay.h"

#include "core/storage/blobstore.h"
#include "core/storage/journalreader.h"
#include "core/storage/sessionchaincheck.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>
#include <thread>

namespace concord {

namespace {
struct AnnotatorReplay
{
    QString annotatorId;
    AnnotatorWork work;
    ReplayReport report;
};

void replayAnnotator(const ProjectFolder &folder, AnnotatorReplay &replay)
{
    const BlobStore blobs(folder.blobsDir());
    const QStringList files = folder.sessionJournalFiles(replay.annotatorId);
    SessionChainCheck chain(folder, replay.annotatorId, files);
    for (const QString &file : files) {
        const QString sessionId = QFileInfo(file).completeBaseName();
        ++replay.report.journalFiles;
        bool closed = false;
        JournalReadReport read = readJournal(
            file, replay.annotatorId, sessionId,
            [&](JournalEvent &&event, qint64 line) {
                if (closed) {
                    replay.report.problems.push_back(
                        {file, concord::tr("event after the session's session.end"), line});
                }
                closed = closed || event.op == ops::SessionEnd;
                const QString problem = replay.work.apply(event, &blobs);
                if (!problem.isEmpty())
                    replay.report.problems.push_back({file, problem, line});
            },
            chain.linesToHash(sessionId));
        replay.report.events += read.eventsRead;
        for (FileError &problem : read.problems)
            replay.report.problems.push_back(std::move(problem));
        chain.checkJournal(sessionId, file, read, closed);
    }
    chain.finish();
    for (const FileError &problem : chain.problems())
        replay.report.problems.push_back(problem);
    replay.report.unfinished = chain.unfinished();
}
} // namespace

ReplayReport replayJournals(const ProjectFolder &folder, AnnotationStore &store)
{
    std::vector<AnnotatorReplay> replays;
    for (const QString &annotatorId : folder.annotatorIdsWithJournals())
        replays.push_back({annotatorId, {}, {}});

    // A small pool pulling annotators off a shared counter: balanced even when one annotator
    // has far more work than the others.
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i = next++; i < replays.size(); i = next++)
            replayAnnotator(folder, replays[i]);
    };
    const size_t threadCount =
        std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), replays.size());
    std::vector<std::thread> threads;
    for (size_t t = 1; t < threadCount; ++t)
        threads.emplace_back(worker);
    worker();
    for (std::thread &thread : threads)
        thread.join();

    ReplayReport total;
    for (AnnotatorReplay &replay : replays) {
        total.events += replay.report.events;
        total.journalFiles += replay.report.journalFiles;
        for (FileError &problem : replay.report.problems)
            total.problems.push_back(std::move(problem));
        for (FileError &note : replay.report.unfinished)
            total.unfinished.push_back(std::move(note));
        store.setWork(replay.annotatorId, std::move(replay.work));
    }
    return total;
}

ReplayReport replayAnnotatorJournals(const ProjectFolder &folder, const QString &annotatorId,
                                     AnnotatorWork &work)
{
    AnnotatorReplay replay{annotatorId, {}, {}};
    replayAnnotator(folder, replay);
    work = std::move(replay.work);
    return replay.report;
}

} // namespace concord
