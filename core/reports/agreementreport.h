// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/bootstrapinterval.h"
#include "core/project/projectratings.h"
#include "core/storage/jsonsupport.h"

#include <QDateTime>

#include <functional>

namespace concord {

struct AgreementReportOptions
{
    ProjectRatingSelection selection;
    // An annotator whose labels are the reference: compared with every other reader, and left
    // out of the inter-reader coefficients. Empty for none.
    QString goldAnnotatorId;
    // The percentile bootstrap for Krippendorff's alpha, which has no analytic interval.
    BootstrapOptions bootstrap{1000, 1, 0.95, 2};
    bool dawidSkene = true;
    // The time stamped into the report; invalid means now. Tests fix it for stable output.
    QDateTime generatedAt;
    // For a window computing on a big project: told (done, total) after each part of the report
    // (the ratings, each table with its bootstrap, the trend, boxes, masks), and asked between
    // parts whether to stop, in which case the report comes back null. Called on the thread
    // that builds the report.
    std::function<void(int done, int total)> progress;
    std::function<bool()> cancelled;
};

// The agreement report of a project as data: the JSON document every view of the report
// (agreement.json, the CSV and HTML writers, the app) is drawn from. Its layout is described in
// core/reports/README.md. Pure function of its inputs (and the clock unless generatedAt is set);
// never holds NaN or infinity: an undefined value is null with a warning saying why. Null when
// options.cancelled stopped it.
Json buildAgreementReport(const Project &project, const ItemList &items,
                          const AnnotationStore &store, const AgreementReportOptions &options);

} // namespace concord
