// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/qualitypolicy.h"

#include "core/model/project.h"
#include "core/util/enumkeys.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <variant>

namespace concord {

namespace {

constexpr EnumKey<TierAction> TierActionKeys[] = {{TierAction::Accept, "accept"},
                                                  {TierAction::Review, "review"},
                                                  {TierAction::Adjudicate, "adjudicate"},
                                                  {TierAction::ReRead, "re-read"}};
constexpr EnumKey<MaskMeasure> MaskMeasureKeys[] = {{MaskMeasure::Dice, "dice"},
                                                    {MaskMeasure::IoU, "iou"}};

// One settable field: its key in project.json and on the command line, and where it lives.
struct PolicyField
{
    const char *name;
    std::variant<int QualityPolicy::*, double QualityPolicy::*, TierAction QualityPolicy::*,
                 MaskMeasure QualityPolicy::*, bool QualityPolicy::*, QString QualityPolicy::*>
        member;
};

const std::array<PolicyField, 15> &policyFields()
{
    static const std::array<PolicyField, 15> fields{{
        {"readers_per_item", &QualityPolicy::readersPerItem},
        {"high_threshold", &QualityPolicy::highThreshold},
        {"low_threshold", &QualityPolicy::lowThreshold},
        {"high_action", &QualityPolicy::highAction},
        {"medium_action", &QualityPolicy::mediumAction},
        {"low_action", &QualityPolicy::lowAction},
        {"adjudication_panel", &QualityPolicy::adjudicationPanel},
        {"re_read_readers", &QualityPolicy::reReadReaders},
        {"box_iou_threshold", &QualityPolicy::boxIoUThreshold},
        {"mask_measure", &QualityPolicy::maskMeasure},
        {"gold_rate", &QualityPolicy::goldRate},
        {"qc_rate", &QualityPolicy::qcRate},
        {"reader_score_threshold", &QualityPolicy::readerScoreThreshold},
        {"pause_flagged_readers", &QualityPolicy::pauseFlaggedReaders},
        {"summary", &QualityPolicy::summary},
    }};
    return fields;
}

const PolicyField *findField(const QString &name)
{
    for (const PolicyField &field : policyFields()) {
        if (name == QLatin1String(field.name))
            return &field;
    }
    return nullptr;
}

bool inUnitRange(double value)
{
    return value >= 0.0 && value <= 1.0;
}

int countWithRole(const Project &project, Role role)
{
    int n = 0;
    for (const Annotator &a : project.annotators)
        n += a.role == role ? 1 : 0;
    return n;
}

bool usesAction(const QualityPolicy &policy, TierAction action)
{
    return policy.highAction == action || policy.mediumAction == action ||
           policy.lowAction == action;
}

} // namespace

QString tierActionKey(TierAction action)
{
    return enumKey(TierActionKeys, action);
}

std::optional<TierAction> tierActionFromKey(const QString &key)
{
    return enumFromKey(TierActionKeys, key);
}

QString maskMeasureKey(MaskMeasure measure)
{
    return enumKey(MaskMeasureKeys, measure);
}

std::optional<MaskMeasure> maskMeasureFromKey(const QString &key)
{
    return enumFromKey(MaskMeasureKeys, key);
}

std::optional<QString> policyProblem(const QualityPolicy &p)
{
    using namespace policylimits;
    if (p.readersPerItem < 2 || p.readersPerItem > MaxReadersPerItem)
        return concord::tr("readers per item must be between 2 and %1: agreement needs two readers")
            .arg(MaxReadersPerItem);
    if (!inUnitRange(p.highThreshold) || !inUnitRange(p.lowThreshold))
        return concord::tr("thresholds must lie between 0 and 1 (high %1, low %2)")
            .arg(p.highThreshold)
            .arg(p.lowThreshold);
    if (p.lowThreshold > p.highThreshold)
        return concord::tr("the low threshold (%1) is above the high threshold (%2)")
            .arg(p.lowThreshold)
            .arg(p.highThreshold);
    if (p.adjudicationPanel < 1 || p.adjudicationPanel > MaxAdjudicationPanel)
        return concord::tr("an adjudication panel has between 1 and %1 adjudicators")
            .arg(MaxAdjudicationPanel);
    if (p.reReadReaders < 2 || p.reReadReaders > MaxReadersPerItem)
        return concord::tr("an item sent back needs between 2 and %1 new readers")
            .arg(MaxReadersPerItem);
    if (!(p.boxIoUThreshold > 0.0) || p.boxIoUThreshold > 1.0)
        return concord::tr("the box IoU threshold must be above 0 and at most 1");
    if (!(p.goldRate >= 0.0) || p.goldRate > MaxGoldRate)
        return concord::tr("the gold rate must be between 0 and %1").arg(MaxGoldRate);
    if (!inUnitRange(p.qcRate))
        return concord::tr("the QC rate must be between 0 and 1");
    if (!inUnitRange(p.readerScoreThreshold))
        return concord::tr("the reader score threshold must be between 0 and 1");
    return std::nullopt;
}

std::optional<QString> policyProblem(const QualityPolicy &p, const Project &project)
{
    if (auto problem = policyProblem(p))
        return problem;
    // Anyone may read; review and adjudication need people with those roles (a lead may do
    // either). Re-reading needs readers who have not read the item yet.
    const int people = int(project.annotators.size());
    const int leads = countWithRole(project, Role::Lead);
    const int adjudicators = countWithRole(project, Role::Adjudicator) + leads;
    const int reviewers = countWithRole(project, Role::Reviewer) + adjudicators;
    if (p.readersPerItem > people)
        return concord::tr("%n reader(s) per item, but the project has only %1 "
                           "people",
                           nullptr, p.readersPerItem)
            .arg(people);
    if (usesAction(p, TierAction::ReRead) && p.readersPerItem + p.reReadReaders > people)
        return concord::tr(
                   "re-reading needs %1 readers besides the first %2, but the project has only "
                   "%3 people")
            .arg(p.reReadReaders)
            .arg(p.readersPerItem)
            .arg(people);
    if (usesAction(p, TierAction::Adjudicate) && p.adjudicationPanel > adjudicators)
        return concord::tr(
                   "a panel of %1 adjudicators, but the project has %2 adjudicators and leads")
            .arg(p.adjudicationPanel)
            .arg(adjudicators);
    if (usesAction(p, TierAction::Review) && reviewers == 0)
        return concord::tr(
            "the policy sends items to review, but nobody in the project is a reviewer, "
            "adjudicator or lead");
    return std::nullopt;
}

QStringList qualityPolicyFieldNames()
{
    QStringList names;
    for (const PolicyField &field : policyFields())
        names.append(QLatin1String(field.name));
    return names;
}

PolicyFieldKind qualityPolicyFieldKind(const QString &name)
{
    const PolicyField *field = findField(name);
    if (!field)
        return PolicyFieldKind::Text;
    return std::visit(
        [](auto member) {
            using T = std::decay_t<decltype(QualityPolicy().*member)>;
            if constexpr (std::is_same_v<T, int>)
                return PolicyFieldKind::Integer;
            else if constexpr (std::is_same_v<T, double>)
                return PolicyFieldKind::Number;
            else if constexpr (std::is_same_v<T, bool>)
                return PolicyFieldKind::Boolean;
            else
                return PolicyFieldKind::Text;
        },
        field->member);
}

QString qualityPolicyFieldValue(const QualityPolicy &policy, const QString &name)
{
    const PolicyField *field = findField(name);
    if (!field)
        return {};
    return std::visit(
        [&](auto member) -> QString {
            const auto &value = policy.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, int>)
                return QString::number(value);
            else if constexpr (std::is_same_v<T, double>)
                return QString::number(value, 'g', 12);
            else if constexpr (std::is_same_v<T, TierAction>)
                return tierActionKey(value);
            else if constexpr (std::is_same_v<T, MaskMeasure>)
                return maskMeasureKey(value);
            else if constexpr (std::is_same_v<T, bool>)
                return value ? QStringLiteral("true") : QStringLiteral("false");
            else
                return value;
        },
        field->member);
}

MaybeError setQualityPolicyField(QualityPolicy &policy, const QString &name, const QString &value)
{
    const PolicyField *field = findField(name);
    if (!field)
        return FileError{QString(), concord::tr("unknown policy field \"%1\"; the fields are: %2")
                                        .arg(name, qualityPolicyFieldNames().join(u", "))};
    auto invalid = [&](const QString &expected) {
        return FileError{QString(), concord::tr("%1: \"%2\" is not %3").arg(name, value, expected)};
    };
    return std::visit(
        [&](auto member) -> MaybeError {
            auto &target = policy.*member;
            using T = std::decay_t<decltype(target)>;
            if constexpr (std::is_same_v<T, int>) {
                bool ok = false;
                const int number = value.toInt(&ok);
                if (!ok)
                    return invalid(concord::tr("a whole number"));
                target = number;
            } else if constexpr (std::is_same_v<T, double>) {
                bool ok = false;
                const double number = value.toDouble(&ok);
                if (!ok || !std::isfinite(number))
                    return invalid(concord::tr("a number"));
                target = number;
            } else if constexpr (std::is_same_v<T, TierAction>) {
                const std::optional<TierAction> action = tierActionFromKey(value);
                if (!action)
                    return invalid(concord::tr("one of accept, review, adjudicate, re-read"));
                target = *action;
            } else if constexpr (std::is_same_v<T, MaskMeasure>) {
                const std::optional<MaskMeasure> measure = maskMeasureFromKey(value);
                if (!measure)
                    return invalid(concord::tr("one of dice, iou"));
                target = *measure;
            } else if constexpr (std::is_same_v<T, bool>) {
                if (value != QLatin1String("true") && value != QLatin1String("false"))
                    return invalid(concord::tr("true or false"));
                target = value == QLatin1String("true");
            } else {
                target = value;
            }
            return std::nullopt;
        },
        field->member);
}

} // namespace concord
