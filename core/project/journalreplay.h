// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/annotationstore.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <vector>

namespace concord {

struct ReplayReport
{
    qint64 events = 0;
    int journalFiles = 0;
    std::vector<FileError> problems;
    // Sessions with no session.end that no later session recorded: still open, or their writer
    // was killed. Recoverable, so not problems (core/storage/sessionchaincheck.h).
    std::vector<FileError> unfinished;
};

// Rebuilds the annotation store from every journal of a project. Each annotator's journals are
// replayed on a worker thread of their own (their work is independent), sessions in order of
// their ids, which begin with the start time.
ReplayReport replayJournals(const ProjectFolder &folder, AnnotationStore &store);

// Rebuilds one annotator's work from their journals, sessions in order: for a window that
// takes in what another writer appended.
ReplayReport replayAnnotatorJournals(const ProjectFolder &folder, const QString &annotatorId,
                                     AnnotatorWork &work);

} // namespace concord
