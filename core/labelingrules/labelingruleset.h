// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Labeling rules kept in the project (docs/labeling-rules.md): each rule votes for one taxonomy
// label on the items its condition holds for and abstains on the others. The rules are one
// versioned JSON document, labeling-rules.json in the project folder, a shared file changed
// only under the project lock (docs/storage.md, "Shared state and the project lock").
#include "core/model/taxonomy.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/projectfolder.h"
#include "core/util/error.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace concord {

// What a predicate looks at.
enum class PredicateSource {
    ItemKey,   // an item key: built in (patient, study, series, group) or from a metadata CSV
    Dicom,     // an attribute of the item's DICOM header, by keyword or tag
    FileName,  // the item's file name (glob)
    FilePath,  // the item's path as the project records it (regular expression)
    ModelScore // the best score a pre-label set gives a label on the item
};

// How a predicate compares. Which ones a source takes: docs/labeling-rules.md, "Predicates".
enum class PredicateTest { Equals, In, Contains, Matches, Less, Greater, Glob, AtLeast };

// One test on one item. `pattern` is compiled once, when the rule is read or parsed.
struct RulePredicate
{
    PredicateSource source = PredicateSource::ItemKey;
    PredicateTest test = PredicateTest::Equals;
    QString field;       // key name; DICOM keyword or "(gggg,eeee)"; score: the label's name
    QStringList values;  // Equals, Contains, Glob: one; In: one or more; Matches: the pattern
    double number = 0;   // Less, Greater, AtLeast
    QString prelabelSet; // ModelScore: one set's id; empty for the best over every set
    QRegularExpression pattern; // Matches and Glob, compiled
};

// A condition tree: a predicate, or all / any / not of conditions.
struct RuleCondition
{
    enum class Kind { Predicate, All, Any, Not };
    Kind kind = Kind::Predicate;
    RulePredicate predicate;             // Predicate
    std::vector<RuleCondition> children; // All, Any: any number; Not: exactly one
};

struct LabelingRule
{
    QString name;  // unique in the document; the source's name in the analysis
    QString label; // the taxonomy label it votes for
    RuleCondition when;
};

struct LabelingRuleSet
{
    // Counts the changes to the document: 0 for a project without rules, then 1, 2, ... Each
    // label-model pre-label set records the revision it was made from.
    int revision = 0;
    std::vector<LabelingRule> rules;

    const LabelingRule *find(const QString &name) const;
};

// Limits that keep a hostile document from costing unbounded time or memory.
inline constexpr qint64 MaxRuleDocumentBytes = qint64(4) * 1024 * 1024;
inline constexpr int MaxRules = 1000;
inline constexpr int MaxConditionDepth = 32;
inline constexpr int MaxPatternLength = 1000;
// The label name that may not be a rule's label: a rule abstains where its condition fails.
inline constexpr const char *AbstainLabel = "abstain";

// ProjectFolder::labelingRulesFile(): labeling-rules.json; a project without one has no rules
// (revision 0). A damaged document, a rule without a name or label, two rules of one name, an
// unknown condition, or a regular expression that is invalid, longer than MaxPatternLength or prone
// to runaway backtracking is an error naming the file and the rule.
Expected<LabelingRuleSet> readLabelingRules(const ProjectFolder &folder);

// The problem with the rules' labels against the project's taxonomy: a label that is not in it
// (or may not be put on an image), naming the file and the rule. Nothing when all are known.
MaybeError checkRuleLabels(const LabelingRuleSet &rules, const Taxonomy &taxonomy,
                           const QString &path);

// Changes labeling-rules.json under the project lock, reading it again inside the lock so that
// rules other writers added meanwhile stay; `change` may refuse with a message (nothing is
// written then). The revision goes up by one. Returns the rules as written.
Expected<LabelingRuleSet>
updateLabelingRules(const ProjectFolder &folder,
                    const std::function<std::optional<QString>(LabelingRuleSet &)> &change);

// A rule as JSON, and back. ruleFromJson throws JsonFieldError with a message naming the rule.
Json ruleToJson(const LabelingRule &rule);
LabelingRule ruleFromJson(const Json &object);
Json conditionToJson(const RuleCondition &condition);

// Why a regular expression is refused, or empty when it may be used: too long, invalid, or a
// repeated group that itself repeats without bound ("(a+)+"), which backtracks exponentially.
QString regexProblem(const QString &pattern);

// The problem with a condition tree (patterns, DICOM attributes, thresholds, set ids), or empty.
QString conditionProblem(const RuleCondition &condition);

// The problem with a rule on its own (name, label, condition), or empty.
QString ruleProblem(const LabelingRule &rule);

} // namespace concord
