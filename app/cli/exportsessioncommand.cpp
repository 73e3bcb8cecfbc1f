// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

#include "core/storage/sessionarchive.h"
#include "core/util/translation.h"

namespace concord::cli {

int runExportSessionCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Write one annotator's session journals, with the mask blobs they refer to, into a "
        "single checksummed archive, to carry field work back to the team (see import-session)."));
    addProjectArgument(parser);
    const QCommandLineOption annotator(QStringLiteral("annotator"),
                                       concord::tr("Annotator whose sessions to export."),
                                       QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), concord::tr("Archive file to write."),
                                 QStringLiteral("archive"));
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOption(annotator);
    parser.addOption(out);
    parser.addOption(allowDamaged);
    if (auto exit = parseArguments(parser, QStringLiteral("export-session"), arguments, 1, 1))
        return *exit;
    if (!parser.isSet(annotator) || !parser.isSet(out)) {
        standardError() << "concord-cli export-session: "
                        << concord::tr("--annotator and --out are required") << '\n'
                        << parser.helpText();
        standardError().flush();
        return ExitUsage;
    }
    // A damaged project is refused like every other reader of one: an archive made from it
    // would carry the damage to the team's copy without a word (docs/storage.md, "Damage is
    // never silent").
    const QString project = parser.positionalArguments().constFirst();
    if (OpenedProject opened = openProjectForCommand(project, parser.isSet(allowDamaged));
        !opened.workspace)
        return opened.exitCode;
    Expected<SessionArchiveSummary> summary =
        exportSessionArchive(project, parser.value(annotator), parser.value(out));
    if (!summary)
        return failWith(summary.error().toString());
    standardOutput() << concord::tr(
                            "%1 session journals (%2 bytes) and %3 mask blobs (%4 bytes) written "
                            "to %5\n")
                            .arg(summary->files)
                            .arg(summary->journalBytes)
                            .arg(summary->blobs)
                            .arg(summary->blobBytes)
                            .arg(parser.value(out));
    return ExitOk;
}

} // namespace concord::cli
