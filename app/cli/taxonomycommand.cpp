// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/taxonomyhealth.h"
#include "core/quality/taxonomyhealthjson.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

QString percent(double value)
{
    return QStringLiteral("%1%").arg(value * 100, 0, 'f', 1);
}

void printHealth(const TaxonomyHealth &health, const Project &project)
{
    QTextStream &out = standardOutput();
    const Taxonomy &taxonomy = project.taxonomy;
    out << concord::tr("Taxonomy health of %1: %2 readers, %3 items read by two or more\n")
               .arg(project.name)
               .arg(health.readers)
               .arg(health.comparedItems);
    if (health.needsTwoReaders)
        out << concord::tr(
            "Confusion needs two readers on an item: no item has been read by two yet.\n");
    out << concord::tr(
        "Most confused pairs (rate against the chance rate at the observed disagreement, "
        "simultaneous 95% interval):\n");
    if (health.confusable.empty())
        out << concord::tr("  none\n");
    for (const ConfusablePair &pair : health.confusable) {
        out << concord::tr(
                   "  %1  <->  %2 (%3): %4 against %5 expected [%6, %7], %8 of %9 comparisons, "
                   "items: %10%11\n")
                   .arg(taxonomy.pathOf(pair.labelA), taxonomy.pathOf(pair.labelB),
                        confusionKindKey(pair.kind), percent(pair.rate), percent(pair.expected),
                        percent(pair.lower), percent(pair.upper))
                   .arg(pair.confusions)
                   .arg(pair.comparisons)
                   .arg(pair.itemIds.size())
                   .arg(pair.flagged ? concord::tr("  CONFUSED") : QString());
    }
    if (project.classificationMode == ClassificationMode::SingleLabel)
        out << concord::tr("Items whose readers split between two labels: %1\n")
                   .arg(health.splitItems);
    out << concord::tr("Uncovered: skipped items %1, items submitted without any label %2\n")
               .arg(health.skippedItemIds.size())
               .arg(health.unlabeledItemIds.size());
    if (!health.catchAllLabelIds.empty()) {
        QStringList names;
        for (int id : health.catchAllLabelIds)
            names.append(taxonomy.pathOf(id));
        out << concord::tr("Catch-all labels (%1), share of submitted items:\n")
                   .arg(names.join(concord::tr(", ")));
        for (const CatchAllShare &row : health.catchAllByReader)
            out << concord::tr("  %1: %2 of %3\n")
                       .arg(row.readerId)
                       .arg(row.share.successes)
                       .arg(row.share.trials);
        for (const CatchAllShare &row : health.catchAllByWeek)
            out << concord::tr("  %1: %2 of %3\n")
                       .arg(row.week)
                       .arg(row.share.successes)
                       .arg(row.share.trials);
    }
    for (const RecurringTerm &term : health.recurringTerms)
        out << concord::tr("Notes keep naming \"%1\" (items: %2): a missing label?\n")
                   .arg(term.term)
                   .arg(term.items);
    out << concord::tr("Warnings:\n");
    if (health.warnings.empty())
        out << concord::tr("  none\n");
    for (const TaxonomyWarning &warning : health.warnings)
        out << QStringLiteral("  %1: %2\n")
                   .arg(taxonomyWarningKindKey(warning.kind), warning.message);
}

// `taxonomy check`: pairs readers confuse beyond chance, items no label fits, catch-all use and
// the taxonomy's structure.
int checkTaxonomy(const CommandLine &line, const Workspace &workspace)
{
    const TaxonomyHealth health = analyzeTaxonomyHealth(workspace.project(), workspace.items(),
                                                        WorkspaceInternals::store(workspace));
    if (line.json())
        return printJson(taxonomyHealthToJson(health, workspace.project(), workspace.items()));
    printHealth(health, workspace.project());
    return ExitOk;
}

} // namespace

// taxonomyeditcommand.cpp: the options and actions that list and change labels.
QList<QCommandLineOption> taxonomyEditOptions();
QList<ActionSpec> taxonomyEditActions();

int runTaxonomyCommand(const QStringList &arguments)
{
    const QList<ActionSpec> actions =
        QList<ActionSpec>{{QStringLiteral("check"), 0, 0, {}, checkTaxonomy}} +
        taxonomyEditActions();
    CommandLine line(
        QStringLiteral("taxonomy"),
        concord::tr(
            "Check the taxonomy against how readers used it, list it, or change it as the window's "
            "taxonomy editor does. A change is published with a new guideline version (its text "
            "unchanged) by the lead --as names, so every version keeps the taxonomy it had.\n"
            "  taxonomy check <project> [--json]     pairs readers confuse beyond chance, items no "
            "label fits, catch-all use, the taxonomy's structure\n"
            "  taxonomy list <project> [--json]\n"
            "  taxonomy add <project> NAME --as LEAD [--parent LABEL] [--color #rrggbb] "
            "[--hotkey K] [--description TEXT] [--attribute SPEC]... [--segment-category CODE "
            "--segment-type CODE]\n"
            "  taxonomy rename <project> LABEL NEW-NAME --as LEAD\n"
            "  taxonomy edit <project> LABEL --as LEAD [--name NAME] [--color #rrggbb] [--hotkey "
            "K] "
            "[--description TEXT] [--parent LABEL | --top-level] [--before LABEL] "
            "[--attribute SPEC]... [--remove-attribute NAME]... [--segment-category CODE "
            "--segment-type CODE | --no-segment-codes]\n"
            "  taxonomy remove <project> LABEL --as LEAD      the label and everything below it\n"
            "  taxonomy leaf-only <project> on|off --as LEAD\n"
            "A LABEL is its id, its path (\"Finding/Nodule\") or its name when unique. Every "
            "change "
            "takes --summary TEXT for the version's change summary."),
        actionArguments(concord::tr("check, list, add, rename, edit, remove or leaf-only.")),
        QList<QCommandLineOption>{jsonOption(), allowDamagedOption()} + taxonomyEditOptions());
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
