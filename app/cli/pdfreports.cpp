// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/pdfreports.h"

#include "core/storage/atomicfile.h"
#include "core/util/runtimemodule.h"
#include "core/util/translation.h"
#include "render/reportpdfmodule.h"

#include <QDir>

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

Expected<QStringList>
writeReportFiles(const QString &folder, const QString &name, const Json &report,
                 const std::vector<std::pair<QString, QByteArray>> &others,
                 MaybeError (*writePdf)(const Json &report, const QString &path))
{
    if (!QDir().mkpath(folder))
        return FileError{folder, concord::tr("cannot create the folder")};
    const QDir dir(folder);
    std::vector<std::pair<QString, QByteArray>> files = {
        {name + QStringLiteral(".json"), QByteArray::fromStdString(report.dump(2)) + '\n'}};
    files.insert(files.end(), others.begin(), others.end());
    QStringList written;
    for (const auto &[file, bytes] : files) {
        written.append(dir.filePath(file));
        if (MaybeError error = writeFileAtomically(written.constLast(), bytes))
            return *error;
    }
    written.append(dir.filePath(name + QStringLiteral(".pdf")));
    if (MaybeError error = writePdf(report, written.constLast()))
        return *error;
    return written;
}

} // namespace concord::cli
