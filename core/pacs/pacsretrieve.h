// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/folderimporter.h"
#include "core/pacs/pacscache.h"
#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/util/error.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace concord {

class Workspace;

enum class RetrieveMethod {
    Get,  // C-GET: the node sends the instances back on Concord's own association
    Move, // C-MOVE: the node sends them to Concord's storage SCP on `movePort`
};

struct RetrieveRequest
{
    QString studyInstanceUid;
    QString seriesInstanceUid; // empty: the whole study
    RetrieveMethod method = RetrieveMethod::Get;
    // For C-MOVE: the port Concord's storage SCP listens on, and its AE title (empty: the
    // node's calling AE title). The node must know that AE title with this host and port.
    quint16 movePort = 0;
    QString moveAeTitle;
};

struct RetrieveReport
{
    int found = 0;         // instances the node lists for the study (or series)
    int alreadyCached = 0; // of those, in the cache already: not fetched again
    int fetched = 0;       // received now
    int requests = 0;      // C-GET or C-MOVE requests sent (DIMSE), each of a series or an image
    // Instances that did not arrive, instances the node listed or sent with UIDs that are not
    // UIDs or of another study (refused, never written), and the node's failure statuses.
    std::vector<FileError> problems;
    bool cancelled = false;
    // The cache files of the study's instances that are in the cache now, in a stable order.
    QStringList files;
};

// Called after each instance: how many of those to fetch are done, and how many there are.
// Called on the thread that retrieves.
using RetrieveProgress = std::function<void(int done, int total)>;

// Retrieves a study (or one series) from `node` into `cache` (docs/pacs.md, "Retrieve"): lists
// its instances (C-FIND at the image level) and skips those in the cache already. By C-GET, a
// series none of whose instances is cached comes in one C-GET at the series level and the
// other instances one by one; by C-MOVE and WADO-RS every instance comes one by one. `cancel`
// is checked after each instance. Stopping and running it again fetches only what is missing.
// Blocks the calling thread.
Expected<RetrieveReport> retrieveToCache(const PacsCache &cache, const PacsNode &node,
                                         const RetrieveRequest &request,
                                         const PacsOptions &options = {},
                                         const RetrieveProgress &progress = {},
                                         const std::atomic<bool> *cancel = nullptr);

struct PacsImportReport
{
    RetrieveReport retrieve;
    ImportReport import;
};

// retrieveToCache() into the project's cache (pacs/<node>/...), then imports the study's
// cached instances through the project's import (core/exchange/folderimporter.h): each image
// becomes an item referring to its cache file, with its UIDs, so it opens offline; the node is
// the cache folder it lies in (pacsReferenceOf). What was imported before is not added again.
Expected<PacsImportReport> retrieveIntoProject(Workspace &workspace, const PacsNode &node,
                                               const RetrieveRequest &request,
                                               const PacsOptions &options = {},
                                               const RetrieveProgress &progress = {},
                                               const std::atomic<bool> *cancel = nullptr);

} // namespace concord
