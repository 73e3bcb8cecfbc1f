// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "core/project/workspace.h"
#include "core/quality/answeradoption.h"
#include "core/quality/qualityworkflow.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

// The state an item must be in for a decision of this kind, so a script cannot record a
// verdict the window would never offer.
std::optional<ItemState> stateFor(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::ReviewAccept:
    case DecisionKind::ReviewReject: return ItemState::Review;
    case DecisionKind::Adjudication: return ItemState::Adjudication;
    case DecisionKind::QcCorrect:
    case DecisionKind::QcError: return ItemState::Qc;
    }
    return std::nullopt;
}

// READER:CATEGORY[:TARGET], TARGET being "labels", "box:<id>", "polygon:<id>" or "mask:<id>".
std::optional<ReviewFinding> parseFinding(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 4 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    return ReviewFinding{parts[0], parts[1], parts.mid(2).join(QLatin1Char(':'))};
}

// Records the decision in an open session of `who`; the caller ends the session.
int decideInSession(Workspace &workspace, const QString &itemId, DecisionKind kind,
                    const CommandLine &line)
{
    const bool take = line.isSet(QStringLiteral("take"));
    const bool consensus = line.isSet(QStringLiteral("consensus"));
    QualityWorkflow workflow(workspace);
    const Expected<ItemRoute> route = workflow.route(itemId);
    if (!route)
        return failWith(route.error().toString());
    if (route->state != *stateFor(kind))
        return failWith(
            concord::tr("item \"%1\" is %2 (%3), so \"%4\" does not apply to it")
                .arg(itemId, itemStateKey(route->state), route->reason, decisionKindKey(kind)));
    std::vector<ReviewFinding> findings;
    for (const QString &text : line.values(QStringLiteral("finding"))) {
        const std::optional<ReviewFinding> parsed = parseFinding(text);
        if (!parsed)
            return failWith(concord::tr("\"%1\" is not READER:CATEGORY[:TARGET]").arg(text));
        findings.push_back(*parsed);
    }
    const Role role = workspace.currentAnnotator()->role;
    if (kind == DecisionKind::Adjudication && role != Role::Adjudicator && role != Role::Lead)
        return failWith(concord::tr("%1 is %2: adjudication is for adjudicators and leads")
                            .arg(workspace.currentAnnotator()->id, roleDisplayName(role)));
    if (kind == DecisionKind::Adjudication && (take || consensus)) {
        // The answer taken becomes the adjudicator's own work, as in the window.
        Expected<ItemWork> answer = consensus ? [&]() -> Expected<ItemWork> {
            Expected<Consensus> c = workflow.consensus(itemId);
            if (!c)
                return c.error();
            return c->work;
        }()
            : workflow.readerAnswer(itemId, line.value(QStringLiteral("take")));
        if (!answer)
            return failWith(answer.error().toString());
        for (const ReversibleEdit &edit : editsToAdopt(itemId, workspace.myWork(itemId), *answer)) {
            if (MaybeError error = workspace.commit(edit.forward))
                return failWith(error->toString());
        }
    } else if (kind == DecisionKind::Adjudication && !workspace.myWork(itemId)) {
        return failWith(
            concord::tr("an adjudication settles the item with the adjudicator's own answer: "
                        "give --take READER or --consensus"));
    } else if (take || consensus) {
        return failWith(concord::tr("--take and --consensus go with adjudication only"));
    }
    if (MaybeError error = workflow.decide(kind, itemId, line.value(QStringLiteral("category")),
                                           line.value(QStringLiteral("note")), findings))
        return failWith(error->toString());
    const Expected<ItemRoute> after = workflow.route(itemId);
    standardOutput() << concord::tr("Recorded %1 on %2: now %3 (%4)\n")
                            .arg(decisionKindKey(kind), itemId,
                                 after ? itemStateKey(after->state) : QString(),
                                 after ? after->reason : QString());
    return ExitOk;
}

// The decision is one of the five, made by someone (--as), and takes at most one answer.
std::optional<int> checkDecision(const CommandLine &line)
{
    const QString kind = line.positional().at(2);
    if (!decisionKindFromKey(kind))
        return failWith(concord::tr("unknown decision \"%1\"; use review.accept, review.reject, "
                                    "adjudication, qc.correct or qc.error")
                            .arg(kind));
    if (!line.isSet(QStringLiteral("as")))
        return failWith(concord::tr("decide needs --as <annotator>: who decides"));
    if (line.isSet(QStringLiteral("take")) && line.isSet(QStringLiteral("consensus")))
        return failWith(concord::tr("--take and --consensus exclude each other"));
    return std::nullopt;
}

// `decide <project> <item> <kind>`, in a session of the person --as names. A damaged project is
// refused (the command offers no --allow-damaged): decisions on it would rest on routes that
// are wrong without saying so.
int decide(const CommandLine &line, Workspace &workspace)
{
    const QStringList positional = line.positional();
    const DecisionKind kind = *decisionKindFromKey(positional.at(2));
    QString itemId = positional.at(1);
    if (!workspace.items().find(itemId)) {
        for (const Item &item : workspace.items().items()) {
            if (item.path == itemId)
                itemId = item.id;
        }
    }
    if (!workspace.items().find(itemId))
        return failWith(concord::tr("%1 has no item \"%2\"")
                            .arg(workspace.folder().itemsFile(), positional.at(1)));
    return runAs(workspace, line.value(QStringLiteral("as")),
                 [&] { return decideInSession(workspace, itemId, kind, line); });
}

} // namespace

int runDecideCommand(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("decide"),
        concord::tr(
            "Record a quality decision on an item as a reviewer, adjudicator or lead, as the "
            "window's decision panel does (docs/quality.md):\n"
            "  decide <project> <item> review.accept|review.reject|adjudication|qc.correct|"
            "qc.error --as ID [--category C] [--note TEXT] [--finding READER:CATEGORY[:TARGET]]... "
            "[--take READER | --consensus]\n"
            "The item is given by id or by its file path in the project."),
        {projectArgument(),
         {QStringLiteral("item"), concord::tr("Item id or file path.")},
         {QStringLiteral("kind"), concord::tr("The decision.")}},
        {asOption(concord::tr("Who decides (annotator id).")),
         {QStringLiteral("category"),
          concord::tr("Error category of a review rejection or a QC error (missed-finding, "
                      "false-finding, wrong-label, inaccurate-boundary, guideline-not-followed)."),
          QStringLiteral("category")},
         {QStringLiteral("note"), concord::tr("A note kept with the decision."),
          QStringLiteral("text")},
         {QStringLiteral("finding"),
          concord::tr("With a review: an error held against one reader, READER:CATEGORY[:TARGET] "
                      "with TARGET labels, box:ID, polygon:ID or mask:ID (repeat for more)."),
          QStringLiteral("finding")},
         {QStringLiteral("take"),
          concord::tr("With adjudication: settle with this reader's answer."),
          QStringLiteral("reader")},
         {QStringLiteral("consensus"),
          concord::tr("With adjudication: settle with the readers' consensus.")}});
    return line.runOnProject(arguments, 3, 3, decide, checkDecision);
}

} // namespace concord::cli
