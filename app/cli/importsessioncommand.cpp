// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/storage/sessionarchive.h"
#include "core/util/translation.h"

namespace concord::cli {

int runImportSessionCommand(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("import-session"),
                     concord::tr("Bring a session archive made by export-session into the "
                                 "project. The archive is verified completely before anything is "
                                 "written; importing twice changes nothing; an archive of another "
                                 "project is refused."),
                     {{QStringLiteral("project"), concord::tr("Project folder to import into.")},
                      {QStringLiteral("archive"), concord::tr("Session archive file.")}},
                     {});
    if (auto exit = line.parse(arguments, 2, 2))
        return *exit;
    const QStringList positional = line.positional();
    Expected<MergeReport> report = importSessionArchive(positional[0], positional[1]);
    if (!report)
        return failWith(report.error().toString());
    for (const FileError &conflict : report->conflicts)
        standardError() << concord::tr("conflict: %1\n").arg(conflict.toString());
    standardOutput()
        << concord::tr(
               "%1 journals added, %2 extended, %3 unchanged; %4 annotators, %5 blobs added\n")
               .arg(report->journalsAdded)
               .arg(report->journalsExtended)
               .arg(report->journalsUnchanged)
               .arg(report->annotatorsAdded)
               .arg(report->blobsAdded);
    return report->conflicts.empty() ? ExitOk : ExitBadInput;
}

} // namespace concord::cli
