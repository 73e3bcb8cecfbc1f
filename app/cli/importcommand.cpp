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
        concord::tr("Import every image under <folder> into the project. "
                    "Files already imported (same content) are skipped."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("folder"), concord::tr("Folder of images."));
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOption(allowDamaged);
    if (auto exit = parseArguments(parser, QStringLiteral("import"), arguments, 2, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    OpenedProject opened = openProjectForCommand(positional[0], parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    Expected<ImportReport> report = importFolder(*opened.workspace, positional[1]);
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
    return ExitOk;
}

} // namespace concord::cli
