// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace concord {

// The agreement report (buildAgreementReport) as a paged document: the report's own HTML page
// (agreementReportHtml) laid out by QTextDocument on A4, with each inline SVG chart replaced by
// an image rendered from that SVG at print resolution, since QTextDocument does not draw SVG.
// So the PDF shows the same text, tables and charts as the HTML. Needs a QGuiApplication
// (fonts); any thread that may use QtGui painting.
std::unique_ptr<QTextDocument> agreementReportDocument(const Json &report);

// Writes the report as a PDF file, atomically (a partial file never replaces a good one).
// Returns a FileError naming the file when it cannot be written.
MaybeError writeAgreementReportPdf(const Json &report, const QString &path);

} // namespace concord
