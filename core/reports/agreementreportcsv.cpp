// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/agreementreportcsv.h"

#include <QStringList>

#include <string_view>

namespace concord {

namespace {

QByteArray field(const Json &value)
{
    QByteArray text;
    if (value.is_null())
        return text;
    if (value.is_string())
        text = QByteArray::fromStdString(value.get<std::string>());
    else if (value.is_number_float())
        text = QByteArray::number(value.get<double>(), 'g', 12);
    else
        text = QByteArray::fromStdString(value.dump());
    if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r'))
        text = '"' + text.replace("\"", "\"\"") + '"';
    return text;
}

Json get(const Json &object, const char *key)
{
    return object.is_object() && object.contains(key) ? object.at(key) : Json(nullptr);
}

struct Row
{
    Json scope, table, category, coderA, coderB, metric;
    Json result = Json::object(); // an AgreementResult in report form, or {"value": x}
    Json valueUnit = nullptr;     // "mm" or "px" for distances; coefficients have none
};

void write(QByteArray &out, const Row &row)
{
    const Json &r = row.result;
    const Json ci = get(r, "ci");
    QByteArray warnings;
    if (get(r, "warnings").is_array()) {
        QStringList list;
        for (const Json &w : r.at("warnings"))
            list.append(fromStd(w.get<std::string>()));
        warnings = list.join(QStringLiteral("; ")).toUtf8();
    }
    const QList<QByteArray> fields = {field(row.scope),
                                      field(row.table),
                                      field(row.category),
                                      field(row.coderA),
                                      field(row.coderB),
                                      field(row.metric),
                                      field(get(r, "value")),
                                      field(row.valueUnit),
                                      field(get(r, "standard_error")),
                                      field(get(ci, "lower")),
                                      field(get(ci, "upper")),
                                      field(get(ci, "level")),
                                      field(get(ci, "method")),
                                      field(get(r, "units")),
                                      field(get(r, "coders")),
                                      field(get(r, "landis_koch")),
                                      field(Json(warnings.toStdString()))};
    out += fields.join(',');
    out += '\n';
}

void writeTable(QByteArray &out, const Json &table, const char *scope)
{
    const Json key = get(table, "title");
    for (const Json &c : table.at("coefficients"))
        write(out, {scope, key, nullptr, nullptr, nullptr, c.at("metric"), c});
    for (const Json &c : table.at("fleiss_per_category"))
        write(out, {scope, key, c.at("category"), nullptr, nullptr, "fleiss_category", c});
    const Json &pairs = table.at("pairwise_cohen");
    const Json &coders = pairs.at("coders");
    for (size_t a = 0; a < coders.size(); ++a) {
        for (size_t b = a + 1; b < coders.size(); ++b) {
            write(out, {scope, key, nullptr, coders[a], coders[b], "cohen",
                        Json{{"value", pairs.at("kappa")[a][b]},
                             {"units", pairs.at("units")[a][b]},
                             {"coders", 2}}});
        }
    }
    const Json gold = get(table, "gold");
    if (gold.is_object()) {
        for (const Json &r : gold.at("readers")) {
            write(out, {scope, key, nullptr, gold.at("reference"), r.at("coder"), "gold_cohen",
                        r.at("kappa")});
            write(out,
                  {scope, key, nullptr, gold.at("reference"), r.at("coder"), "gold_accuracy",
                   Json{{"value", r.at("accuracy")}, {"units", r.at("units")}, {"coders", 2}}});
        }
    }
}

} // namespace

QByteArray agreementReportCsv(const Json &report)
{
    QByteArray out = "scope,table,category,coder_a,coder_b,metric,value,value_unit,standard_error,"
                     "ci_lower,ci_upper,ci_level,ci_method,units,coders,landis_koch,warnings\n";
    if (report.contains("overall"))
        writeTable(out, report.at("overall"), "overall");
    if (report.contains("labels")) {
        for (const Json &table : report.at("labels"))
            writeTable(out, table, "label");
    }
    const Json boxes = get(report, "boxes");
    if (boxes.is_object()) {
        for (const Json &p : boxes.at("pairs")) {
            for (const char *metric : {"precision", "recall", "f1", "mean_iou", "label_agreement"})
                write(out,
                      {"boxes", nullptr, nullptr, p.at("reader_a"), p.at("reader_b"), metric,
                       Json{{"value", p.at(metric)}, {"units", p.at("items")}, {"coders", 2}}});
        }
    }
    const Json masks = get(report, "masks");
    if (masks.is_object()) {
        for (const Json &p : masks.at("pairs")) {
            const Json readerA = p.at("reader_a"), readerB = p.at("reader_b");
            for (const char *metric : {"mean_dice", "mean_iou"})
                write(out, {"masks", nullptr, nullptr, readerA, readerB, metric,
                            Json{{"value", p.at(metric)},
                                 {"units", p.at("comparisons").size()},
                                 {"coders", 2}}});
            // One mean HD95 row per unit the pair has distances in; units are never mixed.
            for (const char *unit : {"mm", "px"}) {
                const std::string suffix = std::string("_") + unit;
                const Json n = get(p, ("hd95" + suffix + "_comparisons").c_str());
                if (n.is_number() && n.get<qint64>() > 0)
                    write(out,
                          {"masks", nullptr, nullptr, readerA, readerB, "mean_hd95",
                           Json{{"value", p.at("mean_hd95" + suffix)}, {"units", n}, {"coders", 2}},
                           unit});
            }
            for (const Json &c : p.at("comparisons")) {
                for (const char *metric : {"dice", "iou", "hd95"}) {
                    const bool distance = std::string_view(metric) == "hd95";
                    write(out, {"mask", c.at("item"), c.at("label"), readerA, readerB, metric,
                                Json{{"value", c.at(metric)}, {"units", 1}, {"coders", 2}},
                                distance ? get(c, "distance_unit") : Json(nullptr)});
                }
            }
        }
    }
    const Json trend = get(report, "trend");
    if (trend.is_object()) {
        for (const Json &p : trend.at("by_guideline")) {
            write(out, {"guideline", nullptr, Json(std::to_string(p.at("version").get<int>())),
                        nullptr, nullptr, trend.at("measure"),
                        Json{{"value", p.at("alpha")},
                             {"units", p.at("units")},
                             {"coders", p.at("coders")}}});
        }
        for (const Json &p : trend.at("by_week")) {
            write(out, {"week", nullptr, p.at("week"), nullptr, nullptr, trend.at("measure"),
                        Json{{"value", p.at("alpha")},
                             {"units", p.at("units")},
                             {"coders", p.at("coders")}}});
        }
    }
    return out;
}

} // namespace concord
