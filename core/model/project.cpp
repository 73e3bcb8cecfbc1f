// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/project.h"
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
    for (const Annotator &annotator : annotators) {
        if (annotator.id == id)
            return &annotator;
    }
    return nullptr;
}

const QualityPolicy &Project::currentQualityPolicy() const
{
    return qualityPolicies.empty() ? builtInQualityPolicy() : qualityPolicies.back();
}

const QualityPolicy *Project::findQualityPolicy(int version) const
{
    if (version == 0)
        return &builtInQualityPolicy();
    for (const QualityPolicy &policy : qualityPolicies) {
        if (policy.version == version)
            return &policy;
    }
    return nullptr;
}

const CalibrationPlan *Project::findCalibration(const QString &id) const
{
    for (const CalibrationPlan &plan : calibrations) {
        if (plan.id == id)
            return &plan;
    }
    return nullptr;
}

const CalibrationPlan *Project::findGoldTest(const QString &id) const
{
    for (const CalibrationPlan &plan : goldTests) {
        if (plan.id == id)
            return &plan;
    }
    return nullptr;
}

const GuidelineVersion *Project::findGuideline(int version) const
{
    for (const GuidelineVersion &guideline : guidelines) {
        if (guideline.version == version)
            return &guideline;
    }
    return nullptr;
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
