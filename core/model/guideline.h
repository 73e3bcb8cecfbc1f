// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

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

    bool operator==(const GuidelineVersion &) const = default;
};

} // namespace concord
