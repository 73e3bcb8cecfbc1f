// SPDX-License-Identifier: GPL-3.0-or-later
// concord_reportpdf: concord_render's PDF reports as a module, for concord-cli
// (render/reportpdfmodule.h).
#include "render/reportpdfmodule.h"
#include "core/util/translation.h"
#include "render/reportpdf.h"

#include <QGuiApplication>

#include <cstdio>

namespace concord {

namespace {

// Qt notes on stderr that a headless machine has no XDG_RUNTIME_DIR when QtGui starts; a
// command line tool's stderr is for the user's errors, so that one notice is dropped.
QtMessageHandler qtMessageHandler = nullptr;

void suppressHeadlessNoise()
{
    qtMessageHandler = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                return;
            if (qtMessageHandler)
                qtMessageHandler(type, context, message);
            else
                std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        });
}

QCoreApplication *startApplication(char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication takes its own options (-session, -platform, ...) out of argv; a command's
    // --session must reach the command, so it sees the program name only.
    static int programOnly = 1;
    suppressHeadlessNoise();
    return new QGuiApplication(programOnly, argv);
}

// Fonts and painting need a QGuiApplication; without one Qt aborts.
MaybeError refuseWithoutGui(const QString &path)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return std::nullopt;
    return FileError{path, concord::tr("cannot paint a PDF: the program did not start QtGui")};
}

MaybeError agreementReportPdf(const Json &report, const QString &path)
{
    if (MaybeError error = refuseWithoutGui(path))
        return error;
    return writeAgreementReportPdf(report, path);
}

MaybeError qualityReportPdf(const Json &report, const QString &path)
{
    if (MaybeError error = refuseWithoutGui(path))
        return error;
    return writeQualityReportPdf(report, path);
}

const ReportPdfTable table = {ReportPdfTable::CurrentVersion, startApplication, agreementReportPdf,
                              qualityReportPdf};

} // namespace

} // namespace concord

extern "C" Q_DECL_EXPORT const void *concordReportPdf()
{
    return &concord::table;
}
