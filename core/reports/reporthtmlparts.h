// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"

#include <QString>
#include <QStringList>

namespace concord {

// The pieces both HTML reports (agreement and quality) are built from, so the two pages share
// one frame: the page head with the inline style sheet, the navy header, section headings,
// table rows. Arguments named `markup` are inserted as they are (the caller escapes what needs
// it); plain text is escaped here.

// The page from <!DOCTYPE> up to and including <main class="wrap">: the document's `title`,
// the header's `kicker` (markup), the project `name`, the `meta` line and the `chips`.
QString htmlReportStart(const QString &title, const QString &kickerMarkup, const QString &name,
                        const QString &meta, const QStringList &chips);

// "<section>" with its heading and the grey line under it.
QString htmlSectionStart(const QString &titleMarkup, const QString &subtitleMarkup);

// A table header row of `names` (markup); columns from `firstNumber` on are right-aligned.
QString htmlHeaderRow(const QStringList &names, int firstNumber = 1);

// One table cell holding `markup`, right-aligned when it is a number.
QString htmlCell(const QString &markup, bool number = false);

// The report's "generated" time as the header shows it: "2024-05-01 12:00:00".
QString reportGeneratedTime(const Json &report);

} // namespace concord
