// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/planlisting.h"
#include "app/cli/projectactions.h"
#include "app/cli/projectopening.h"

#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QDateTime>

namespace concord::cli {

namespace {

int listReferences(const Workspace &workspace, bool json)
{
    const Taxonomy &taxonomy = workspace.project().taxonomy;
    const auto labelName = [&](int id) {
        return taxonomy.find(id) ? taxonomy.pathOf(id) : QString::number(id);
    };
    Json rows = Json::array();
    int count = 0;
    for (const Item &item : workspace.items().items()) {
        // With no session open nothing is hidden: the command line acts for whoever runs it.
        const std::optional<ReferenceLabel> reference = workspace.referenceLabel(item.id);
        if (!reference)
            continue;
        ++count;
        QStringList names;
        Json labels = Json::array();
        for (int id : reference->labelIds) {
            names.append(labelName(id));
            labels.push_back({{"id", id}, {"path", toStd(labelName(id))}});
        }
        const QString when =
            QDateTime::fromMSecsSinceEpoch(reference->provenance.modifiedMs, Qt::UTC)
                .toString(Qt::ISODate);
        if (json) {
            rows.push_back({{"item", toStd(item.id)},
                            {"path", toStd(item.path)},
                            {"labels", labels},
                            {"note", toStd(reference->note)},
                            {"by", toStd(reference->provenance.annotatorId)},
                            {"time", toStd(when)}});
            continue;
        }
        standardOutput() << concord::tr("%1  %2  (%3, %4)%5\n")
                                .arg(item.path,
                                     names.isEmpty() ? concord::tr("none of the labels")
                                                     : names.join(concord::tr(", ")),
                                     reference->provenance.annotatorId, when,
                                     reference->note.isEmpty()
                                         ? QString()
                                         : QStringLiteral(": ") + reference->note);
    }
    if (json)
        standardOutput() << QString::fromStdString(Json{{"references", rows}}.dump(2)) << '\n';
    else if (count == 0)
        standardOutput() << concord::tr("No reference label yet\n");
    return ExitOk;
}

} // namespace

int runReferenceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Reference (gold) labels of items: the settled answer gold items and gold tests score "
        "readers against, recorded by leads and adjudicators as in the calibration review.\n"
        "  reference list <project> [--json]\n"
        "  reference set <project> ITEM LABEL[,LABEL...] --as LEAD|ADJUDICATOR [--note TEXT]\n"
        "ITEM is an item id or file path; LABEL an id, path or unique name; \"none\" records "
        "that none of the labels applies. A new reference replaces the item's earlier one."));
    parser.addPositionalArgument(QStringLiteral("action"), concord::tr("list or set."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("arguments"), concord::tr("set: ITEM LABELS."),
                                 QStringLiteral("[ITEM LABELS]"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption as =
        asOption(concord::tr("set: the lead or adjudicator who records it."));
    const QCommandLineOption note(QStringLiteral("note"),
                                  concord::tr("set: why, kept with the reference."),
                                  QStringLiteral("text"));
    const QCommandLineOption allowDamaged = allowDamagedOption();
    parser.addOptions({json, as, note, allowDamaged});
    const QString command = QStringLiteral("reference");
    if (auto exit = parseArguments(parser, command, arguments, 2, 4))
        return *exit;
    const std::optional<ProjectAction> action =
        projectAction(parser, command, parser.positionalArguments(),
                      {QStringLiteral("list"), QStringLiteral("set")});
    if (!action)
        return ExitUsage;
    const bool set = action->action == QLatin1String("set");
    if (action->rest.size() != (set ? 2 : 0))
        return usageError(parser, command,
                          concord::tr("wrong number of arguments for %1").arg(action->action));
    if (set && !parser.isSet(as))
        return usageError(parser, command,
                          concord::tr("set needs --as <annotator>: who records the reference"));
    OpenedProject opened = openProjectForCommand(action->project, parser.isSet(allowDamaged));
    if (!opened.workspace)
        return opened.exitCode;
    Workspace &workspace = *opened.workspace;
    if (!set)
        return listReferences(workspace, parser.isSet(json));

    const Expected<QStringList> item = itemIds(workspace, {action->rest.at(0)});
    if (!item)
        return failWith(item.error().toString());
    std::vector<int> labelIds;
    if (action->rest.at(1) != QLatin1String("none")) {
        for (const QString &text : commaList(action->rest.at(1))) {
            const Expected<int> id =
                findLabel(workspace.project().taxonomy, text, workspace.folder().projectFile());
            if (!id)
                return failWith(id.error().toString());
            labelIds.push_back(*id);
        }
    }
    std::sort(labelIds.begin(), labelIds.end());
    labelIds.erase(std::unique(labelIds.begin(), labelIds.end()), labelIds.end());
    return runAs(workspace, parser.value(as), [&] {
        if (MaybeError error =
                workspace.recordReferenceLabel(item->first(), labelIds, parser.value(note)))
            return failWith(error->toString());
        standardOutput()
            << concord::tr("Recorded the reference label of %1\n").arg(action->rest.at(0));
        return ExitOk;
    });
}

} // namespace concord::cli
