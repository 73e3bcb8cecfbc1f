// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/storage/sessionarchive.h"
#include "core/util/translation.h"

namespace concord::cli {

int runExportSessionCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("export-session"),
        concord::tr("Write one annotator's session journals, with the mask blobs they "
                    "refer to, into a single checksummed archive, to carry field work "
                    "back to the team (see import-session)."),
        {projectArgument()},
        {{QStringLiteral("annotator"), concord::tr("Annotator whose sessions to export."),
          QStringLiteral("id")},
         {QStringLiteral("out"), concord::tr("Archive file to write."), QStringLiteral("archive")},
         allowDamagedOption()});
    if (auto exit = line.parse(arguments, 1, 1))
        return *exit;
    const QString annotator = line.value(QStringLiteral("annotator"));
    const QString out = line.value(QStringLiteral("out"));
    if (!line.isSet(QStringLiteral("annotator")) || !line.isSet(QStringLiteral("out")))
        return line.usageError(concord::tr("--annotator and --out are required"));
    // A damaged project is refused like every other reader of one: an archive made from it
    // would carry the damage to the team's copy without a word (docs/storage.md, "Damage is
    // never silent").
    const QString project = line.positional().constFirst();
    if (OpenedProject opened = line.openProject(project); !opened.workspace)
        return opened.exitCode;
    Expected<SessionArchiveSummary> summary = exportSessionArchive(project, annotator, out);
    if (!summary)
        return failWith(summary.error().toString());
    standardOutput() << concord::tr(
                            "%1 session journals (%2 bytes) and %3 mask blobs (%4 bytes) written "
                            "to %5\n")
                            .arg(summary->files)
                            .arg(summary->journalBytes)
                            .arg(summary->blobs)
                            .arg(summary->blobBytes)
                            .arg(out);
    return ExitOk;
}

} // namespace concord::cli
