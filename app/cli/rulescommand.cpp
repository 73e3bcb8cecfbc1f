// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli rules: the project's labeling rules (docs/labeling-rules.md): list, add and
// remove them, and apply them, which fits the label model on their votes and writes its labels
// as a pre-label set the window offers as suggestions.
#include "app/cli/commandline.h"

#include "core/labelingrules/ruleapplication.h"
#include "core/labelingrules/ruleexpression.h"
#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/util/translation.h"

namespace concord::cli {

namespace {

// Changing the rules or writing the label model's set is a lead's work: the rules decide what
// every reader is offered.
std::optional<int> refuseUnlessLead(const Workspace &workspace)
{
    const Annotator *who = workspace.currentAnnotator();
    if (who && who->role == Role::Lead)
        return std::nullopt;
    return failWith(
        concord::tr("%1 is %2: labeling rules are changed and applied by leads")
            .arg(who ? who->id : QString(), who ? roleDisplayName(who->role) : QString()));
}

Expected<LabelingRuleSet> readCheckedRules(const Workspace &workspace)
{
    Expected<LabelingRuleSet> rules = readLabelingRules(workspace.folder());
    if (!rules)
        return rules;
    if (MaybeError problem = checkRuleLabels(*rules, workspace.project().taxonomy,
                                             workspace.folder().labelingRulesFile()))
        return *problem;
    return rules;
}

// `rules list`.
int listRules(const CommandLine &line, const Workspace &workspace)
{
    const Expected<LabelingRuleSet> rules = readLabelingRules(workspace.folder());
    if (!rules)
        return failWith(rules.error().toString());
    if (line.json()) {
        Json list = Json::array();
        for (const LabelingRule &rule : rules->rules)
            list.push_back({{"name", toStd(rule.name)},
                            {"label", toStd(rule.label)},
                            {"when", toStd(ruleConditionText(rule.when))}});
        return printJson(Json{{"revision", rules->revision}, {"rules", list}});
    }
    if (rules->rules.empty()) {
        standardOutput() << concord::tr("No labeling rules yet; add one with rules add\n");
        return ExitOk;
    }
    for (const LabelingRule &rule : rules->rules)
        standardOutput() << concord::tr("%1  -> %2  when %3\n")
                                .arg(rule.name, rule.label, ruleConditionText(rule.when));
    return ExitOk;
}

// `rules add NAME LABEL --when CONDITION`.
int addRule(const CommandLine &line, Workspace &workspace)
{
    LabelingRule rule;
    rule.name = line.action().rest.at(0).trimmed();
    rule.label = line.action().rest.at(1).trimmed();
    if (const QString problem = parseRuleCondition(line.value(QStringLiteral("when")), &rule.when);
        !problem.isEmpty())
        return failWith(concord::tr("--when: %1").arg(problem));
    if (const QString problem = ruleProblem(rule); !problem.isEmpty())
        return failWith(problem);
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        if (auto refused = refuseUnlessLead(workspace))
            return *refused;
        LabelingRuleSet one;
        one.rules.push_back(rule);
        if (MaybeError problem = checkRuleLabels(one, workspace.project().taxonomy,
                                                 workspace.folder().labelingRulesFile()))
            return failWith(problem->toString());
        const Expected<LabelingRuleSet> written = updateLabelingRules(
            workspace.folder(), [&](LabelingRuleSet &rules) -> std::optional<QString> {
                if (rules.find(rule.name))
                    return concord::tr("a rule named \"%1\" exists already").arg(rule.name);
                rules.rules.push_back(rule);
                return std::nullopt;
            });
        if (!written)
            return failWith(written.error().toString());
        standardOutput() << concord::tr("Added rule \"%1\" (rules revision %2)\n")
                                .arg(rule.name)
                                .arg(written->revision);
        return ExitOk;
    });
}

// `rules remove NAME`.
int removeRule(const CommandLine &line, Workspace &workspace)
{
    const QString name = line.action().rest.at(0).trimmed();
    return runAs(workspace, line.value(QStringLiteral("as")), [&] {
        if (auto refused = refuseUnlessLead(workspace))
            return *refused;
        const Expected<LabelingRuleSet> written = updateLabelingRules(
            workspace.folder(), [&](LabelingRuleSet &rules) -> std::optional<QString> {
                const auto before = rules.rules.size();
                std::erase_if(rules.rules,
                              [&](const LabelingRule &rule) { return rule.name == name; });
                if (rules.rules.size() == before)
                    return concord::tr("no rule is named \"%1\"").arg(name);
                return std::nullopt;
            });
        if (!written)
            return failWith(written.error().toString());
        standardOutput() << concord::tr("Removed rule \"%1\" (rules revision %2)\n")
                                .arg(name)
                                .arg(written->revision);
        return ExitOk;
    });
}

Json optionalNumber(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

// `rules apply`: votes, the analysis per rule, the label model, and its pre-label set.
int applyRules(const CommandLine &line, Workspace &workspace)
{
    bool numberOk = false;
    const double minProbability =
        line.isSet(QStringLiteral("min-probability"))
            ? line.value(QStringLiteral("min-probability")).toDouble(&numberOk)
            : 0.5;
    if (line.isSet(QStringLiteral("min-probability")) &&
        (!numberOk || minProbability < 0 || minProbability > 1))
        return line.usageError(concord::tr("--min-probability takes a number from 0 to 1"));
    const Expected<LabelingRuleSet> rules = readCheckedRules(workspace);
    if (!rules)
        return failWith(rules.error().toString());
    if (rules->rules.empty())
        return failWith(concord::tr("%1: no labeling rules to apply; add one with rules add")
                            .arg(workspace.folder().labelingRulesFile()));
    RuleInputs inputs{
        workspace.folder(), workspace.project().taxonomy, workspace.items().items(), {}, {}};
    Expected<ItemKeyMap> keys = readItemKeys(workspace.folder());
    if (!keys)
        return failWith(keys.error().toString());
    inputs.keys = std::move(*keys);
    Expected<std::vector<PrelabelSet>> sets = readPrelabelSets(workspace.folder().root());
    if (!sets)
        return failWith(sets.error().toString());
    inputs.prelabels = std::move(*sets);

    const RuleVotes votes = applyLabelingRules(*rules, inputs);
    for (const FileError &problem : votes.headerProblems)
        standardError() << concord::tr("warning: header not read: %1\n").arg(problem.toString());
    const RuleAnalysis analysis =
        analyseRules(votes, knownLabels(workspace.project(), workspace.items(),
                                        WorkspaceInternals::store(workspace), votes));
    // Each rule votes for one label only, and then every vote is explained as well by a model
    // where all items have one label and the rules of the others are always wrong: the
    // accuracies are held at chance or better, as Snorkel assumes its sources are
    // (docs/weak-supervision.md, "Rules vote for one label").
    LabelModelOptions options;
    if (votes.votes.categoryCount() > 0)
        options.minimumAccuracy = 1.0 / votes.votes.categoryCount();
    const LabelModelResult fit = fitLabelModel(votes.votes, options);
    const bool write = !line.isSet(QStringLiteral("dry-run"));
    PrelabelSet set;
    if (write) {
        set = labelModelPrelabelSet(votes, fit, rules->revision, minProbability);
        const int code = runAs(workspace, line.value(QStringLiteral("as")), [&] {
            if (auto refused = refuseUnlessLead(workspace))
                return *refused;
            if (Expected<void> written = writePrelabelSetUnderNewId(workspace.folder().root(), set);
                !written)
                return failWith(written.error().toString());
            return int(ExitOk);
        });
        if (code != ExitOk)
            return code;
    }

    if (line.json()) {
        Json rulesJson = Json::array();
        for (size_t i = 0; i < analysis.onAccepted.sources.size(); ++i) {
            const SourceAnalysis &source = analysis.onAccepted.sources[i];
            const SourceAnalysis &onGold = analysis.onGold.sources.at(i);
            rulesJson.push_back(
                {{"rule", toStd(source.name)},
                 {"votes", source.votes},
                 {"coverage", source.coverage},
                 {"overlaps", source.overlaps},
                 {"conflicts", source.conflicts},
                 {"accuracy_on_gold", optionalNumber(onGold.empiricalAccuracy)},
                 {"accuracy_on_accepted", optionalNumber(source.empiricalAccuracy)},
                 {"learned_accuracy",
                  i < fit.sources.size() ? Json(fit.sources[i].accuracy) : Json(nullptr)}});
        }
        return printJson(
            Json{{"revision", rules->revision},
                 {"items", votes.votes.unitCount()},
                 {"coverage", analysis.onAccepted.coverage},
                 {"overlap", analysis.onAccepted.overlap},
                 {"conflict", analysis.onAccepted.conflict},
                 {"gold_items", analysis.known.referenceItems},
                 {"accepted_items", analysis.known.referenceItems + analysis.known.truthItems +
                                        analysis.known.agreedItems},
                 {"rules", rulesJson},
                 {"prelabel_set", write ? Json(toStd(set.id)) : Json(nullptr)},
                 {"suggestions", set.suggestions.size()}});
    }
    QTextStream &out = standardOutput();
    out << concord::tr("%n item(s), rules revision %1: the rules together cover %2 %, overlap "
                       "on %3 %, conflict on %4 %\n",
                       nullptr, votes.votes.unitCount())
               .arg(rules->revision)
               .arg(100 * analysis.onAccepted.coverage, 0, 'f', 1)
               .arg(100 * analysis.onAccepted.overlap, 0, 'f', 1)
               .arg(100 * analysis.onAccepted.conflict, 0, 'f', 1);
    out << concord::tr("rule  votes  coverage  conflicts  accuracy on gold  on accepted  "
                       "learned\n");
    const auto percent = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 3) : QStringLiteral("-");
    };
    for (size_t i = 0; i < analysis.onAccepted.sources.size(); ++i) {
        const SourceAnalysis &source = analysis.onAccepted.sources[i];
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(source.name)
                   .arg(source.votes)
                   .arg(source.coverage, 0, 'f', 3)
                   .arg(source.conflicts, 0, 'f', 3)
                   .arg(percent(analysis.onGold.sources.at(i).empiricalAccuracy),
                        percent(source.empiricalAccuracy),
                        i < fit.sources.size() ? QString::number(fit.sources[i].accuracy, 'f', 3)
                                               : QStringLiteral("-"));
    }
    for (const QString &warning : fit.warnings)
        standardError() << concord::tr("warning: %1\n").arg(warning);
    if (write)
        out << concord::tr("Wrote pre-label set %1: %n suggestion(s) at probability %2 or more\n",
                           nullptr, int(set.suggestions.size()))
                   .arg(set.id)
                   .arg(minProbability, 0, 'f', 2);
    return ExitOk;
}

} // namespace

int runRulesCommand(const QStringList &arguments)
{
    const QString asMissing = concord::tr("needs --as <lead>: who changes the rules");
    const QList<ActionSpec> actions = {
        {QStringLiteral("list"), 0, 0, {}, listRules},
        {QStringLiteral("add"), 2, 2, asMissing, addRule,
         [](const CommandLine &line) -> std::optional<int> {
             if (!line.isSet(QStringLiteral("when")))
                 return line.usageError(concord::tr("add needs --when CONDITION"));
             return std::nullopt;
         }},
        {QStringLiteral("remove"), 1, 1, asMissing, removeRule},
        {QStringLiteral("apply"),
         0,
         0,
         {},
         applyRules,
         [](const CommandLine &line) -> std::optional<int> {
             if (!line.isSet(QStringLiteral("dry-run")) && !line.isSet(QStringLiteral("as")))
                 return line.usageError(
                     concord::tr("apply needs --as <lead> (who writes the pre-label set), or "
                                 "--dry-run"));
             return std::nullopt;
         }}};
    CommandLine line(
        QStringLiteral("rules"),
        concord::tr(
            "Labeling rules (docs/labeling-rules.md): each votes for one label on the items its "
            "condition holds for; the label model weighs the rules by their agreement and its "
            "labels become a pre-label set, offered in the window as suggestions.\n"
            "  rules list <project> [--json]\n"
            "  rules add <project> NAME LABEL --when CONDITION --as LEAD\n"
            "  rules remove <project> NAME --as LEAD\n"
            "  rules apply <project> --as LEAD [--min-probability P] [--json]\n"
            "  rules apply <project> --dry-run [--json]\n"
            "CONDITION, e.g.: dicom:BodyPartExamined=CHEST and (file:*_pa.dcm or "
            "dicom:ViewPosition=PA); key:site=[Leeds,York] and not score:Pneumothorax>=0.8"),
        actionArguments(concord::tr("list, add, remove or apply."),
                        {QStringLiteral("arguments"), concord::tr("add: NAME LABEL; remove: NAME."),
                         QStringLiteral("[NAME [LABEL]]")}),
        {jsonOption(),
         asOption(concord::tr("The lead who changes or applies the rules.")),
         {QStringLiteral("when"), concord::tr("add: the rule's condition."),
          QStringLiteral("condition")},
         {QStringLiteral("min-probability"),
          concord::tr("apply: the least probability a label needs to be suggested (0.5)."),
          QStringLiteral("p")},
         {QStringLiteral("dry-run"),
          concord::tr("apply: report the votes and the analysis, write nothing.")},
         allowDamagedOption()});
    return line.runAction(arguments, actions);
}

} // namespace concord::cli
