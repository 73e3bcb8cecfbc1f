// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace concord {

// One published version of the labeling guideline. Every event records the version that was
// current when it was made, so agreement can be compared across versions.
struct GuidelineVersion
{
    int version = 1;
    QString author;
    QDateTime date;
    QString summary;
    QString text; // Markdown
    // The taxonomy this version was published with: taxonomy changes are published as part of a
    // guideline version, so two versions can be compared label by label. Absent in projects
    // written before versions recorded it; Project::taxonomyOf() stands in for those.
    std::optional<Taxonomy> taxonomy;

    bool operator==(const GuidelineVersion &) const = default;
};

} // namespace concord
