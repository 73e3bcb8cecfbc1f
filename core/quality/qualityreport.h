// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/quality/goldscores.h"
#include "core/quality/projectrouting.h"
#include "core/quality/qcreport.h"
#include "core/storage/jsonsupport.h"

#include <QDateTime>

namespace concord {

// The quality report (docs/quality.md, "Quality report"): where every item stands in the
// quality workflow, how the tiers move over time and across guideline versions, and every
// reader's throughput, gold score and QC error rate, as one JSON document
// ("format": "concord-quality-report"). The CLI prints and writes it; the HTML page
// (core/reports/qualityreporthtml.h), the PDF and the Quality window draw it.
Json buildQualityReport(const Project &project, const ItemList &items, const AnnotationStore &store,
                        const QualityPolicy &policy,
                        const QDateTime &generated = QDateTime::currentDateTimeUtc());
// The same from figures already computed from `store` under `policy`.
Json buildQualityReport(const Project &project, const ItemList &items, const AnnotationStore &store,
                        const QualityPolicy &policy, const ProjectRouting &routing,
                        const QcReport &qc, const GoldScores &gold,
                        const QDateTime &generated = QDateTime::currentDateTimeUtc());

// The pieces of it that the route, qc and gold commands print on their own.
Json routeEntryToJson(const ProjectRouting::Entry &entry);
Json routeCountsToJson(const ProjectRouting &routing);
Json proportionToJson(const ProportionEstimate &estimate);
Json qcReportToJson(const QcReport &report, const Taxonomy &taxonomy);
Json reviewRowToJson(const QcReport::ReviewRow &row);
Json goldReaderToJson(const GoldScores &scores, size_t reader);

} // namespace concord
