// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/curation/curationmerge.h"
#include "core/storage/projectmerger.h"
#include "core/util/translation.h"

#include <QCoreApplication>

namespace concord::cli {

int runMergeCommand(const QStringList &arguments)
{
    CommandLine line(QStringLiteral("merge"),
                     concord::tr("Bring another copy's work (journals, the mask blobs they refer "
                                 "to, items, annotators, item keys, split versions) into the "
                                 "project. Merging twice changes nothing; a copy of another "
                                 "project is refused; conflicts keep this project's version "
                                 "(docs/curation.md, \"Merging copies\")."),
                     {{QStringLiteral("project"), concord::tr("Project folder to merge into.")},
                      {QStringLiteral("other"), concord::tr("Another copy of the same project.")}},
                     {});
    if (auto exit = line.parse(arguments, 2, 2))
        return *exit;
    const QStringList positional = line.positional();
    Expected<MergeReport> report =
        mergeProjectCopy(positional[0], positional[1], mergeCurationFiles);
    if (!report)
        return failWith(report.error().toString());
    for (const FileError &kept : report->linesKept)
        standardError() << concord::tr("warning: %1\n").arg(kept.toString());
    for (const FileError &conflict : report->conflicts)
        standardError() << concord::tr("conflict: %1\n").arg(conflict.toString());
    standardOutput()
        << concord::tr("%1 journals added, %2 extended, %3 unchanged; %4 items, %5 annotators, "
                       "%6 guideline versions, %7 blobs, %8 item keys, %9 split versions "
                       "added")
               .arg(report->journalsAdded)
               .arg(report->journalsExtended)
               .arg(report->journalsUnchanged)
               .arg(report->itemsAdded)
               .arg(report->annotatorsAdded)
               .arg(report->guidelineVersionsAdded)
               .arg(report->blobsAdded)
               .arg(report->itemKeysAdded)
               .arg(report->splitVersionsAdded)
        << concord::tr("; %n pre-label set(s) added", nullptr, report->prelabelSetsAdded)
        << (report->labelingRulesAdded ? concord::tr("; the labeling rules added") : QString())
        << '\n';
    return report->conflicts.empty() ? ExitOk : ExitBadInput;
}

} // namespace concord::cli
