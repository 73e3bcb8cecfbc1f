// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace concord {

// What a person may do in a project. Leads and reviewers see every reader's labels; annotators
// see only their own until they submit (blind reading).
enum class Role { Annotator, Reviewer, Adjudicator, Lead };

QString roleKey(Role role);           // stable key used in files: "annotator", ...
Role roleFromKey(const QString &key); // unknown keys read as Annotator, the least privileged
QString roleDisplayName(Role role);   // translated

// A person who labels. The id names their journal folder, so it is restricted to
// [A-Za-z0-9._-] and never changes; the display name may.
struct Annotator
{
    QString id;
    QString displayName;
    Role role = Role::Annotator;

    bool operator==(const Annotator &) const = default;
};

bool isValidAnnotatorId(const QString &id);

// What each role may decide for the team. Checked by Workspace, so no view can bypass them.
// The reference (gold) label of an item settles disagreement: leads and adjudicators.
bool mayRecordReferenceLabels(Role role);
// Guideline versions and calibration sessions are the lead's.
bool mayLeadCalibration(Role role);
// Reviewing a calibration session shows every participant's reading side by side: reviewers,
// adjudicators and leads.
bool mayReviewCalibration(Role role);

} // namespace concord
