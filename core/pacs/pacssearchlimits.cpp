// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pacs/pacssearchlimits.h"

#include "core/util/translation.h"

#include <QSettings>

#include <algorithm>

namespace concord {

namespace {

const QString PageSizeKey = QStringLiteral("pacs/search/pageSize");
const QString MaxMatchesKey = QStringLiteral("pacs/search/maxMatches");

int savedNumber(QSettings &settings, const QString &key, int fallback, int lowest, int highest)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, lowest, highest) : fallback;
}

} // namespace

PacsSearchLimits PacsSearchLimits::load(QSettings &settings)
{
    PacsSearchLimits limits;
    limits.pageSize = savedNumber(settings, PageSizeKey, limits.pageSize, MinPageSize, MaxPageSize);
    limits.maxMatches = savedNumber(settings, MaxMatchesKey, limits.maxMatches, 0, MaxCap);
    return limits;
}

void PacsSearchLimits::save(QSettings &settings) const
{
    settings.setValue(PageSizeKey, std::clamp(pageSize, MinPageSize, MaxPageSize));
    settings.setValue(MaxMatchesKey, std::clamp(maxMatches, 0, MaxCap));
}

void PacsSearchLimits::applyTo(PacsOptions &options) const
{
    options.queryPageSize = pageSize;
    options.maxMatches = maxMatches;
}

QString pageSizeProblem(int value)
{
    if (value >= PacsSearchLimits::MinPageSize && value <= PacsSearchLimits::MaxPageSize)
        return {};
    return concord::tr("a page holds from %1 to %2 matches, not %3")
        .arg(PacsSearchLimits::MinPageSize)
        .arg(PacsSearchLimits::MaxPageSize)
        .arg(value);
}

QString maxMatchesProblem(int value)
{
    if (value >= 0 && value <= PacsSearchLimits::MaxCap)
        return {};
    return concord::tr("a search brings from 1 to %1 matches, or 0 for all of them, not %2")
        .arg(PacsSearchLimits::MaxCap)
        .arg(value);
}

Expected<CappedMatches> findOnPacsCapped(const PacsNode &node, const PacsQuery &query,
                                         const PacsOptions &options,
                                         const std::atomic<bool> *cancel)
{
    const int cap = std::max(0, options.maxMatches);
    PacsOptions oneMore = options;
    // One match past the cap tells whether there are more; over DICOMweb that is at most one
    // small request more, and a C-FIND stops reading there (docs/pacs.md, "Page size and cap").
    oneMore.maxMatches = cap > 0 ? cap + 1 : 0;
    Expected<std::vector<PacsMatch>> found = findOnPacs(node, query, oneMore, cancel);
    if (!found)
        return found.error();
    CappedMatches capped;
    capped.matches = std::move(*found);
    if (cap > 0 && capped.matches.size() > size_t(cap)) {
        capped.matches.resize(size_t(cap));
        capped.more = true;
    }
    return capped;
}

} // namespace concord
