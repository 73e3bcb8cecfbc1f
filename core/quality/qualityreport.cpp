// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/qualityreport.h"

#include "core/storage/qualitypolicyjson.h"
#include "core/util/isoweek.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace concord {

namespace {

Json orNull(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

QDate utcDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

// The guideline version a round was read under: the newest version in the provenance of what
// its readers made; for a round with nothing drawn or labelled, the version in force when its
// last read came in.
int roundGuidelineVersion(const Project &project, const RoutingInput &input, const ItemRoute &route,
                          qint64 roundEndMs)
{
    int version = 0;
    for (const ItemRead &read : input.reads) {
        if (!route.roundReaders.contains(read.readerId))
            continue;
        const ItemWork &work = *read.work;
        if (!work.classLabels.labelIds.empty())
            version = std::max(version, work.classLabels.provenance.guidelineVersion);
        for (const BoxAnnotation &a : work.boxes)
            version = std::max(version, a.provenance.guidelineVersion);
        for (const PolygonAnnotation &a : work.polygons)
            version = std::max(version, a.provenance.guidelineVersion);
        for (const MaskAnnotation &a : work.masks)
            version = std::max(version, a.provenance.guidelineVersion);
    }
    if (version > 0)
        return version;
    version = 1;
    for (const GuidelineVersion &g : project.guidelines) {
        if (g.date.isValid() && g.date.toMSecsSinceEpoch() <= roundEndMs)
            version = std::max(version, g.version);
    }
    return version;
}

struct TierTally
{
    qint64 high = 0, medium = 0, low = 0, accepted = 0;

    void add(AgreementTier tier)
    {
        high += tier == AgreementTier::High ? 1 : 0;
        medium += tier == AgreementTier::Medium ? 1 : 0;
        low += tier == AgreementTier::Low ? 1 : 0;
    }
    Json toJson() const
    {
        return {{"high", high}, {"medium", medium}, {"low", low}, {"accepted", accepted}};
    }
};

// Items submitted, on how many UTC days, first and last: a reader's throughput.
Json throughputOf(const AnnotatorWork &work)
{
    qint64 reads = 0;
    qint64 first = 0, last = 0;
    QSet<QDate> days;
    for (const ItemWork &item : work.items()) {
        if (item.status() != ItemStatus::Done || item.statusMs <= 0)
            continue;
        ++reads;
        first = first == 0 ? item.statusMs : std::min(first, item.statusMs);
        last = std::max(last, item.statusMs);
        days.insert(utcDay(item.statusMs));
    }
    const auto iso = [](qint64 ms) {
        return ms > 0 ? Json(toStd(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                                       .toString(Qt::ISODate)))
                      : Json(nullptr);
    };
    return {{"reads", reads},
            {"active_days", days.size()},
            {"reads_per_active_day",
             days.isEmpty() ? Json(nullptr) : Json(double(reads) / double(days.size()))},
            {"first_read", iso(first)},
            {"last_read", iso(last)}};
}

} // namespace

Json routeEntryToJson(const ProjectRouting::Entry &entry)
{
    const ItemRoute &route = entry.route;
    Json decidedBy = Json::array();
    for (const QString &id : route.decidedBy)
        decidedBy.push_back(toStd(id));
    return {{"item", toStd(entry.item->id)},
            {"file", toStd(entry.item->path)},
            {"agreement", orNull(route.agreement.value)},
            {"readers", route.agreement.readers},
            {"state", toStd(itemStateKey(route.state))},
            {"tier", toStd(agreementTierKey(route.tier))},
            {"round", route.round},
            {"reason", toStd(route.reason)},
            {"decided_by", decidedBy}};
}

Json routeCountsToJson(const ProjectRouting &routing)
{
    Json counts = Json::object();
    for (int s = 0; s < ItemStateCount; ++s)
        counts[toStd(itemStateKey(ItemState(s)))] = routing.counts[size_t(s)];
    return counts;
}

Json proportionToJson(const ProportionEstimate &e)
{
    return {{"count", e.successes},
            {"of", e.trials},
            {"rate", orNull(e.value)},
            {"ci95", {e.lower, e.upper}}};
}

Json qcReportToJson(const QcReport &report, const Taxonomy &taxonomy)
{
    Json categories = Json::object();
    for (const auto &[category, e] : report.byCategory)
        categories[toStd(category)] = proportionToJson(e);
    Json readers = Json::array();
    for (const QcReport::ReaderRow &row : report.readers) {
        Json byCategory = Json::object();
        for (const auto &[category, count] : row.errorsByCategory)
            byCategory[toStd(category)] = count;
        readers.push_back({{"reader", toStd(row.readerId)},
                           {"error_rate", proportionToJson(row.errorRate)},
                           {"errors_by_category", byCategory}});
    }
    Json labels = Json::object();
    for (const auto &[labelId, e] : report.byLabel) {
        const Label *label = taxonomy.find(labelId);
        labels[toStd(label ? label->name : QString::number(labelId))] = proportionToJson(e);
    }
    Json review = Json::array();
    for (const QcReport::ReviewRow &row : report.reviewByReader)
        review.push_back(reviewRowToJson(row));
    return {{"checked", report.checked}, {"accepted", report.accepted},
            {"drawn", report.drawn},     {"error_rate", proportionToJson(report.errorRate)},
            {"by_category", categories}, {"by_reader", readers},
            {"by_label", labels},        {"review_by_reader", review}};
}

Json reviewRowToJson(const QcReport::ReviewRow &row)
{
    Json byCategory = Json::object();
    for (const auto &[category, count] : row.findingsByCategory)
        byCategory[toStd(category)] = count;
    return {{"reader", toStd(row.readerId)},
            {"items_with_findings", proportionToJson(row.itemsWithFindings)},
            {"findings_by_category", byCategory}};
}

Json goldReaderToJson(const GoldScores &scores, size_t reader)
{
    const GoldReaderResult &r = scores.score.comparison.readers[reader];
    const GoldShapeScore &shapes = scores.shapes[reader];
    Json row{{"reader", toStd(r.coderName)},
             {"items", r.units},
             {"correct", r.correct},
             {"accuracy", orNull(r.accuracy)},
             {"kappa", orNull(r.kappa.value)},
             {"kappa_ci95", nullptr},
             {"box_items", shapes.boxItems},
             {"box_f1", orNull(shapes.boxF1)},
             {"box_iou", orNull(shapes.boxIoU)},
             {"mask_items", shapes.maskItems},
             {"mask_overlap", orNull(shapes.maskOverlap)},
             {"score", orNull(goldScoreValue(r, shapes))},
             {"flagged", scores.flagged.contains(r.coderName)}};
    if (r.kappa.ci)
        row["kappa_ci95"] = {r.kappa.ci->lower, r.kappa.ci->upper};
    return row;
}

Json buildQualityReport(const Project &project, const ItemList &items, const AnnotationStore &store,
                        const QualityPolicy &policy, const QDateTime &generated)
{
    const ProjectRouting routing = routeProject(project, items, store, policy);
    return buildQualityReport(project, items, store, policy, routing,
                              buildQcReport(project, routing, store, policy),
                              scoreReadersOnGold(project, items, store, policy), generated);
}

Json buildQualityReport(const Project &project, const ItemList &items, const AnnotationStore &store,
                        const QualityPolicy &policy, const ProjectRouting &routing,
                        const QcReport &qc, const GoldScores &gold, const QDateTime &generated)
{
    TierTally tiers;
    qint64 untiered = 0;
    std::map<QString, std::pair<QDate, TierTally>> byWeek;
    std::map<int, TierTally> byGuideline;
    visitRoutes(project, routing, store, [&](const RoutingInput &input, const ItemRoute &route) {
        if (route.firstAcceptedMs) {
            const auto [week, monday] = isoWeekOf(*route.firstAcceptedMs);
            auto &[start, tally] = byWeek[week];
            start = monday;
            ++tally.accepted;
        }
        if (route.tier == AgreementTier::None) {
            ++untiered;
            return;
        }
        qint64 roundEndMs = 0;
        for (const ItemRead &read : input.reads) {
            if (route.roundReaders.contains(read.readerId))
                roundEndMs = std::max(roundEndMs, read.doneMs);
        }
        tiers.add(route.tier);
        const auto [week, monday] = isoWeekOf(roundEndMs);
        auto &[start, tally] = byWeek[week];
        start = monday;
        tally.add(route.tier);
        TierTally &version = byGuideline[roundGuidelineVersion(project, input, route, roundEndMs)];
        version.add(route.tier);
        version.accepted += route.state == ItemState::Accepted ? 1 : 0;
    });

    Json weeks = Json::array();
    for (const auto &[week, entry] : byWeek) {
        Json row = entry.second.toJson();
        row["week"] = toStd(week);
        row["start"] = toStd(entry.first.toString(Qt::ISODate));
        weeks.push_back(std::move(row));
    }
    Json versions = Json::array();
    for (const auto &[version, tally] : byGuideline) {
        Json row = tally.toJson();
        row["version"] = version;
        versions.push_back(std::move(row));
    }

    // Readers: everyone with work in the project, in id order.
    Json readers = Json::array();
    for (const auto &[readerId, work] : store.allWork()) {
        const Annotator *annotator = project.findAnnotator(readerId);
        Json row{{"reader", toStd(readerId)},
                 {"name", toStd(annotator ? annotator->displayName : readerId)},
                 {"role", annotator ? Json(toStd(roleKey(annotator->role))) : Json(nullptr)},
                 {"throughput", throughputOf(work)},
                 {"gold", nullptr},
                 {"qc", nullptr},
                 {"review", nullptr}};
        const auto &goldReaders = gold.score.comparison.readers;
        for (size_t i = 0; i < goldReaders.size(); ++i) {
            if (goldReaders[i].coderName == readerId && goldReaders[i].units > 0)
                row["gold"] = goldReaderToJson(gold, i);
        }
        for (const QcReport::ReaderRow &qcRow : qc.readers) {
            if (qcRow.readerId != readerId)
                continue;
            Json byCategory = Json::object();
            for (const auto &[category, count] : qcRow.errorsByCategory)
                byCategory[toStd(category)] = count;
            row["qc"] = {{"error_rate", proportionToJson(qcRow.errorRate)},
                         {"errors_by_category", byCategory}};
        }
        for (const QcReport::ReviewRow &reviewRow : qc.reviewByReader) {
            if (reviewRow.readerId == readerId)
                row["review"] = reviewRowToJson(reviewRow);
        }
        readers.push_back(std::move(row));
    }

    Json flagged = Json::array();
    for (const QString &id : gold.flagged)
        flagged.push_back(toStd(id));

    Json itemRows = Json::array();
    for (const ProjectRouting::Entry &entry : routing.items)
        itemRows.push_back(routeEntryToJson(entry));

    return {
        {"format", "concord-quality-report"},
        {"version", 1},
        {"generated", toStd(generated.toUTC().toString(Qt::ISODate))},
        {"project",
         {{"name", toStd(project.name)},
          {"id", toStd(project.projectId)},
          {"items", items.items().size()}}},
        {"policy", qualityPolicyToJson(policy)},
        {"counts", routeCountsToJson(routing)},
        {"tiers",
         {{"high", tiers.high}, {"medium", tiers.medium}, {"low", tiers.low}, {"none", untiered}}},
        {"by_week", weeks},
        {"by_guideline", versions},
        {"readers", readers},
        {"qc", qcReportToJson(qc, project.taxonomy)},
        {"gold",
         {{"items", gold.score.items},
          {"threshold", policy.readerScoreThreshold},
          {"flagged", flagged}}},
        {"items", itemRows}};
}

} // namespace concord
