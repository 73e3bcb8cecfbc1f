// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace concord {

// A report's own HTML page as a paged document: laid out by QTextDocument on A4 under a print
// style sheet, with each inline SVG chart replaced by an image rendered from that SVG at print
// resolution, since QTextDocument does not draw SVG. So the PDF shows the same text, tables
// and charts as the HTML. Needs a QGuiApplication (fonts); any thread that may use QtGui
// painting.
std::unique_ptr<QTextDocument> pagedReportDocument(const QByteArray &page);

// Writes a report page as a PDF file, atomically (a partial file never replaces a good one).
// Returns a FileError naming the file when it cannot be written.
MaybeError writeReportPdf(const QByteArray &page, const QString &title, const QString &path);

// The agreement report (buildAgreementReport, agreementReportHtml) and the quality report
// (buildQualityReport, qualityReportHtml) on paper.
std::unique_ptr<QTextDocument> agreementReportDocument(const Json &report);
MaybeError writeAgreementReportPdf(const Json &report, const QString &path);
MaybeError writeQualityReportPdf(const Json &report, const QString &path);

} // namespace concord
