// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imaging/windowpreset.h"
#include "core/model/annotator.h"
#include "core/model/calibrationplan.h"
#include "core/model/guideline.h"
#include "core/model/qualitypolicy.h"
#include "core/model/taxonomy.h"

#include <QString>

#include <vector>

namespace concord {

enum class ClassificationMode { SingleLabel, MultiLabel };

// The facts of a project that live in project.json: identity, taxonomy, guideline versions and
// people. Items and annotations live in their own files (see docs/storage.md).
struct Project
{
    static constexpr int CurrentSchemaVersion = 1;

    int schemaVersion = CurrentSchemaVersion;
    QString projectId; // a UUID; copies of one project share it, merging checks it
    QString name;
    Taxonomy taxonomy;
    ClassificationMode classificationMode = ClassificationMode::MultiLabel;
    std::vector<GuidelineVersion> guidelines; // never empty: version 1 exists from day one
    int currentGuidelineVersion = 1;
    std::vector<Annotator> annotators;
    // Windows the team saved for this kind of image ("Lung", "Bone"), offered on every item.
    std::vector<WindowPreset> windowPresets;
    std::vector<CalibrationPlan> calibrations; // in order of creation
    // Gold tests are planned like calibration sessions (readers, items, guideline version), but
    // their items have reference labels and each reader is scored against them
    // (core/project/goldtest.h). Kept apart so that no calibration view ever lists one.
    std::vector<CalibrationPlan> goldTests; // in order of creation
    // Published quality policies, oldest first (core/model/qualitypolicy.h). Empty until a lead
    // publishes one; routing then follows the built-in default.
    std::vector<QualityPolicy> qualityPolicies;

    const CalibrationPlan *findCalibration(const QString &id) const;
    const CalibrationPlan *findGoldTest(const QString &id) const;
    const GuidelineVersion *findGuideline(int version) const;
    // The taxonomy a guideline version was published with. Versions from before versions
    // recorded their taxonomy fall back to the project's taxonomy, the only one there was.
    const Taxonomy &taxonomyOf(const GuidelineVersion &version) const;
    // The text of every guideline version, oldest first: what the taxonomy's "no guideline
    // describes this label" warning reads.
    QStringList guidelineTexts() const;

    const Annotator *findAnnotator(const QString &id) const;
    // The policy in force: the newest published one, or the built-in default (version 0).
    const QualityPolicy &currentQualityPolicy() const;
    // A published policy by version; version 0 is the default.
    const QualityPolicy *findQualityPolicy(int version) const;
    // Makes a project with a fresh id and guideline version 1.
    static Project create(const QString &name, Taxonomy taxonomy);

    bool operator==(const Project &) const = default;
};

} // namespace concord
