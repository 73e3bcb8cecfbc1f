// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"
#include "app/cli/planlisting.h"

#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

#include <QDateTime>

namespace concord::cli {

namespace {

// `reference list`.
int listReferences(const CommandLine &line, const Workspace &workspace)
{
    const bool json = line.json();
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
        return printJson(Json{{"references", rows}});
    if (count == 0)
        standardOutput() << concord::tr("No reference label yet\n");
    return ExitOk;
}

// `reference set`: ITEM LABEL[,LABEL...], or "none".
int setReference(const CommandLine &line, Workspace &workspace)
{
    const ProjectAction &action = line.action();
    const Expected<QStringList> item = itemIds(workspace, {action.rest.at(0)});
    if (!item)
        return failWith(item.error().toString());
    std::vector<int> labelIds;
    if (action.rest.at(1) != QLatin1String("none")) {
        for (const QString &text : commaList(action.rest.at(1))) {
            const Expected<int> id =
                findLabel(workspace.project().taxonomy, text, workspace.folder().projectFile());
            if (!id)
                return failWith(id.error().toString());
            labelIds.push_back(*id);
        }
    }
    std::sort(labelIds.begin(), labelIds.end());
    labelIds.erase(std::unique(labelIds.begin(), labelIds.end()), labelIds.end());
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        if (MaybeError error = workspace.recordReferenceLabel(item->first(), labelIds,
                                                              line.value(QStringLiteral("note"))))
            return failWith(error->toString());
        standardOutput()
            << concord::tr("Recorded the reference label of %1\n").arg(action.rest.at(0));
        return ExitOk;
    });
}

} // namespace

int runReferenceCommand(const QStringList &arguments)
{
    const QList<ActionSpec> actions = {
        {QStringLiteral("list"), 0, 0, {}, listReferences},
        {QStringLiteral("set"), 2, 2,
         concord::tr("set needs --as <annotator>: who records the reference"), setReference}};
    CommandLine line(
        QStringLiteral("reference"),
        concord::tr(
            "Reference (gold) labels of items: the settled answer gold items and gold tests score "
            "readers against, recorded by leads and adjudicators as in the calibration review.\n"
            "  reference list <project> [--json]\n"
            "  reference set <project> ITEM LABEL[,LABEL...] --as LEAD|ADJUDICATOR [--note TEXT]\n"
            "ITEM is an item id or file path; LABEL an id, path or unique name; \"none\" records "
            "that none of the labels applies. A new reference replaces the item's earlier one."),
        actionArguments(concord::tr("list or set."),
                        {QStringLiteral("arguments"), concord::tr("set: ITEM LABELS."),
                         QStringLiteral("[ITEM LABELS]")}),
        {jsonOption(),
         asOption(concord::tr("set: the lead or adjudicator who records it.")),
         {QStringLiteral("note"), concord::tr("set: why, kept with the reference."),
          QStringLiteral("text")},
         allowDamagedOption()});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
