// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labelingrules/ruleapplication.h"

#include "core/project/itemwork.h"
#include "core/project/referencelabels.h"
#include "core/quality/itemtruth.h"
#include "core/weaksupervision/goldlabels.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <functional>

namespace concord {

namespace {

// Models' best score per item and label, over one set or over every set but the label
// model's own.
class ScoreIndex
{
public:
    explicit ScoreIndex(const std::vector<PrelabelSet> &sets)
    {
        for (const PrelabelSet &set : sets) {
            const bool fromLabelModel = set.source.origin == QLatin1String("label-model");
            QHash<QString, double> &own = m_bySet[set.id];
            for (const Suggestion &suggestion : set.suggestions) {
                const QString key = keyOf(suggestion.itemId, suggestion.labelId);
                raise(own, key, suggestion.score);
                if (!fromLabelModel)
                    raise(m_overModels, key, suggestion.score);
            }
        }
    }

    // The best score, or -1 when no suggestion of the label is on the item.
    double best(const QString &setId, const QString &itemId, int labelId) const
    {
        const QHash<QString, double> *scores = &m_overModels;
        if (!setId.isEmpty()) {
            const auto set = m_bySet.constFind(setId);
            if (set == m_bySet.constEnd())
                return -1;
            scores = &*set;
        }
        return scores->value(keyOf(itemId, labelId), -1);
    }

private:
    static QString keyOf(const QString &itemId, int labelId)
    {
        return itemId + QLatin1Char('\n') + QString::number(labelId);
    }
    static void raise(QHash<QString, double> &scores, const QString &key, double score)
    {
        auto found = scores.find(key);
        if (found == scores.end())
            scores.insert(key, score);
        else
            *found = std::max(*found, score);
    }

    QHash<QString, QHash<QString, double>> m_bySet;
    QHash<QString, double> m_overModels;
};

void collectDicomTags(const RuleCondition &condition, std::set<DicomTagNumber> &tags)
{
    if (condition.kind == RuleCondition::Kind::Predicate) {
        if (condition.predicate.source == PredicateSource::Dicom) {
            if (const std::optional<DicomTagNumber> tag = dicomTagNumber(condition.predicate.field))
                tags.insert(*tag);
        }
        return;
    }
    for (const RuleCondition &child : condition.children)
        collectDicomTags(child, tags);
}

// An item imported from DICOM carries its identity; a raster has none and no header to read.
bool isDicomItem(const Item &item)
{
    return !item.sopInstanceUid.isEmpty() || !item.studyInstanceUid.isEmpty();
}

bool valueHolds(const RulePredicate &predicate, const QStringList &values)
{
    switch (predicate.test) {
    case PredicateTest::Contains:
        return values.join(QLatin1Char('\\')).contains(predicate.values.value(0));
    case PredicateTest::Matches:
        return predicate.pattern.match(values.join(QLatin1Char('\\'))).hasMatch();
    default: break;
    }
    // One value of a multi-valued attribute is enough (docs/labeling-rules.md, "Predicates").
    return std::any_of(values.begin(), values.end(), [&](const QString &value) {
        bool ok = false;
        switch (predicate.test) {
        case PredicateTest::Equals: return value == predicate.values.value(0);
        case PredicateTest::In: return predicate.values.contains(value);
        case PredicateTest::Less: return value.toDouble(&ok) < predicate.number && ok;
        case PredicateTest::Greater: return value.toDouble(&ok) > predicate.number && ok;
        default: return false;
        }
    });
}

class RuleEvaluator
{
public:
    RuleEvaluator(const RuleInputs &inputs, DicomHeaderCache &headers)
        : m_inputs(inputs)
        , m_headers(headers)
        , m_scores(inputs.prelabels)
    {}

    bool holds(const RuleCondition &condition, const Item &item)
    {
        switch (condition.kind) {
        case RuleCondition::Kind::All:
            return std::all_of(condition.children.begin(), condition.children.end(),
                               [&](const RuleCondition &child) { return holds(child, item); });
        case RuleCondition::Kind::Any:
            return std::any_of(condition.children.begin(), condition.children.end(),
                               [&](const RuleCondition &child) { return holds(child, item); });
        case RuleCondition::Kind::Not: return !holds(condition.children.front(), item);
        case RuleCondition::Kind::Predicate: break;
        }
        return predicateHolds(condition.predicate, item);
    }

private:
    bool predicateHolds(const RulePredicate &predicate, const Item &item)
    {
        switch (predicate.source) {
        case PredicateSource::ItemKey: {
            const QString value = itemKeyValue(item, m_inputs.keys, predicate.field);
            return !value.isEmpty() && valueHolds(predicate, {value});
        }
        case PredicateSource::Dicom: {
            const std::optional<DicomTagNumber> tag = dicomTagNumber(predicate.field);
            if (!tag || !isDicomItem(item))
                return false;
            const DicomHeaderValues &values =
                m_headers.valuesOf(m_inputs.folder.absoluteItemPath(item.path));
            const auto found = values.find(*tag);
            return found != values.end() && valueHolds(predicate, found->second);
        }
        case PredicateSource::FileName:
            return predicate.pattern.match(QFileInfo(item.path).fileName()).hasMatch();
        case PredicateSource::FilePath: return predicate.pattern.match(item.path).hasMatch();
        case PredicateSource::ModelScore: {
            const Label *label = m_inputs.taxonomy.findByName(predicate.field);
            return label &&
                   m_scores.best(predicate.prelabelSet, item.id, label->id) >= predicate.number;
        }
        }
        return false;
    }

    const RuleInputs &m_inputs;
    DicomHeaderCache &m_headers;
    ScoreIndex m_scores;
};

} // namespace

bool conditionHolds(const RuleCondition &condition, const Item &item, const RuleInputs &inputs,
                    DicomHeaderCache &headers)
{
    return RuleEvaluator(inputs, headers).holds(condition, item);
}

RuleVotes applyLabelingRules(const LabelingRuleSet &rules, const RuleInputs &inputs)
{
    RuleVotes out;
    // Classes: the labels the rules vote for, in taxonomy order.
    NameIndex classes;
    for (const Label &label : inputs.taxonomy.labels()) {
        const bool voted =
            std::any_of(rules.rules.begin(), rules.rules.end(),
                        [&](const LabelingRule &rule) { return rule.label == label.name; });
        if (voted && classes.find(toStd(label.name)) < 0) {
            classes.intern(toStd(label.name));
            out.classLabelIds.push_back(label.id);
        }
    }
    NameIndex units;
    for (const Item &item : inputs.items)
        units.intern(toStd(item.id));
    NameIndex sources;
    std::set<DicomTagNumber> tags;
    for (const LabelingRule &rule : rules.rules) {
        sources.intern(toStd(rule.name));
        collectDicomTags(rule.when, tags);
    }
    out.votes = RatingTable(std::move(units), std::move(sources), std::move(classes));

    DicomHeaderCache headers(std::move(tags));
    RuleEvaluator evaluator(inputs, headers);
    for (size_t r = 0; r < rules.rules.size(); ++r) {
        const LabelingRule &rule = rules.rules[r];
        const qint32 vote = qint32(std::find_if(out.classLabelIds.begin(), out.classLabelIds.end(),
                                                [&](int id) {
                                                    const Label *label = inputs.taxonomy.find(id);
                                                    return label && label->name == rule.label;
                                                }) -
                                   out.classLabelIds.begin());
        if (vote >= qint32(out.classLabelIds.size()))
            continue; // a label the taxonomy does not have: the rule abstains everywhere
        for (size_t u = 0; u < inputs.items.size(); ++u) {
            if (evaluator.holds(rule.when, inputs.items[u]))
                out.votes.set(qint32(u), qint32(r), vote);
        }
    }
    out.headerProblems = headers.problems();
    out.headersRead = headers.filesRead();
    return out;
}

KnownLabels knownLabels(const Project &project, const ItemList &items,
                        const AnnotationStore &everyone, const RuleVotes &votes)
{
    KnownLabels known;
    const qint32 unitCount = votes.votes.unitCount();
    known.gold.assign(size_t(unitCount), NoGoldLabel);
    known.accepted.assign(size_t(unitCount), NoGoldLabel);
    QHash<QString, qint32> unitOfItem;
    for (qint32 u = 0; u < unitCount; ++u)
        unitOfItem.insert(votes.votes.unitName(u), u);

    // An item's known image labels as one class: the one class among them, none of the classes
    // (every vote on it is wrong), or two classes (ambiguous for a single-label model).
    const auto classOf = [&](const std::vector<int> &labelIds, qint32 *cls) {
        std::vector<qint32> found;
        for (size_t c = 0; c < votes.classLabelIds.size(); ++c) {
            if (std::find(labelIds.begin(), labelIds.end(), votes.classLabelIds[c]) !=
                labelIds.end())
                found.push_back(qint32(c));
        }
        if (found.size() > 1)
            return false;
        *cls = found.empty() ? GoldLabelOutsideClasses : found.front();
        return true;
    };

    const std::vector<const AnnotatorWork *> authors = referenceAuthors(project, everyone);
    const bool withPolicy = !project.qualityPolicies.empty();
    const AnnotationStore truths =
        withPolicy ? truthStore(project, items, everyone, project.currentQualityPolicy())
                   : AnnotationStore{};
    const QStringList readers = everyone.annotatorIds();
    for (const Item &item : items.items()) {
        const auto unit = unitOfItem.constFind(item.id);
        if (unit == unitOfItem.constEnd())
            continue;
        qint32 cls = NoGoldLabel;
        if (const std::optional<ReferenceLabel> reference =
                latestReferenceLabel(authors, item.id)) {
            // A reference of no label says none applies: every vote on the item is wrong.
            if (!classOf(reference->labelIds, &cls)) {
                ++known.ambiguousItems;
                continue;
            }
            ++known.referenceItems;
            known.gold[size_t(*unit)] = cls;
            known.accepted[size_t(*unit)] = cls;
            continue;
        }
        std::optional<std::vector<int>> answer;
        if (withPolicy) {
            const ItemWork *truth = truths.itemWork(truthAnnotatorId(), item.id);
            if (truth && !truth->classLabels.labelIds.empty())
                answer = truth->classLabels.labelIds;
        } else {
            int submitted = 0;
            bool alike = true;
            std::vector<int> first;
            for (const QString &reader : readers) {
                const ItemWork *work = everyone.itemWork(reader, item.id);
                if (!work || work->explicitStatus != ItemStatus::Done ||
                    work->classLabels.labelIds.empty())
                    continue;
                if (submitted++ == 0)
                    first = work->classLabels.labelIds;
                else
                    alike = alike && work->classLabels.labelIds == first;
            }
            if (submitted >= 2 && alike)
                answer = first;
        }
        if (!answer)
            continue;
        if (!classOf(*answer, &cls)) {
            ++known.ambiguousItems;
            continue;
        }
        ++(withPolicy ? known.truthItems : known.agreedItems);
        known.accepted[size_t(*unit)] = cls;
    }
    return known;
}

RuleAnalysis analyseRules(const RuleVotes &votes, KnownLabels known)
{
    RuleAnalysis analysis;
    analysis.onGold = analyseLabelingFunctions(votes.votes, known.gold);
    analysis.onAccepted = analyseLabelingFunctions(votes.votes, known.accepted);
    analysis.known = std::move(known);
    return analysis;
}

PrelabelSet labelModelPrelabelSet(const RuleVotes &votes, const LabelModelResult &fit,
                                  int rulesRevision, double minProbability)
{
    PrelabelSet set;
    set.source.modelName = QStringLiteral("label model");
    set.source.modelVersion = QStringLiteral("rules revision %1").arg(rulesRevision);
    set.source.origin = QStringLiteral("label-model");
    set.source.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (size_t u = 0; u < fit.units.size(); ++u) {
        const UnitLabel &unit = fit.units[u];
        if (!unit.covered || unit.label < 0 || size_t(unit.label) >= votes.classLabelIds.size())
            continue;
        const QString itemId = votes.votes.unitName(qint32(u));
        set.itemUncertainty.insert(itemId, 1.0 - unit.probability);
        if (unit.probability < minProbability)
            continue;
        Suggestion suggestion;
        suggestion.id = QString::number(set.suggestions.size() + 1);
        suggestion.itemId = itemId;
        suggestion.kind = SuggestionKind::ImageLabel;
        suggestion.labelId = votes.classLabelIds[size_t(unit.label)];
        suggestion.score = unit.probability;
        set.suggestions.push_back(std::move(suggestion));
    }
    return set;
}

} // namespace concord
