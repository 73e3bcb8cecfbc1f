// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QString>

namespace concord {

// The two reports a window can save: the agreement report (core/reports/agreementreport.h) and
// the quality report (core/quality/qualityreport.h).
enum class ReportKind { Agreement, Quality };

// Writes `report` to `path` in the format its suffix names: .pdf (paged, charts drawn), .html
// (one self-contained page), .json (the document itself) and, for the agreement report, .csv
// (one row per coefficient). Atomic like every file Concord writes; a FileError names the file
// and says which suffixes work. The same files `concord-cli agreement` and `quality` write.
MaybeError saveReportFile(const Json &report, ReportKind kind, const QString &path);

// The file dialog filter listing those formats, PDF first.
QString reportFileFilter(ReportKind kind);

} // namespace concord
