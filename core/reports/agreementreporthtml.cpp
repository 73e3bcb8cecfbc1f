// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/agreementreporthtml.h"

#include "core/reports/agreementreportcharts.h"
#include "core/reports/maskdistancetext.h"
#include "core/reports/reportcharts.h"
#include "core/reports/reporthtmlparts.h"
#include "core/reports/reportjson.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>

namespace concord {

using namespace reportjson;

namespace {

QString percent(std::optional<double> v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("&#8212;");
}

QString metricTitle(const QString &metric)
{
    if (metric == QLatin1String("percent"))
        return concord::tr("Percent agreement");
    if (metric == QLatin1String("fleiss"))
        return concord::tr("Fleiss' &#954;");
    if (metric == QLatin1String("alpha"))
        return concord::tr("Krippendorff's &#945;");
    if (metric == QLatin1String("ac1"))
        return concord::tr("Gwet's AC1");
    return escapeMarkup(metric);
}

QString badge(const QString &reading)
{
    if (reading.isEmpty())
        return QStringLiteral("<span class=\"muted\">&#8212;</span>");
    QString cls = reading;
    cls.replace(QLatin1Char(' '), QLatin1Char('-'));
    return QStringLiteral("<span class=\"badge b-%1\">%2</span>")
        .arg(escapeMarkup(cls), escapeMarkup(landisKochText(reading)));
}

QString interval(const Json &coefficient)
{
    const Json &ci = field(coefficient, "ci");
    if (!ci.is_object())
        return QString();
    return concord::tr("%1% CI %2 to %3")
        .arg(QString::number(num(ci, "level").value_or(0.95) * 100, 'g', 3),
             figureOrDash(num(ci, "lower")), figureOrDash(num(ci, "upper")));
}

QString cards(const Json &overall)
{
    QString html = QStringLiteral("<section class=\"cards\">");
    for (const Json &c : field(overall, "coefficients")) {
        const bool isPercent = str(c, "metric") == QLatin1String("percent");
        html += QStringLiteral("<div class=\"card\"><div class=\"name\">%1</div>"
                               "<div class=\"value\">%2</div><div class=\"ci\">%3</div>%4</div>")
                    .arg(metricTitle(str(c, "metric")),
                         isPercent ? percent(num(c, "value")) : figureOrDash(num(c, "value")),
                         escapeMarkup(interval(c)),
                         isPercent ? QStringLiteral("<span class=\"note\">%1</span>")
                                         .arg(concord::tr("not chance-corrected"))
                                   : badge(str(c, "landis_koch")));
    }
    html += QStringLiteral("</section>");
    // The engine's reasons and caveats (unpairable items, undefined bootstrap resamples, the
    // prevalence paradox), once each, under the figures they qualify.
    QStringList notes;
    for (const Json &c : field(overall, "coefficients")) {
        for (const Json &w : field(c, "warnings")) {
            const QString note =
                QStringLiteral("<li><b>%1:</b> %2</li>")
                    .arg(metricTitle(str(c, "metric")),
                         escapeMarkup(w.is_string() ? fromStd(w.get<std::string>()) : QString()));
            if (!notes.contains(note))
                notes.append(note);
        }
    }
    if (!notes.isEmpty()) {
        html += QStringLiteral("<section class=\"notes\"><strong>%1</strong><ul>%2</ul></section>")
                    .arg(concord::tr("Notes on these figures"), notes.join(QString()));
    }
    return html;
}

QString coefficientRows(const Json &table, bool withTitle)
{
    QString html;
    std::optional<double> values[4];
    QString alphaCi, reading;
    const Json &cs = field(table, "coefficients");
    for (size_t i = 0; i < 4 && i < cs.size(); ++i)
        values[i] = num(cs[i], "value");
    if (cs.size() > 2) {
        alphaCi = interval(cs[2]);
        reading = str(cs[2], "landis_koch");
    }
    html += QStringLiteral("<tr>");
    if (withTitle)
        html += QStringLiteral("<td>%1</td>").arg(escapeMarkup(str(table, "title")));
    html += QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td>"
                           "<td class=\"num\">%3</td><td class=\"num\">%4</td>"
                           "<td class=\"num\">%5</td><td>%6</td><td>%7</td></tr>")
                .arg(field(table, "units").is_number()
                         ? QString::number(field(table, "units").get<qint64>())
                         : QString(),
                     percent(values[0]), figureOrDash(values[1]), figureOrDash(values[2]),
                     figureOrDash(values[3]), escapeMarkup(alphaCi), badge(reading));
    return html;
}

QString coefficientTable(const Json &report)
{
    const bool multi = str(field(report, "project"), "mode") == QLatin1String("multi_label");
    QString html =
        QStringLiteral("<section><h2>%1</h2><p class=\"sub\">%2</p><table><tr>")
            .arg(concord::tr("Coefficients"),
                 multi ? concord::tr("Multi-label project: each label is measured as present or "
                                     "absent; the first row pools every item-label decision.")
                       : concord::tr("Single-label project: the label of each item is one "
                                     "nominal rating."));
    html += QStringLiteral("<th>%1</th><th class=\"num\">%2</th><th class=\"num\">%3</th>"
                           "<th class=\"num\">%4</th><th class=\"num\">%5</th>"
                           "<th class=\"num\">AC1</th><th>%6</th><th>%7</th></tr>")
                .arg(concord::tr("Table"), concord::tr("Units"), concord::tr("Percent"),
                     concord::tr("Fleiss &#954;"), concord::tr("&#945;"),
                     concord::tr("&#945; interval"), concord::tr("Reading (&#945;)"));
    html += coefficientRows(field(report, "overall"), true);
    for (const Json &table : field(report, "labels"))
        html += coefficientRows(table, true);
    return html + QStringLiteral("</table></section>");
}

QString chartOrNote(const QString &svg, const QString &note)
{
    return svg.isEmpty() ? QStringLiteral("<p class=\"muted\">%1</p>").arg(escapeMarkup(note))
                         : svg;
}

QString heatmapSection(const Json &overall)
{
    return QStringLiteral("<section><h2>%1</h2><p class=\"sub\">%2</p>%3</section>")
        .arg(concord::tr("Pairwise Cohen's &#954;"),
             concord::tr(
                 "Each pair of readers on the items both labeled (n). Blue is agreement beyond "
                 "chance, red is systematic disagreement."),
             chartOrNote(pairwiseCohenChart(overall), concord::tr("Needs two readers.")));
}

QString barsSection(const Json &report)
{
    const bool multi = str(field(report, "project"), "mode") == QLatin1String("multi_label");
    return QStringLiteral("<section><h2>%1</h2><p class=\"sub\">%2</p>%3</section>")
        .arg(
            multi ? concord::tr("Fleiss' &#954; per label")
                  : concord::tr("Fleiss' &#954; per category"),
            concord::tr(
                "Agreement on each category against all others (Fleiss 1971), with the "
                "Landis-Koch bands behind; categories nobody chose are left out. Low bars show "
                "which findings need a clearer guideline."),
            chartOrNote(perCategoryChart(field(report, "overall")), concord::tr("No categories.")));
}

QString trendSection(const Json &trend)
{
    QString html =
        QStringLiteral("<section><h2>%1</h2><p class=\"sub\">%2</p><div class=\"charts\">")
            .arg(concord::tr("Trend"),
                 concord::tr("Krippendorff's &#945; (nominal) of the labels made under "
                             "each guideline version and in each ISO week."));
    html += QStringLiteral("<div><h3>%1</h3>%2</div>")
                .arg(concord::tr("By guideline version"), guidelineTrendChart(trend));
    html += QStringLiteral("<div><h3>%1</h3>%2</div>")
                .arg(concord::tr("By ISO week"), weeklyTrendChart(trend));
    return html + QStringLiteral("</div></section>");
}

// A section with a table of one row per reader pair of `measure` ("pairs"), each drawn by
// `row` (the cells after the two readers'); `after` follows the table. Empty without pairs.
QString readerPairsSection(const Json &measure, const QString &title, const QString &subtitle,
                           const QStringList &columns,
                           const std::function<QString(const Json &)> &row,
                           const QString &after = {})
{
    const Json &pairs = field(measure, "pairs");
    if (!pairs.is_array() || pairs.empty())
        return {};
    QString html =
        htmlSectionStart(title, subtitle) + QStringLiteral("<table>") +
        htmlHeaderRow(QStringList{concord::tr("Reader A"), concord::tr("Reader B")} + columns, 2);
    for (const Json &p : pairs) {
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td>%3</tr>")
                .arg(escapeMarkup(str(p, "reader_a")), escapeMarkup(str(p, "reader_b")), row(p));
    }
    return html + QStringLiteral("</table>") + after + QStringLiteral("</section>");
}

QString boxesSection(const Json &boxes)
{
    return readerPairsSection(
        boxes, concord::tr("Box agreement"),
        concord::tr("Boxes matched one to one per item by IoU &#8805; %1 (optimal assignment), "
                    "pooled over the items both readers read. Reader A is the reference: "
                    "recall = matched / A's boxes, precision = matched / B's boxes.")
            .arg(figureOrDash(num(boxes, "iou_threshold"), 2)),
        {concord::tr("Items"), concord::tr("Boxes A / B"), concord::tr("Matched"),
         concord::tr("Precision"), concord::tr("Recall"), concord::tr("F1"),
         concord::tr("Mean IoU"), concord::tr("Same label")},
        [](const Json &p) {
            return QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2 / %3</td>"
                                  "<td class=\"num\">%4</td><td class=\"num\">%5</td>"
                                  "<td class=\"num\">%6</td><td class=\"num\">%7</td>"
                                  "<td class=\"num\">%8</td><td class=\"num\">%9</td>")
                .arg(count(p, "items"))
                .arg(count(p, "boxes_a"))
                .arg(count(p, "boxes_b"))
                .arg(count(p, "matched"))
                .arg(percent(num(p, "precision")), percent(num(p, "recall")),
                     figureOrDash(num(p, "f1")), figureOrDash(num(p, "mean_iou")),
                     percent(num(p, "label_agreement")));
        });
}

QString masksSection(const Json &masks)
{
    const QString note = distanceUnitNote(masks);
    return readerPairsSection(
        masks, concord::tr("Mask agreement"),
        concord::tr("Each reader's masks and polygons of a label joined per image, compared on "
                    "the images both readers read: Dice, IoU and the 95th-percentile Hausdorff "
                    "distance of every image and label either drew, averaged here; the rows "
                    "are in agreement.csv and agreement.json."),
        {concord::tr("Comparisons"), concord::tr("Mean Dice"), concord::tr("Mean IoU"),
         concord::tr("Mean HD95")},
        [](const Json &p) {
            return QStringLiteral("<td class=\"num\">%1</td><td class=\"num\">%2</td>"
                                  "<td class=\"num\">%3</td><td class=\"num\">%4</td>")
                .arg(qint64(field(p, "comparisons").size()))
                .arg(figureOrDash(num(p, "mean_dice")), figureOrDash(num(p, "mean_iou")),
                     escapeMarkup(meanHausdorff95Text(p, QStringLiteral("\u2014"))));
        },
        note.isEmpty() ? QString()
                       : QStringLiteral("<p class=\"sub\">%1</p>").arg(escapeMarkup(note)));
}

QString readersSection(const Json &report)
{
    QString html = QStringLiteral("<section><h2>%1</h2><table><tr><th>%2</th><th>%3</th>"
                                  "<th>%4</th><th class=\"num\">%5</th></tr>")
                       .arg(concord::tr("Readers"), concord::tr("Id"), concord::tr("Name"),
                            concord::tr("Role"), concord::tr("Items labeled"));
    for (const Json &c : field(report, "coders")) {
        QString role = escapeMarkup(str(c, "role"));
        if (field(c, "gold").is_boolean() && field(c, "gold").get<bool>())
            role += QStringLiteral(" <span class=\"badge\" style=\"background:#b45309\">%1</span>")
                        .arg(concord::tr("gold"));
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td></tr>")
                .arg(escapeMarkup(str(c, "id")), escapeMarkup(str(c, "name")), role)
                .arg(field(c, "items_rated").is_number() ? field(c, "items_rated").get<qint64>()
                                                         : 0);
    }
    return html + QStringLiteral("</table></section>");
}

// A confusion matrix restricted to the categories in `shown` (indices), labelled by the last
// part of each category's path.
QString confusionTable(const Json &matrix, const QStringList &categories,
                       const std::vector<size_t> &shown, const QString &title)
{
    auto shortName = [&](size_t k) {
        return escapeMarkup(categories.value(qsizetype(k)).section(QStringLiteral(" / "), -1));
    };
    QString html =
        QStringLiteral("<div class=\"confusion\"><strong>%1</strong><table><tr><td></td>")
            .arg(escapeMarkup(title));
    for (size_t c : shown)
        html += QStringLiteral("<th class=\"num\">%1</th>").arg(shortName(c));
    html += QStringLiteral("</tr>");
    for (size_t r : shown) {
        if (r >= matrix.size())
            continue;
        html += QStringLiteral("<tr><th>%1</th>").arg(shortName(r));
        for (size_t c : shown) {
            const Json &v = c < matrix[r].size() ? matrix[r][c] : Json();
            const QString text =
                v.is_number() ? QString::number(v.get<qint64>()) : QStringLiteral("&#8212;");
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(QLatin1String(r == c ? " class=\"hit\"" : ""), text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></div>");
}

QStringList stringList(const Json &array)
{
    QStringList out;
    for (const Json &s : array)
        out.append(s.is_string() ? fromStd(s.get<std::string>()) : QString());
    return out;
}

QString goldSection(const Json &gold)
{
    if (!gold.is_object())
        return {};
    const QStringList categories = stringList(field(gold, "categories"));
    QString html =
        QStringLiteral("<section><h2>%1</h2><p class=\"sub\">%2</p><table><tr><th>%3</th>"
                       "<th class=\"num\">%4</th><th class=\"num\">%5</th>"
                       "<th class=\"num\">%6</th><th>%7</th><th>%8</th></tr>")
            .arg(concord::tr("Agreement with gold"),
                 concord::tr("Each reader against the reference reading of %1.")
                     .arg(escapeMarkup(str(gold, "reference"))),
                 concord::tr("Reader"), concord::tr("Units"), concord::tr("Accuracy"),
                 concord::tr("Cohen &#954;"), concord::tr("&#954; interval"),
                 concord::tr("Reading"));
    // Rows and columns that hold a count for some reader; unused categories only add zeros.
    std::vector<size_t> shown;
    for (size_t k = 0; k < size_t(categories.size()); ++k) {
        bool used = false;
        for (const Json &r : field(gold, "readers")) {
            const Json &m = field(r, "confusion");
            for (size_t other = 0; other < m.size() && !used; ++other) {
                used = (k < m.size() && other < m[k].size() && m[k][other].is_number() &&
                        m[k][other].get<qint64>() > 0) ||
                       (k < m[other].size() && m[other][k].is_number() &&
                        m[other][k].get<qint64>() > 0);
            }
        }
        if (used)
            shown.push_back(k);
    }
    QString matrices;
    for (const Json &r : field(gold, "readers")) {
        const Json &kappa = field(r, "kappa");
        html += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td>"
                               "<td class=\"num\">%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(escapeMarkup(str(r, "coder")))
                    .arg(field(r, "units").get<qint64>())
                    .arg(percent(num(r, "accuracy")), figureOrDash(num(kappa, "value")),
                         escapeMarkup(interval(kappa)), badge(str(kappa, "landis_koch")));
        matrices +=
            confusionTable(field(r, "confusion"), categories, shown,
                           concord::tr("%1 (rows: gold, columns: reader)").arg(str(r, "coder")));
    }
    return html + QStringLiteral("</table><div class=\"grid2\" style=\"margin-top:14px\">") +
           matrices + QStringLiteral("</div></section>");
}

QString dawidSkeneSection(const Json &ds)
{
    if (!ds.is_object())
        return {};
    const bool converged =
        field(ds, "converged").is_boolean() && field(ds, "converged").get<bool>();
    const QString status =
        (converged ? concord::tr("Converged after %1 iterations")
                   : concord::tr("Stopped after %1 iterations without converging"))
            .arg(field(ds, "iterations").get<qint64>()) +
        concord::tr("; last change in log-likelihood %1.")
            .arg(QString::number(num(ds, "last_change").value_or(0), 'g', 3));
    QString html =
        QStringLiteral(
            "<section><h2>%1</h2><p class=\"sub\">%2 %3</p><table><tr><th class=\"num\">%4</th>"
            "<th>%5</th><th class=\"num\">%6</th><th class=\"num\">%7</th>"
            "<th class=\"num\">%8</th></tr>")
            .arg(concord::tr("Reader reliability (Dawid-Skene)"),
                 concord::tr("Each reader's confusion matrix estimated without a gold standard "
                             "(Dawid &amp; Skene 1979), ranked by balanced accuracy."),
                 escapeMarkup(status), concord::tr("Rank"), concord::tr("Reader"),
                 concord::tr("Balanced accuracy"), concord::tr("Expected accuracy"),
                 concord::tr("Units"));
    for (const Json &r : field(ds, "readers")) {
        html += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td class=\"num\">%3</td>"
                               "<td class=\"num\">%4</td><td class=\"num\">%5</td></tr>")
                    .arg(field(r, "rank").get<qint64>())
                    .arg(escapeMarkup(str(r, "coder")), percent(num(r, "mean_diagonal")),
                         percent(num(r, "accuracy")))
                    .arg(field(r, "units").get<qint64>());
    }
    html += QStringLiteral("</table><p class=\"sub\" style=\"margin-top:10px\">%1 ")
                .arg(concord::tr("Estimated prevalence:"));
    QStringList priors;
    for (const Json &p : field(ds, "priors")) {
        if (num(p, "prior").value_or(0) < 0.0005)
            continue; // a category nobody uses
        priors.append(QStringLiteral("%1 %2").arg(escapeMarkup(str(p, "category")),
                                                  percent(num(p, "prior"))));
    }
    return html + priors.join(QStringLiteral(" &#183; ")) + QStringLiteral("</p></section>");
}

} // namespace

QByteArray agreementReportHtml(const Json &report)
{
    const Json &project = field(report, "project");
    const Json &selection = field(report, "selection");
    const Json &overall = field(report, "overall");
    QStringList chips;
    chips << (str(project, "mode") == QLatin1String("multi_label") ? concord::tr("multi-label")
                                                                   : concord::tr("single-label"));
    chips << (field(selection, "taxonomy_level").is_number()
                  ? concord::tr("taxonomy level %1")
                        .arg(field(selection, "taxonomy_level").get<int>())
                  : concord::tr("labels as chosen"));
    chips
        << (field(selection, "guideline_version").is_number()
                ? concord::tr("guideline v%1").arg(field(selection, "guideline_version").get<int>())
                : concord::tr("all guideline versions"));
    if (!str(selection, "gold").isEmpty())
        chips << concord::tr("gold: %1").arg(str(selection, "gold"));
    if (field(selection, "done_only").is_boolean() && field(selection, "done_only").get<bool>())
        chips << concord::tr("done items only");
    QString html = htmlReportStart(
        concord::tr("Agreement report: %1").arg(str(project, "name")),
        concord::tr("Concord &#183; Inter-reader agreement report"), str(project, "name"),
        concord::tr("Generated %1 UTC · %2 of %3 items labeled · %4 readers")
            .arg(reportGeneratedTime(report))
            .arg(field(report, "rated_items").is_number()
                     ? field(report, "rated_items").get<qint64>()
                     : 0)
            .arg(field(project, "items").is_number() ? field(project, "items").get<qint64>() : 0)
            .arg(field(overall, "coders").is_number() ? field(overall, "coders").get<qint64>() : 0),
        chips);
    const Json &warnings = field(report, "warnings");
    if (warnings.is_array() && !warnings.empty()) {
        html += QStringLiteral("<section class=\"warn\"><strong>%1</strong><ul>")
                    .arg(concord::tr("Please note"));
        for (const Json &w : warnings)
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg(escapeMarkup(w.is_string() ? fromStd(w.get<std::string>()) : QString()));
        html += QStringLiteral("</ul></section>");
    }
    html += cards(overall);
    html += coefficientTable(report);
    html += heatmapSection(overall);
    html += barsSection(report);
    html += trendSection(field(report, "trend"));
    html += boxesSection(field(report, "boxes"));
    html += masksSection(field(report, "masks"));
    html += goldSection(field(overall, "gold"));
    html += dawidSkeneSection(field(overall, "dawid_skene"));
    html += readersSection(report);
    html += QStringLiteral("<footer><p>%1</p></footer></main></body></html>\n")
                .arg(concord::tr(
                    "Percent agreement, Fleiss' &#954; and Gwet's AC1 follow Gwet (2014) with "
                    "missing ratings; their intervals are analytic at 95&#8239;%. Krippendorff's "
                    "&#945; follows Krippendorff (2011) with a percentile bootstrap interval "
                    "over items. Landis &amp; Koch (1977) readings are a convention, not a "
                    "verdict. Undefined values are shown as &#8212; and explained above."));
    return html.toUtf8();
}

} // namespace concord
