// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/agreementreport.h"

#include "core/agreement/agreementmetric.h"
#include "core/agreement/dawidskene.h"
#include "core/agreement/fleisskappa.h"
#include "core/agreement/goldcomparison.h"
#include "core/agreement/pairwisecoefficients.h"
#include "core/project/boxagreement.h"
#include "core/project/maskagreement.h"
#include "core/util/translation.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <map>
#include <set>

namespace concord {

namespace {

Json number(std::optional<double> value)
{
    return value && isFiniteValue(*value) ? Json(*value) : Json(nullptr);
}

Json number(double value)
{
    return isFiniteValue(value) ? Json(value) : Json(nullptr);
}

Json strings(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &s : list)
        array.push_back(toStd(s));
    return array;
}

Json resultJson(const AgreementResult &r, const char *name)
{
    Json j{{"metric", name},
           {"coefficient", toStd(r.metric)},
           {"value", number(r.value)},
           {"standard_error", number(r.standardError)},
           {"observed_agreement", number(r.observedAgreement)},
           {"expected_agreement", number(r.expectedAgreement)},
           {"units", r.units},
           {"coders", r.coders},
           {"landis_koch", r.landisKoch.isEmpty() ? Json(nullptr) : Json(toStd(r.landisKoch))},
           {"warnings", strings(r.warnings)}};
    if (r.ci && isFiniteValue(r.ci->lower) && isFiniteValue(r.ci->upper)) {
        j["ci"] = {{"lower", r.ci->lower},
                   {"upper", r.ci->upper},
                   {"level", r.ci->level},
                   {"method", toStd(r.ci->method)}};
    } else {
        j["ci"] = nullptr;
    }
    return j;
}

Json confusionJson(const std::vector<qint64> &counts, qint32 q)
{
    Json rows = Json::array();
    for (qint32 a = 0; a < q; ++a) {
        Json row = Json::array();
        for (qint32 b = 0; b < q; ++b)
            row.push_back(counts[size_t(a) * size_t(q) + size_t(b)]);
        rows.push_back(row);
    }
    return rows;
}

Json pairwiseJson(const RatingTable &table)
{
    const qint32 n = table.coderCount();
    const std::vector<std::optional<double>> kappas = cohenKappaMatrix(table);
    Json coders = Json::array();
    Json kappa = Json::array();
    Json units = Json::array();
    for (qint32 a = 0; a < n; ++a) {
        coders.push_back(toStd(table.coderName(a)));
        Json kappaRow = Json::array();
        Json unitRow = Json::array();
        for (qint32 b = 0; b < n; ++b) {
            kappaRow.push_back(number(kappas[size_t(a) * size_t(n) + size_t(b)]));
            qint64 both = 0;
            for (qint32 u = 0; u < table.unitCount(); ++u)
                both += table.at(u, a) >= 0 && table.at(u, b) >= 0 ? 1 : 0;
            unitRow.push_back(both);
        }
        kappa.push_back(kappaRow);
        units.push_back(unitRow);
    }
    return {{"coders", coders}, {"kappa", kappa}, {"units", units}};
}

Json goldJson(const GoldComparison &gold)
{
    const qint32 q = qint32(gold.categories.size());
    Json readers = Json::array();
    for (const GoldReaderResult &r : gold.readers) {
        readers.push_back({{"coder", toStd(r.coderName)},
                           {"units", r.units},
                           {"correct", r.correct},
                           {"accuracy", number(r.accuracy)},
                           {"kappa", resultJson(r.kappa, "cohen")},
                           {"confusion", confusionJson(r.confusion, q)}});
    }
    return {{"reference", toStd(gold.referenceName)},
            {"reference_units", gold.referenceUnits},
            {"categories", strings(gold.categories)},
            {"readers", readers}};
}

Json dawidSkeneJson(const DawidSkeneResult &ds)
{
    const size_t q = size_t(ds.categories.size());
    Json priors = Json::array();
    for (size_t k = 0; k < ds.priors.size(); ++k)
        priors.push_back(
            {{"category", toStd(ds.categories[qsizetype(k)])}, {"prior", number(ds.priors[k])}});
    Json readers = Json::array();
    for (qint32 c : ds.ranking) {
        const DawidSkeneReader &r = ds.readers[size_t(c)];
        Json rows = Json::array();
        for (size_t a = 0; a < q; ++a) {
            Json row = Json::array();
            for (size_t b = 0; b < q; ++b)
                row.push_back(number(r.confusion[a * q + b]));
            rows.push_back(row);
        }
        readers.push_back({{"coder", toStd(r.name)},
                           {"rank", r.rank},
                           {"units", r.units},
                           {"mean_diagonal", number(r.meanDiagonal)},
                           {"accuracy", number(r.accuracy)},
                           {"confusion", rows}});
    }
    return {{"categories", strings(ds.categories)},
            {"priors", priors},
            {"readers", readers},
            {"iterations", ds.iterations},
            {"log_likelihood", number(ds.logLikelihood)},
            {"last_change", number(ds.lastChange)},
            {"converged", ds.converged},
            {"warnings", strings(ds.warnings)}};
}

// Every section of one rating table. `withGold` is the table that still holds the gold coder
// (at `goldCoder`, -1 when there is none); the coefficients use the readers only.
Json tableJson(const QString &key, const QString &title, const char *kind,
               const RatingTable &withGold, qint32 goldCoder, const AgreementReportOptions &options)
{
    std::vector<qint32> readerColumns;
    for (qint32 c = 0; c < withGold.coderCount(); ++c) {
        if (c != goldCoder)
            readerColumns.push_back(c);
    }
    const RatingTable table = withGold.selectCoders(readerColumns);

    AgreementRequest request;
    Json coefficients = Json::array();
    request.metric = AgreementMetric::Percent;
    coefficients.push_back(resultJson(computeAgreement(table, request), "percent"));
    const FleissKappa fleiss = fleissKappa(table);
    coefficients.push_back(resultJson(fleiss.overall, "fleiss"));
    request.metric = AgreementMetric::Alpha;
    if (options.bootstrap.resamples >= 2)
        request.bootstrap = options.bootstrap;
    coefficients.push_back(resultJson(computeAgreement(table, request), "alpha"));
    request.bootstrap.reset();
    request.metric = AgreementMetric::Ac1;
    coefficients.push_back(resultJson(computeAgreement(table, request), "ac1"));

    Json perCategory = Json::array();
    for (size_t k = 0; k < fleiss.perCategory.size(); ++k) {
        const AgreementResult &c = fleiss.perCategory[k];
        qint64 ratings = 0;
        for (qint32 cell : table.cells())
            ratings += cell == qint32(k) ? 1 : 0;
        perCategory.push_back({{"category", toStd(table.categoryName(qint32(k)))},
                               {"ratings", ratings},
                               {"value", number(c.value)},
                               {"standard_error_under_null", number(c.standardError)},
                               {"landis_koch", toStd(c.landisKoch)}});
    }
    Json j{{"key", toStd(key)},
           {"title", toStd(title)},
           {"kind", kind},
           {"units", table.unitCount()},
           {"coders", table.coderCount()},
           {"ratings", table.ratingCount()},
           {"categories", strings(table.categoryNames())},
           {"coefficients", coefficients},
           {"fleiss_per_category", perCategory},
           {"pairwise_cohen", pairwiseJson(table)},
           {"gold", nullptr},
           {"dawid_skene", nullptr}};
    if (goldCoder >= 0)
        j["gold"] = goldJson(compareWithGold(withGold, goldCoder));
    // With one reader there is nothing to separate a reader's errors from the truth.
    if (options.dawidSkene && table.ratingCount() > 0 && table.coderCount() >= 2) {
        DawidSkeneOptions ds;
        ds.seed = options.bootstrap.seed;
        j["dawid_skene"] = dawidSkeneJson(dawidSkene(table, ds));
    }
    return j;
}

// Nominal alpha of the primary table (the categorical one, or the pooled binary tables) under
// a selection, for the trend.
Json trendPoint(const Project &project, const ItemList &items, const AnnotationStore &store,
                ProjectRatingSelection selection, const QString &gold)
{
    if (!gold.isEmpty())
        selection.excludedAnnotatorIds.append(gold);
    const ProjectRatings ratings = buildProjectRatings(project, items, store, selection);
    const RatingTable table = pooledRatingTable(ratings.tables);
    const AgreementResult alpha = krippendorffAlpha(table, MeasurementLevel::Nominal);
    return {{"alpha", number(alpha.value)},
            {"units", alpha.units},
            {"coders", table.coderCount()},
            {"ratings", table.ratingCount()}};
}

Json trendJson(const Project &project, const ItemList &items, const AnnotationStore &store,
               const AgreementReportOptions &options)
{
    const ProjectRatingSelection &base = options.selection;
    std::set<int> versions;
    for (const GuidelineVersion &g : project.guidelines)
        versions.insert(g.version);
    // ISO weeks (year, week) -> Monday, from the label times of the selection.
    std::map<std::pair<int, int>, QDate> weeks;
    for (const auto &[annotator, work] : store.allWork()) {
        // Only the readers the report is about give the trend its points.
        if (annotator == options.goldAnnotatorId || base.excludedAnnotatorIds.contains(annotator) ||
            (!base.annotatorIds.isEmpty() && !base.annotatorIds.contains(annotator)))
            continue;
        for (auto it = work.items().cbegin(); it != work.items().cend(); ++it) {
            const ClassLabels &labels = it.value().classLabels;
            if (labels.labelIds.empty())
                continue;
            versions.insert(labels.provenance.guidelineVersion);
            if (base.guidelineVersion &&
                labels.provenance.guidelineVersion != *base.guidelineVersion)
                continue;
            const qint64 ms = labels.provenance.modifiedMs;
            if ((base.fromMs && ms < *base.fromMs) || (base.toMs && ms >= *base.toMs))
                continue;
            const QDate day = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
            int year = 0;
            const int week = day.weekNumber(&year);
            weeks.emplace(std::make_pair(year, week), day.addDays(1 - day.dayOfWeek()));
        }
    }
    Json byGuideline = Json::array();
    if (!base.guidelineVersion) {
        for (int version : versions) {
            ProjectRatingSelection s = base;
            s.guidelineVersion = version;
            Json point = trendPoint(project, items, store, s, options.goldAnnotatorId);
            point["version"] = version;
            byGuideline.push_back(point);
        }
    }
    Json byWeek = Json::array();
    for (const auto &[key, monday] : weeks) {
        ProjectRatingSelection s = base;
        const qint64 from = QDateTime(monday, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 to =
            QDateTime(monday.addDays(7), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        s.fromMs = std::max(from, base.fromMs.value_or(from));
        s.toMs = std::min(to, base.toMs.value_or(to));
        Json point = trendPoint(project, items, store, s, options.goldAnnotatorId);
        point["week"] =
            toStd(QStringLiteral("%1-W%2").arg(key.first).arg(key.second, 2, 10, QLatin1Char('0')));
        point["start"] = toStd(monday.toString(Qt::ISODate));
        byWeek.push_back(point);
    }
    return {{"measure", "krippendorff_alpha_nominal"},
            {"by_guideline", byGuideline},
            {"by_week", byWeek}};
}

Json selectionJson(const ProjectRatingSelection &s, const QString &gold)
{
    auto time = [](std::optional<qint64> ms) {
        return ms ? Json(toStd(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc())
                                   .toString(Qt::ISODateWithMs)))
                  : Json(nullptr);
    };
    return {{"labels", s.labelIds},
            {"taxonomy_level", s.taxonomyDepth ? Json(*s.taxonomyDepth) : Json(nullptr)},
            {"guideline_version", s.guidelineVersion ? Json(*s.guidelineVersion) : Json(nullptr)},
            {"sessions", strings(s.sessionIds)},
            {"from", time(s.fromMs)},
            {"to", time(s.toMs)},
            {"annotators", strings(s.annotatorIds)},
            {"done_only", s.doneOnly},
            {"gold", gold.isEmpty() ? Json(nullptr) : Json(toStd(gold))}};
}

// Geometric agreement: box matching per reader pair (core/project/boxagreement.h).
Json boxesJson(const Project &project, const ItemList &items, const AnnotationStore &store,
               const ProjectRatingSelection &selection)
{
    constexpr double Threshold = 0.5;
    Json pairs = Json::array();
    for (const ReaderPairBoxAgreement &p :
         pairwiseBoxAgreement(project, items, store, selection, Threshold)) {
        pairs.push_back({{"reader_a", toStd(p.readerA)},
                         {"reader_b", toStd(p.readerB)},
                         {"items", p.items},
                         {"boxes_a", p.boxesA},
                         {"boxes_b", p.boxesB},
                         {"matched", p.matched},
                         {"precision", number(p.precision)},
                         {"recall", number(p.recall)},
                         {"f1", number(p.f1)},
                         {"mean_iou", number(p.meanIoU)},
                         {"label_agreement", number(p.labelAgreement)}});
    }
    return {{"iou_threshold", Threshold}, {"pairs", pairs}};
}

// "mm" or "px": the unit every distance of a comparison is in.
const char *distanceUnit(const std::optional<PixelSpacing> &spacing)
{
    return spacing ? "mm" : "px";
}

Json spacingJson(const std::optional<PixelSpacing> &spacing)
{
    if (!spacing)
        return nullptr;
    return {{"row_mm", spacing->rowMm},
            {"column_mm", spacing->columnMm},
            {"source", toStd(spacing->source)}};
}

// Mask agreement per reader pair, with one row per item and label either reader drew. Each
// row names its distance unit; HD95 means are kept apart per unit.
Json masksJson(const Project &project, const ItemList &items, const AnnotationStore &store,
               const ProjectRatingSelection &selection)
{
    Json pairs = Json::array();
    for (const ReaderPairMaskAgreement &p :
         pairwiseMaskAgreement(project, items, store, selection)) {
        Json comparisons = Json::array();
        for (const MaskComparison &c : p.comparisons) {
            comparisons.push_back({{"item", toStd(c.itemId)},
                                   {"label", toStd(project.taxonomy.pathOf(c.labelId))},
                                   {"label_id", c.labelId},
                                   {"dice", number(c.dice)},
                                   {"iou", number(c.iou)},
                                   {"area_a", c.areaA},
                                   {"area_b", c.areaB},
                                   {"hd95", number(c.hausdorff95)},
                                   {"distance_unit", distanceUnit(c.spacing)},
                                   {"pixel_spacing", spacingJson(c.spacing)}});
        }
        pairs.push_back({{"reader_a", toStd(p.readerA)},
                         {"reader_b", toStd(p.readerB)},
                         {"mean_dice", number(p.meanDice)},
                         {"mean_iou", number(p.meanIoU)},
                         {"mean_hd95_mm", number(p.hausdorff95Mm.mean)},
                         {"hd95_mm_comparisons", p.hausdorff95Mm.comparisons},
                         {"mean_hd95_px", number(p.hausdorff95Px.mean)},
                         {"hd95_px_comparisons", p.hausdorff95Px.comparisons},
                         {"spacing_sources", strings(p.spacingSources)},
                         {"comparisons", comparisons}});
    }
    return {{"pairs", pairs}};
}

} // namespace

Json buildAgreementReport(const Project &project, const ItemList &items,
                          const AnnotationStore &store, const AgreementReportOptions &options)
{
    ProjectRatingSelection selection = options.selection;
    const QString &gold = options.goldAnnotatorId;
    if (!gold.isEmpty() && !selection.annotatorIds.isEmpty() &&
        !selection.annotatorIds.contains(gold))
        selection.annotatorIds.append(gold);
    selection.excludedAnnotatorIds.removeAll(gold);
    const ProjectRatings ratings = buildProjectRatings(project, items, store, selection);
    const bool multi = project.classificationMode == ClassificationMode::MultiLabel;
    // The parts: the ratings, the tables (pooled and per label, or the one), trend, boxes, masks.
    const int parts = 1 + (multi ? 1 + int(ratings.tables.size()) : 1) + 3;
    int partsDone = 0;
    auto partDone = [&] {
        if (options.progress)
            options.progress(++partsDone, parts);
        return !(options.cancelled && options.cancelled());
    };
    if (!partDone())
        return {};
    const qint32 goldCoder = gold.isEmpty() ? -1 : qint32(ratings.coders.indexOf(gold));

    QStringList warnings = ratings.warnings;
    if (!gold.isEmpty() && goldCoder < 0)
        warnings.append(
            concord::tr("The gold annotator \"%1\" has no labels in this selection").arg(gold));
    const qint32 readers = qint32(ratings.coders.size()) - (goldCoder >= 0 ? 1 : 0);
    if (readers == 0)
        warnings.append(concord::tr("No annotator has image labels in this selection"));
    else if (readers == 1)
        warnings.append(concord::tr("Only one annotator has image labels; agreement needs two"));
    if (ratings.tables.empty())
        warnings.append(concord::tr("The taxonomy has no labels in this selection"));

    Json coders = Json::array();
    const RatingTable *first = ratings.tables.empty() ? nullptr : &ratings.tables.front().table;
    for (qint32 c = 0; c < qint32(ratings.coders.size()); ++c) {
        const QString &id = ratings.coders[c];
        const Annotator *known = project.findAnnotator(id);
        qint64 rated = 0;
        for (qint32 u = 0; first && u < first->unitCount(); ++u)
            rated += first->at(u, c) >= 0 ? 1 : 0;
        coders.push_back({{"id", toStd(id)},
                          {"name", toStd(known ? known->displayName : id)},
                          {"role", toStd(known ? roleKey(known->role) : QString())},
                          {"gold", c == goldCoder},
                          {"items_rated", rated}});
    }

    Json overall;
    Json labels = Json::array();
    if (multi) {
        overall = tableJson(QStringLiteral("pooled"), concord::tr("All labels (pooled)"),
                            "pooled_binary", pooledRatingTable(ratings.tables), goldCoder, options);
        if (!partDone())
            return {};
        // Per-label kappas: in a binary table the present/absent Fleiss kappa is the label's.
        Json perLabel = Json::array();
        for (const ProjectRatingTable &t : ratings.tables) {
            Json table = tableJson(t.key, t.title, "binary", t.table, goldCoder, options);
            table["label_id"] = t.labelId;
            perLabel.push_back({{"category", toStd(t.title)},
                                {"value", table["coefficients"][1]["value"]},
                                {"landis_koch", table["coefficients"][1]["landis_koch"]}});
            labels.push_back(std::move(table));
            if (!partDone())
                return {};
        }
        overall["fleiss_per_category"] = perLabel;
    } else {
        const ProjectRatingTable empty;
        const ProjectRatingTable &t = ratings.tables.empty() ? empty : ratings.tables.front();
        overall = tableJson(QStringLiteral("labels"), concord::tr("All labels"), "categorical",
                            t.table, goldCoder, options);
        if (!partDone())
            return {};
    }
    Json trend = trendJson(project, items, store, options);
    if (!partDone())
        return {};
    Json boxes = boxesJson(project, items, store, selection);
    if (!partDone())
        return {};
    Json masks = masksJson(project, items, store, selection);
    if (!partDone())
        return {};

    const QDateTime generated =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    return {{"format", "concord-agreement-report"},
            {"version", 2},
            {"generated", toStd(generated.toUTC().toString(Qt::ISODate))},
            {"project",
             {{"name", toStd(project.name)},
              {"id", toStd(project.projectId)},
              {"items", items.size()},
              {"mode", multi ? "multi_label" : "single_label"},
              {"guideline_version", project.currentGuidelineVersion}}},
            {"selection", selectionJson(options.selection, gold)},
            {"coders", coders},
            {"rated_items", ratings.ratedItems},
            {"dropped_ratings", ratings.droppedRatings},
            {"overall", overall},
            {"labels", labels},
            {"trend", std::move(trend)},
            {"boxes", std::move(boxes)},
            {"masks", std::move(masks)},
            {"warnings", strings(warnings)}};
}

} // namespace concord
