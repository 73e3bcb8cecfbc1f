// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/project.h"

#include "core/model/findfirst.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QUuid>

namespace concord {

namespace {

const QualityPolicy &builtInQualityPolicy()
{
    static const QualityPolicy defaultPolicy;
    return defaultPolicy;
}

} // namespace

const Annotator *Project::findAnnotator(const QString &id) const
{
    return findFirst(annotators, [&](const Annotator &annotator) { return annotator.id == id; });
}

const QualityPolicy &Project::currentQualityPolicy() const
{
    return qualityPolicies.empty() ? builtInQualityPolicy() : qualityPolicies.back();
}

const QualityPolicy *Project::findQualityPolicy(int version) const
{
    if (version == 0)
        return &builtInQualityPolicy();
    return findFirst(qualityPolicies,
                     [&](const QualityPolicy &policy) { return policy.version == version; });
}

const CalibrationPlan *Project::findCalibration(const QString &id) const
{
    return findFirst(calibrations, [&](const CalibrationPlan &plan) { return plan.id == id; });
}

const CalibrationPlan *Project::findGoldTest(const QString &id) const
{
    return findFirst(goldTests, [&](const CalibrationPlan &plan) { return plan.id == id; });
}

const GuidelineVersion *Project::findGuideline(int version) const
{
    return findFirst(guidelines, [&](const GuidelineVersion &guideline) {
        return guideline.version == version;
    });
}

const Taxonomy &Project::taxonomyOf(const GuidelineVersion &version) const
{
    return version.taxonomy ? *version.taxonomy : taxonomy;
}

QStringList Project::guidelineTexts() const
{
    QStringList texts;
    for (const GuidelineVersion &version : guidelines)
        texts.append(version.text);
    return texts;
}

Project Project::create(const QString &name, Taxonomy taxonomy)
{
    Project project;
    project.projectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    project.name = name;
    project.taxonomy = std::move(taxonomy);
    GuidelineVersion first;
    first.version = 1;
    first.date = QDateTime::currentDateTimeUtc();
    first.summary = concord::tr("Initial version");
    first.taxonomy = project.taxonomy;
    project.guidelines.push_back(first);
    project.currentGuidelineVersion = 1;
    return project;
}

} // namespace concord
