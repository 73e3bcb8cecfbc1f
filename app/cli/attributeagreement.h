// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace concord::cli {

// `concord-cli agreement <project> --attribute <name>`: agreement on the values readers gave
// an attribute, on image labels and on shapes matched by label (core/project/attributeratings.h),
// printed as text or, with
// `json`, as one JSON object. `annotators` limits the readers (empty: everyone). A project with
// problems stops it unless `allowDamaged` (app/cli/projectopening.h).
int runAttributeAgreement(const QString &project, const QString &attribute,
                          const QStringList &annotators, bool json, bool allowDamaged = false);

} // namespace concord::cli
