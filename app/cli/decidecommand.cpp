// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommand.h"
#include "app/cli/projectopening.h"

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
                    const QCommandLineParser &parser, const QCommandLineOption &category,
                    const QCommandLineOption &note, const QCommandLineOption &finding,
                    const QCommandLineOption &take, const QCommandLineOption &consensus)
{
    QualityWorkflow workflow(workspace);
    const Expected<ItemRoute> route = workflow.route(itemId);
    if (!route)
        return failWith(route.error().toString());
    if (route->state != *stateFor(kind))
        return failWith(
            concord::tr("item \"%1\" is %2 (%3), so \"%4\" does not apply to it")
                .arg(itemId, itemStateKey(route->state), route->reason, decisionKindKey(kind)));
    std::vector<ReviewFinding> findings;
    for (const QString &text : parser.values(finding)) {
        const std::optional<ReviewFinding> parsed = parseFinding(text);
        if (!parsed)
            return failWith(concord::tr("\"%1\" is not READER:CATEGORY[:TARGET]").arg(text));
        findings.push_back(*parsed);
    }
    const Role role = workspace.currentAnnotator()->role;
    if (kind == DecisionKind::Adjudication && role != Role::Adjudicator && role != Role::Lead)
        return failWith(concord::tr("%1 is %2: adjudication is for adjudicators and leads")
                            .arg(workspace.currentAnnotator()->id, roleDisplayName(role)));
    if (kind == DecisionKind::Adjudication && (parser.isSet(take) || parser.isSet(consensus))) {
        // The answer taken becomes the adjudicator's own work, as in the window.
        Expected<ItemWork> answer = parser.isSet(consensus) ? [&]() -> Expected<ItemWork> {
            Expected<Consensus> c = workflow.consensus(itemId);
            if (!c)
                return c.error();
            return c->work;
        }()
            : workflow.readerAnswer(itemId, parser.value(take));
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
    } else if (parser.isSet(take) || parser.isSet(consensus)) {
        return failWith(concord::tr("--take and --consensus go with adjudication only"));
    }
    if (MaybeError error =
            workflow.decide(kind, itemId, parser.value(category), parser.value(note), findings))
        return failWith(error->toString());
    const Expected<ItemRoute> after = workflow.route(itemId);
    standardOutput() << concord::tr("Recorded %1 on %2: now %3 (%4)\n")
                            .arg(decisionKindKey(kind), itemId,
                                 after ? itemStateKey(after->state) : QString(),
                                 after ? after->reason : QString());
    return ExitOk;
}

} // namespace

int runDecideCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(concord::tr(
        "Record a quality decision on an item as a reviewer, adjudicator or lead, as the "
        "window's decision panel does (docs/quality.md):\n"
        "  decide <project> <item> review.accept|review.reject|adjudication|qc.correct|"
        "qc.error --as ID [--category C] [--note TEXT] [--finding READER:CATEGORY[:TARGET]]... "
        "[--take READER | --consensus]\n"
        "The item is given by id or by its file path in the project."));
    addProjectArgument(parser);
    parser.addPositionalArgument(QStringLiteral("item"), concord::tr("Item id or file path."));
    parser.addPositionalArgument(QStringLiteral("kind"), concord::tr("The decision."));
    const QCommandLineOption as(QStringLiteral("as"), concord::tr("Who decides (annotator id)."),
                                QStringLiteral("annotator"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        concord::tr(
            "Error category of a review rejection or a QC error (missed-finding, false-finding, "
            "wrong-label, inaccurate-boundary, guideline-not-followed)."),
        QStringLiteral("category"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  concord::tr("A note kept with the decision."),
                                  QStringLiteral("text"));
    const QCommandLineOption finding(
        QStringLiteral("finding"),
        concord::tr(
            "With a review: an error held against one reader, READER:CATEGORY[:TARGET] with "
            "TARGET labels, box:ID, polygon:ID or mask:ID (repeat for more)."),
        QStringLiteral("finding"));
    const QCommandLineOption take(
        QStringLiteral("take"), concord::tr("With adjudication: settle with this reader's answer."),
        QStringLiteral("reader"));
    const QCommandLineOption consensus(
        QStringLiteral("consensus"),
        concord::tr("With adjudication: settle with the readers' consensus."));
    parser.addOptions({as, category, note, finding, take, consensus});
    if (auto exit = parseArguments(parser, QStringLiteral("decide"), arguments, 3, 3))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const std::optional<DecisionKind> kind = decisionKindFromKey(positional.at(2));
    if (!kind)
        return failWith(concord::tr("unknown decision \"%1\"; use review.accept, review.reject, "
                                    "adjudication, qc.correct or qc.error")
                            .arg(positional.at(2)));
    if (!parser.isSet(as))
        return failWith(concord::tr("decide needs --as <annotator>: who decides"));
    if (parser.isSet(take) && parser.isSet(consensus))
        return failWith(concord::tr("--take and --consensus exclude each other"));
    // Decisions on a damaged project would rest on routes that are wrong without saying so.
    OpenedProject opened = openProjectForCommand(positional.at(0), false);
    if (!opened.workspace)
        return opened.exitCode;
    Workspace &workspace = *opened.workspace;
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
    if (MaybeError error = workspace.startSession(parser.value(as)))
        return failWith(error->toString());
    const int exitCode =
        decideInSession(workspace, itemId, *kind, parser, category, note, finding, take, consensus);
    if (MaybeError error = workspace.endSession())
        return failWith(error->toString());
    return exitCode;
}

} // namespace concord::cli
