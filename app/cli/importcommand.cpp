// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

#include "core/exchange/folderimporter.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord::cli {

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        concord::tr("Import images into the project: files, folders (with their subfolders) and "
                    "DICOMDIR files. Files already imported (same content) are skipped."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("sources"),
                                 concord::tr("Image files, folders or DICOMDIR files."),
                                 QStringLiteral("<source>..."));
    const QCommandLineOption copy(
        QStringLiteral("copy"),
        concord::tr("Copy the images into the project's images/ folder, so the project folder "
                    "holds everything it needs; without it, items refer to the images where "
                    "they lie."));
    parser.addOption(copy);
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOption(allowDamaged);
    if (auto exit = parseArguments(parser, QStringLiteral("import"), arguments, 2, 1 << 20))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    OpenedProject opened = openProjectForCommand(positional[0], parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    ImportOptions options;
    options.copyIntoProject = parser.isSet(copy);
    Expected<ImportReport> report = importImages(*opened.workspace, positional.mid(1), options);
    if (!report)
        return failWith(report.error().toString());
    for (const FileError &problem : report->unreadable)
        standardError() << concord::tr("skipped %1\n").arg(problem.toString());
    standardOutput() << concord::tr(
                            "%1 images imported, %2 already present, %3 unreadable, %4 DICOM files "
                            "without an image skipped\n")
                            .arg(report->added)
                            .arg(report->alreadyPresent)
                            .arg(report->unreadable.size())
                            .arg(report->notImages);
    if (options.copyIntoProject)
        standardOutput()
            << concord::tr("%1 copied into the project's images/ folder\n").arg(report->copied);
    return ExitOk;
}

} // namespace concord::cli
