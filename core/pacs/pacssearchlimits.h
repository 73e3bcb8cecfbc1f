// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pacs/pacsnode.h"
#include "core/pacs/pacsoptions.h"
#include "core/pacs/pacsquery.h"
#include "core/util/error.h"

#include <QString>

#include <atomic>
#include <vector>

class QSettings;

namespace concord {

// How many matches one QIDO-RS page asks for, and how many a search brings at most: the user's
// preference, in QSettings beside the nodes, so that File ▸ Preferences… sets them for the
// window and for concord-cli pacs find alike (docs/pacs.md, "Page size and cap").
struct PacsSearchLimits
{
    // A page of 10 to 5000: fewer asks the node for a request per handful of studies; 5000 is
    // the most that cloud archives answer in one QIDO-RS response.
    static constexpr int MinPageSize = 10;
    static constexpr int MaxPageSize = 5000;
    // 0 for no cap; otherwise at most 100,000 matches, more than any table a reader scrolls.
    static constexpr int MaxCap = 100000;
    // A PACS query screen shows a few hundred studies; a search that finds more is narrowed.
    static constexpr int DefaultCap = 500;

    int pageSize = PacsOptions::DefaultQueryPageSize;
    int maxMatches = DefaultCap; // 0: every match

    // The saved limits, each brought within its bounds (a value edited by hand out of them is
    // taken as the nearest bound; one that is not a number as the default).
    static PacsSearchLimits load(QSettings &settings);
    void save(QSettings &settings) const;
    // Copies the limits into `options`.
    void applyTo(PacsOptions &options) const;
};

// Why `value` is not a page size, or an empty string; for --page-size.
QString pageSizeProblem(int value);
// Why `value` is not a cap on the matches (0 for none), or an empty string; for --max-results.
QString maxMatchesProblem(int value);

// The matches of a search held to `options.maxMatches`, and whether the node had more.
struct CappedMatches
{
    std::vector<PacsMatch> matches;
    bool more = false; // the cap cut the search short
};

// findOnPacs asking for one match more than the cap, so that the caller can say "the first N
// of more" (docs/pacs.md, "Page size and cap"). Blocks the calling thread.
Expected<CappedMatches> findOnPacsCapped(const PacsNode &node, const PacsQuery &query,
                                         const PacsOptions &options,
                                         const std::atomic<bool> *cancel = nullptr);

} // namespace concord
