// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportfiles.h"

#include "core/reports/agreementreportcsv.h"
#include "core/reports/agreementreporthtml.h"
#include "core/reports/qualityreporthtml.h"
#include "core/storage/atomicfile.h"
#include "core/util/translation.h"
#include "render/reportpdf.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace concord {

MaybeError saveReportFile(const Json &report, ReportKind kind, const QString &path)
{
    if (report.is_null())
        return FileError{path, concord::tr("there is no report to save yet")};
    const bool agreement = kind == ReportKind::Agreement;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return agreement ? writeAgreementReportPdf(report, path)
                         : writeQualityReportPdf(report, path);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeFileAtomically(path, agreement ? agreementReportHtml(report)
                                                   : qualityReportHtml(report));
    if (suffix == QLatin1String("json"))
        return writeFileAtomically(path, QByteArray::fromStdString(report.dump(2)) + '\n');
    if (agreement && suffix == QLatin1String("csv"))
        return writeFileAtomically(path, agreementReportCsv(report));
    return FileError{path, agreement ? concord::tr("save the report as .pdf, .html, .csv or .json")
                                     : concord::tr("save the report as .pdf, .html or .json")};
}

QString reportFileFilter(ReportKind kind)
{
    return kind == ReportKind::Agreement
               ? concord::tr("PDF (*.pdf);;Web page (*.html);;CSV (*.csv);;JSON (*.json)")
               : concord::tr("PDF (*.pdf);;Web page (*.html);;JSON (*.json)");
}

} // namespace concord
