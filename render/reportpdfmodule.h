// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QString>

class QCoreApplication;

namespace concord {

// The functions of the PDF module (concord_reportpdf: concord_render built as a module,
// reportpdfmodule.cpp), for a program that does not link QtGui and loads the module only when
// it paints a PDF: concord-cli (app/cli/README.md). Plain function pointers; the module and the
// program are built together, from this header, and the program checks CurrentVersion.
struct ReportPdfTable
{
    static constexpr int CurrentVersion = 1;

    int version; // first, as loadRuntimeModule() expects
    // The application object a program that paints needs: a QGuiApplication for fonts and
    // painting, on Qt's offscreen platform unless QT_QPA_PLATFORM names another, so no display
    // is needed. Called instead of creating a QCoreApplication; `argv[0]` is the program name.
    QCoreApplication *(*startApplication)(char **argv);
    // render/reportpdf.h's functions of the same names.
    MaybeError (*writeAgreementReportPdf)(const Json &report, const QString &path);
    MaybeError (*writeQualityReportPdf)(const Json &report, const QString &path);
};

// The module's one exported function; returns its ReportPdfTable.
inline constexpr char ReportPdfEntryPoint[] = "concordReportPdf";

} // namespace concord
