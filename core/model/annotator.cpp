// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/annotator.h"
#include "core/util/enumkeys.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concord {

constexpr EnumKey<Role> RoleKeys[] = {{Role::Annotator, "annotator"},
                                      {Role::Reviewer, "reviewer"},
                                      {Role::Adjudicator, "adjudicator"},
                                      {Role::Lead, "lead"}};

QString roleKey(Role role)
{
    return enumKey(RoleKeys, role);
}

Role roleFromKey(const QString &key)
{
    return enumFromKey(RoleKeys, key).value_or(Role::Annotator);
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Annotator: return concord::tr("Annotator");
    case Role::Reviewer: return concord::tr("Reviewer");
    case Role::Adjudicator: return concord::tr("Adjudicator");
    case Role::Lead: return concord::tr("Lead");
    }
    return {};
}

bool isValidAnnotatorId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

bool mayRecordReferenceLabels(Role role)
{
    return role == Role::Lead || role == Role::Adjudicator;
}

bool mayLeadCalibration(Role role)
{
    return role == Role::Lead;
}

bool mayReviewCalibration(Role role)
{
    return role != Role::Annotator;
}

} // namespace concord
