// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/pdfreports.h"

#include "core/util/runtimemodule.h"
#include "core/util/translation.h"
#include "render/reportpdfmodule.h"

namespace concord::cli {

namespace {

const Expected<const ReportPdfTable *> &reportPdfModule()
{
    static const Expected<const ReportPdfTable *> module =
        loadRuntimeModuleTable<ReportPdfTable>(CONCORD_REPORTPDF_MODULE, ReportPdfEntryPoint);
    return module;
}

FileError moduleMissing(const QString &path)
{
    return FileError{
        path,
        concord::tr("cannot load the PDF painter: %1").arg(reportPdfModule().error().toString())};
}

} // namespace

std::unique_ptr<QCoreApplication> startApplication(int &argc, char **argv, bool paintsDocuments)
{
    if (paintsDocuments && reportPdfModule())
        return std::unique_ptr<QCoreApplication>((*reportPdfModule())->startApplication(argv));
    return std::make_unique<QCoreApplication>(argc, argv);
}

MaybeError writeAgreementReportPdf(const Json &report, const QString &path)
{
    if (!reportPdfModule())
        return moduleMissing(path);
    return (*reportPdfModule())->writeAgreementReportPdf(report, path);
}

MaybeError writeQualityReportPdf(const Json &report, const QString &path)
{
    if (!reportPdfModule())
        return moduleMissing(path);
    return (*reportPdfModule())->writeQualityReportPdf(report, path);
}

} // namespace concord::cli
