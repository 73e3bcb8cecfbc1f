// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace concord::cli {

// The PDF reports of `agreement <project>` and `quality --out-dir`, painted by the PDF module
// (concord_reportpdf, render/reportpdfmodule.h), which concord-cli loads only for a command
// that paints: QtGui and QtSvg cost every other command start-up time (app/cli/README.md).

// The application object for a command: when it `paintsDocuments`, the PDF module's
// QGuiApplication on Qt's offscreen platform, which fonts and painting need; otherwise, or when
// the module cannot be loaded (the PDF functions below then say why), a QCoreApplication.
std::unique_ptr<QCoreApplication> startApplication(int &argc, char **argv, bool paintsDocuments);

// render/reportpdf.h's functions, through the module. A FileError naming `path` when the module
// cannot be loaded (it names the paths looked at) or the application was started without it.
MaybeError writeAgreementReportPdf(const Json &report, const QString &path);
MaybeError writeQualityReportPdf(const Json &report, const QString &path);

// A report's files, written into `folder` (made when missing), each atomically and in this
// order: `<name>.json` (the report itself), the `others` (file name and bytes), and
// `<name>.pdf` painted by `writePdf`. The paths written, or the first error.
Expected<QStringList>
writeReportFiles(const QString &folder, const QString &name, const Json &report,
                 const std::vector<std::pair<QString, QByteArray>> &others,
                 MaybeError (*writePdf)(const Json &report, const QString &path));

} // namespace concord::cli
