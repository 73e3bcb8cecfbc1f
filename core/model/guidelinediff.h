// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/util/linediff.h"

#include <QStringList>

namespace concord {

// The taxonomy as text for comparing versions: one line per label, indented two spaces per
// level, with its hotkey and colour, then its attributes and description on lines of their
// own, so that an added, removed, renamed or re-coloured label shows as a changed line.
QStringList taxonomyLines(const Taxonomy &taxonomy);

// What changed between two guideline versions, text and taxonomy each as a line diff.
struct GuidelineDiff
{
    std::vector<DiffLine> text;
    std::vector<DiffLine> taxonomy;
};

GuidelineDiff diffGuidelineVersions(const Project &project, const GuidelineVersion &from,
                                    const GuidelineVersion &to);

} // namespace concord
