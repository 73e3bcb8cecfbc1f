// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labelingrules/labelingruleset.h"

#include "core/curation/versioneddocument.h"
#include "core/labelingrules/dicomheadervalues.h"
#include "core/prelabels/prelabelstorage.h"
#include "core/storage/atomicfile.h"
#include "core/storage/safepath.h"
#include "core/storage/sharedfileupdate.h"
#include "core/util/translation.h"

#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace concord {

namespace {

constexpr const char *RulesFormat = "concord-labeling-rules";
constexpr int RulesFormatVersion = 1;

struct TestName
{
    PredicateTest test;
    const char *name;
};
constexpr TestName ValueTests[] = {
    {PredicateTest::Equals, "equals"},     {PredicateTest::In, "in"},
    {PredicateTest::Contains, "contains"}, {PredicateTest::Matches, "matches"},
    {PredicateTest::Less, "less"},         {PredicateTest::Greater, "greater"},
};

const char *testName(PredicateTest test)
{
    for (const TestName &entry : ValueTests) {
        if (entry.test == test)
            return entry.name;
    }
    return test == PredicateTest::Glob ? "glob" : "at_least";
}

QString requireText(const Json &value, const QString &what)
{
    if (!value.is_string() || value.get<std::string>().empty())
        throw JsonFieldError{concord::tr("%1 is not a non-empty string").arg(what)};
    return fromStd(value.get<std::string>());
}

double requireFinite(const Json &value, const QString &what)
{
    if (!value.is_number() || !std::isfinite(value.get<double>()))
        throw JsonFieldError{concord::tr("%1 is not a number").arg(what)};
    return value.get<double>();
}

// A key or DICOM predicate: the field, then exactly one test.
RulePredicate valuePredicate(const Json &object, PredicateSource source, const char *sourceName)
{
    RulePredicate predicate;
    predicate.source = source;
    predicate.field =
        requireText(object.at(sourceName), QStringLiteral("\"%1\"").arg(QLatin1String(sourceName)));
    int tests = 0;
    for (const TestName &entry : ValueTests) {
        if (!object.contains(entry.name))
            continue;
        ++tests;
        predicate.test = entry.test;
        const Json &value = object.at(entry.name);
        const QString what = QStringLiteral("\"%1\"").arg(QLatin1String(entry.name));
        if (entry.test == PredicateTest::Less || entry.test == PredicateTest::Greater) {
            predicate.number = requireFinite(value, what);
        } else if (entry.test == PredicateTest::In) {
            if (!value.is_array() || value.empty())
                throw JsonFieldError{concord::tr("\"in\" is not a non-empty list of strings")};
            for (const Json &element : value)
                predicate.values << requireText(element, what);
        } else {
            predicate.values << requireText(value, what);
        }
    }
    if (tests != 1)
        throw JsonFieldError{
            concord::tr("\"%1\" needs exactly one of equals, in, contains, matches, less, greater")
                .arg(QLatin1String(sourceName))};
    if (predicate.test == PredicateTest::Matches)
        predicate.pattern = QRegularExpression(predicate.values.first());
    return predicate;
}

void refuseUnknownMembers(const Json &object, const QSet<QString> &known)
{
    for (const auto &[member, value] : object.items()) {
        if (!known.contains(fromStd(member)))
            throw JsonFieldError{
                concord::tr("unknown condition member \"%1\" (known: all, any, not, key, meta, "
                            "dicom, file, path, score)")
                    .arg(fromStd(member))};
    }
}

RuleCondition conditionFromJson(const Json &object, int depth)
{
    if (depth > MaxConditionDepth)
        throw JsonFieldError{
            concord::tr("the condition is nested deeper than %1 levels").arg(MaxConditionDepth)};
    if (!object.is_object())
        throw JsonFieldError{concord::tr("a condition is not an object")};
    RuleCondition condition;
    for (const char *group : {"all", "any"}) {
        if (!object.contains(group))
            continue;
        refuseUnknownMembers(object, {QLatin1String(group)});
        condition.kind = QLatin1String(group) == QLatin1String("all") ? RuleCondition::Kind::All
                                                                      : RuleCondition::Kind::Any;
        const Json &children = object.at(group);
        if (!children.is_array() || children.empty())
            throw JsonFieldError{concord::tr("\"%1\" is not a non-empty list of conditions")
                                     .arg(QLatin1String(group))};
        for (const Json &child : children)
            condition.children.push_back(conditionFromJson(child, depth + 1));
        return condition;
    }
    if (object.contains("not")) {
        refuseUnknownMembers(object, {QStringLiteral("not")});
        condition.kind = RuleCondition::Kind::Not;
        condition.children.push_back(conditionFromJson(object.at("not"), depth + 1));
        return condition;
    }
    RulePredicate &predicate = condition.predicate;
    if (object.contains("key") || object.contains("meta")) {
        const char *name = object.contains("key") ? "key" : "meta";
        refuseUnknownMembers(object,
                             {QLatin1String(name), QStringLiteral("equals"), QStringLiteral("in"),
                              QStringLiteral("contains"), QStringLiteral("matches"),
                              QStringLiteral("less"), QStringLiteral("greater")});
        predicate = valuePredicate(object, PredicateSource::ItemKey, name);
    } else if (object.contains("dicom")) {
        refuseUnknownMembers(object, {QStringLiteral("dicom"), QStringLiteral("equals"),
                                      QStringLiteral("in"), QStringLiteral("contains"),
                                      QStringLiteral("matches"), QStringLiteral("less"),
                                      QStringLiteral("greater")});
        predicate = valuePredicate(object, PredicateSource::Dicom, "dicom");
    } else if (object.contains("file")) {
        refuseUnknownMembers(object, {QStringLiteral("file")});
        predicate.source = PredicateSource::FileName;
        predicate.test = PredicateTest::Glob;
        predicate.values << requireText(object.at("file"), QStringLiteral("\"file\""));
        predicate.pattern = QRegularExpression(
            QRegularExpression::wildcardToRegularExpression(predicate.values.first()));
    } else if (object.contains("path")) {
        refuseUnknownMembers(object, {QStringLiteral("path")});
        predicate.source = PredicateSource::FilePath;
        predicate.test = PredicateTest::Matches;
        predicate.values << requireText(object.at("path"), QStringLiteral("\"path\""));
        predicate.pattern = QRegularExpression(predicate.values.first());
    } else if (object.contains("score")) {
        refuseUnknownMembers(
            object, {QStringLiteral("score"), QStringLiteral("at_least"), QStringLiteral("set")});
        predicate.source = PredicateSource::ModelScore;
        predicate.test = PredicateTest::AtLeast;
        predicate.field = requireText(object.at("score"), QStringLiteral("\"score\""));
        if (!object.contains("at_least"))
            throw JsonFieldError{concord::tr("\"score\" needs \"at_least\"")};
        predicate.number = requireFinite(object.at("at_least"), QStringLiteral("\"at_least\""));
        if (object.contains("set"))
            predicate.prelabelSet = requireText(object.at("set"), QStringLiteral("\"set\""));
    } else {
        refuseUnknownMembers(object, {});
        throw JsonFieldError{concord::tr("an empty condition")};
    }
    return condition;
}

Json emptyDocument()
{
    return Json{{"format", RulesFormat},
                {"version", RulesFormatVersion},
                {"revision", 0},
                {"rules", Json::array()}};
}

Expected<LabelingRuleSet> readRulesFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return LabelingRuleSet{};
    if (info.size() > MaxRuleDocumentBytes)
        return FileError{path, concord::tr("%1 bytes is larger than a rules document may be "
                                           "(%2 bytes)")
                                   .arg(info.size())
                                   .arg(MaxRuleDocumentBytes)};
    return readJsonFile<LabelingRuleSet>(path, [&](const Json &document, const QByteArray &) {
        checkVersionedDocument(document, RulesFormat, RulesFormatVersion,
                               concord::tr("not a labeling rules file (\"format\" is not \"%1\")")
                                   .arg(QLatin1String(RulesFormat)));
        LabelingRuleSet rules;
        rules.revision = int(optionalInteger(document, "revision"));
        const Json &list = optionalArray(document, "rules");
        if (list.size() > size_t(MaxRules))
            throw JsonFieldError{concord::tr("%1 rules are more than a project may keep (%2)")
                                     .arg(list.size())
                                     .arg(MaxRules)};
        QSet<QString> names;
        for (const Json &object : list) {
            LabelingRule rule = ruleFromJson(object);
            if (const QString problem = ruleProblem(rule); !problem.isEmpty())
                throw JsonFieldError{concord::tr("rule \"%1\": %2").arg(rule.name, problem)};
            if (names.contains(rule.name))
                throw JsonFieldError{
                    concord::tr("rule \"%1\" is there twice; rule names must be unique")
                        .arg(rule.name)};
            names.insert(rule.name);
            rules.rules.push_back(std::move(rule));
        }
        return rules;
    });
}

QByteArray rulesBytes(const LabelingRuleSet &rules)
{
    Json document = emptyDocument();
    document["revision"] = rules.revision;
    for (const LabelingRule &rule : rules.rules)
        document["rules"].push_back(ruleToJson(rule));
    return QByteArray::fromStdString(document.dump(1) + '\n');
}

} // namespace

static QString predicateProblem(const RulePredicate &predicate)
{
    if (predicate.test == PredicateTest::Matches || predicate.test == PredicateTest::Glob) {
        if (const QString problem = regexProblem(predicate.pattern.pattern()); !problem.isEmpty())
            return concord::tr("the pattern \"%1\" %2")
                .arg(predicate.values.value(0).left(60), problem);
    }
    if (predicate.source == PredicateSource::Dicom && !dicomTagNumber(predicate.field))
        return concord::tr("\"%1\" is neither a DICOM keyword nor a tag such as (0018,0015)")
            .arg(predicate.field);
    if (predicate.source == PredicateSource::ModelScore) {
        if (predicate.number < 0 || predicate.number > 1)
            return concord::tr("a score threshold must be from 0 to 1, not %1")
                .arg(predicate.number);
        if (!predicate.prelabelSet.isEmpty() && !isValidPrelabelSetId(predicate.prelabelSet))
            return concord::tr("\"%1\" is not a pre-label set id").arg(predicate.prelabelSet);
    }
    return {};
}

QString conditionProblem(const RuleCondition &condition)
{
    if (condition.kind == RuleCondition::Kind::Predicate)
        return predicateProblem(condition.predicate);
    if (condition.children.empty() ||
        (condition.kind == RuleCondition::Kind::Not && condition.children.size() != 1))
        return concord::tr("an all, any or not without its conditions");
    for (const RuleCondition &child : condition.children) {
        if (QString problem = conditionProblem(child); !problem.isEmpty())
            return problem;
    }
    return {};
}

const LabelingRule *LabelingRuleSet::find(const QString &name) const
{
    for (const LabelingRule &rule : rules) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

Expected<LabelingRuleSet> readLabelingRules(const ProjectFolder &folder)
{
    return readRulesFile(folder.labelingRulesFile());
}

QString regexProblem(const QString &pattern)
{
    if (pattern.size() > MaxPatternLength)
        return concord::tr("is %1 characters long; at most %2 are allowed")
            .arg(pattern.size())
            .arg(MaxPatternLength);
    const QRegularExpression compiled(pattern);
    if (!compiled.isValid())
        return concord::tr("is not a valid regular expression: %1 (at offset %2)")
            .arg(compiled.errorString())
            .arg(compiled.patternErrorOffset());
    // A group that holds an unbounded repetition and is itself repeated without bound ("(a+)+",
    // "(.*x)*") can try exponentially many ways to split a failing input; such patterns are
    // refused rather than run against every item (docs/labeling-rules.md, "Regular
    // expressions").
    static const QRegularExpression openEndedCount(QStringLiteral("^\\{\\d*,\\}"));
    std::vector<bool> holdsRepetition{false}; // per open group, the whole pattern at the bottom
    bool afterRepeatingGroup = false;         // the last thing read closed a group that holds one
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char(')') && holdsRepetition.size() > 1) {
            afterRepeatingGroup = holdsRepetition.back();
            holdsRepetition.pop_back();
            if (afterRepeatingGroup)
                holdsRepetition.back() = true;
            continue;
        }
        const bool unbounded =
            c == QLatin1Char('*') || c == QLatin1Char('+') ||
            (c == QLatin1Char('{') && openEndedCount.match(pattern.mid(i, 24)).hasMatch());
        if (unbounded) {
            if (afterRepeatingGroup)
                return concord::tr("repeats a group that itself repeats without bound, which "
                                   "can take exponential time; write it without the nesting");
            holdsRepetition.back() = true;
        } else if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            // Skip a character class; a "]" right after "[" or "[^" is one of its members.
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char('^'))
                ++j;
            if (j < pattern.size() && pattern.at(j) == QLatin1Char(']'))
                ++j;
            while (j < pattern.size() && pattern.at(j) != QLatin1Char(']'))
                j += pattern.at(j) == QLatin1Char('\\') ? 2 : 1;
            i = j;
        } else if (c == QLatin1Char('(')) {
            holdsRepetition.push_back(false);
        }
        afterRepeatingGroup = false;
    }
    return {};
}

QString ruleProblem(const LabelingRule &rule)
{
    if (rule.name.trimmed().isEmpty())
        return concord::tr("a rule has no name");
    if (rule.name.size() > 200 || rule.name.contains(QLatin1Char('\n')))
        return concord::tr("the name is longer than 200 characters or holds a line break");
    if (rule.label.trimmed().isEmpty())
        return concord::tr("no label to vote for");
    if (rule.label.compare(QLatin1String(AbstainLabel), Qt::CaseInsensitive) == 0)
        return concord::tr("\"abstain\" is not a label: a rule abstains where its condition "
                           "does not hold");
    return conditionProblem(rule.when);
}

MaybeError checkRuleLabels(const LabelingRuleSet &rules, const Taxonomy &taxonomy,
                           const QString &path)
{
    const auto known = [&](const QString &name) {
        const Label *label = taxonomy.findByName(name);
        return label && taxonomy.isAssignable(label->id);
    };
    const std::function<QString(const RuleCondition &)> unknownScoreLabel =
        [&](const RuleCondition &condition) -> QString {
        if (condition.kind == RuleCondition::Kind::Predicate)
            return condition.predicate.source == PredicateSource::ModelScore &&
                           !taxonomy.findByName(condition.predicate.field)
                       ? condition.predicate.field
                       : QString();
        for (const RuleCondition &child : condition.children) {
            if (QString name = unknownScoreLabel(child); !name.isEmpty())
                return name;
        }
        return {};
    };
    for (const LabelingRule &rule : rules.rules) {
        if (!known(rule.label))
            return FileError{path, concord::tr("rule \"%1\": unknown label \"%2\" (not in the "
                                               "taxonomy, or not one an image may have)")
                                       .arg(rule.name, rule.label)};
        if (const QString name = unknownScoreLabel(rule.when); !name.isEmpty())
            return FileError{
                path,
                concord::tr("rule \"%1\": the score of unknown label \"%2\"").arg(rule.name, name)};
    }
    return std::nullopt;
}

Expected<LabelingRuleSet>
updateLabelingRules(const ProjectFolder &folder,
                    const std::function<std::optional<QString>(LabelingRuleSet &)> &change)
{
    const QString path = folder.labelingRulesFile();
    Expected<LockedRead<LabelingRuleSet>> locked =
        readUnderProjectLock<LabelingRuleSet>(folder, [&] { return readRulesFile(path); });
    if (!locked)
        return locked.error();
    LabelingRuleSet rules = std::move(locked->contents);
    if (std::optional<QString> refused = change(rules))
        return FileError{path, *refused};
    ++rules.revision;
    if (MaybeError linked = SafePath::refuseLinksBelow(folder.root(), path))
        return *linked;
    if (MaybeError error = writeFileAtomically(path, rulesBytes(rules)))
        return *error;
    return rules;
}

Json conditionToJson(const RuleCondition &condition)
{
    switch (condition.kind) {
    case RuleCondition::Kind::All:
    case RuleCondition::Kind::Any:
        return Json{{condition.kind == RuleCondition::Kind::All ? "all" : "any",
                     jsonArrayOf(condition.children, conditionToJson)}};
    case RuleCondition::Kind::Not:
        return Json{{"not", conditionToJson(condition.children.front())}};
    case RuleCondition::Kind::Predicate: break;
    }
    const RulePredicate &predicate = condition.predicate;
    switch (predicate.source) {
    case PredicateSource::FileName: return Json{{"file", toStd(predicate.values.value(0))}};
    case PredicateSource::FilePath: return Json{{"path", toStd(predicate.values.value(0))}};
    case PredicateSource::ModelScore: {
        Json object{{"score", toStd(predicate.field)}, {"at_least", predicate.number}};
        if (!predicate.prelabelSet.isEmpty())
            object["set"] = toStd(predicate.prelabelSet);
        return object;
    }
    case PredicateSource::ItemKey:
    case PredicateSource::Dicom: break;
    }
    Json object{
        {predicate.source == PredicateSource::Dicom ? "dicom" : "key", toStd(predicate.field)}};
    const char *test = testName(predicate.test);
    if (predicate.test == PredicateTest::Less || predicate.test == PredicateTest::Greater)
        object[test] = predicate.number;
    else if (predicate.test == PredicateTest::In)
        object[test] = stringsToJson(predicate.values);
    else
        object[test] = toStd(predicate.values.value(0));
    return object;
}

Json ruleToJson(const LabelingRule &rule)
{
    return Json{{"name", toStd(rule.name)},
                {"label", toStd(rule.label)},
                {"when", conditionToJson(rule.when)}};
}

LabelingRule ruleFromJson(const Json &object)
{
    if (!object.is_object())
        throw JsonFieldError{concord::tr("a rule is not an object")};
    LabelingRule rule;
    rule.name = optionalString(object, "name");
    if (rule.name.isEmpty())
        throw JsonFieldError{concord::tr("a rule has no \"name\"")};
    try {
        rule.label = optionalString(object, "label");
        if (!object.contains("when"))
            throw JsonFieldError{concord::tr("no \"when\" condition")};
        rule.when = conditionFromJson(object.at("when"), 1);
    } catch (const JsonFieldError &error) {
        throw JsonFieldError{concord::tr("rule \"%1\": %2").arg(rule.name, error.message)};
    }
    return rule;
}

} // namespace concord
