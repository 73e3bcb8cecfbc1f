// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/qualityreporthtml.h"

#include "core/reports/reportcharts.h"
#include "core/reports/reporthtmlparts.h"
#include "core/reports/reportjson.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>

namespace concord {

using namespace reportjson;

namespace {

// "0.041 (0.012–0.131)" for a proportion with its Wilson interval, or a dash.
QString proportion(const Json &estimate)
{
    const std::optional<double> rate = num(estimate, "rate");
    if (!rate)
        return QStringLiteral("&#8212;");
    const Json &ci = field(estimate, "ci95");
    QString text = QStringLiteral("%1 of %2 = %3")
                       .arg(count(estimate, "count"))
                       .arg(count(estimate, "of"))
                       .arg(figureOrDash(rate));
    if (ci.is_array() && ci.size() == 2 && ci[0].is_number() && ci[1].is_number())
        text += QStringLiteral(" <span class=\"muted\">(95% CI %1&#8211;%2)</span>")
                    .arg(figureOrDash(ci[0].get<double>()), figureOrDash(ci[1].get<double>()));
    return text;
}

const char *const TierColors[] = {"#15803d", "#b45309", "#b91c1c"}; // high, medium, low

// Weekly tier counts as stacked columns (high at the bottom), with each week's total on top.
QString tierChartSvg(const Json &weeks)
{
    if (!weeks.is_array() || weeks.empty())
        return {};
    const int columns = int(weeks.size());
    const int columnWidth = std::clamp(560 / columns, 14, 48);
    // Wide enough for the title and the legend however few weeks there are.
    const int left = 40, top = 36, plot = 180;
    const int width = std::max(460, left + columns * columnWidth + 20);
    qint64 highest = 1;
    for (const Json &w : weeks)
        highest = std::max(highest, count(w, "high") + count(w, "medium") + count(w, "low"));
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"Arial, "
                                 "sans-serif\" font-size=\"11\"><rect width=\"%1\" height=\"%2\" "
                                 "fill=\"#ffffff\"/>")
                      .arg(width)
                      .arg(top + plot + 44);
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#94a3b8\"/>")
               .arg(left)
               .arg(top + plot)
               .arg(width - 10);
    svg += QStringLiteral("<text x=\"4\" y=\"%1\" fill=\"#475569\">%2</text>")
               .arg(14)
               .arg(escapeMarkup(concord::tr("items per week, by the tier of their round")));
    for (int c = 0; c < columns; ++c) {
        const Json &w = weeks[size_t(c)];
        const qint64 values[] = {count(w, "high"), count(w, "medium"), count(w, "low")};
        const int x = left + c * columnWidth + 3;
        double y = top + plot;
        for (int t = 0; t < 3; ++t) {
            const double h = double(values[t]) / double(highest) * plot;
            if (h <= 0)
                continue;
            y -= h;
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                  "fill=\"%5\"/>")
                       .arg(x)
                       .arg(y, 0, 'f', 1)
                       .arg(columnWidth - 6)
                       .arg(h, 0, 'f', 1)
                       .arg(QLatin1String(TierColors[t]));
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" "
                              "fill=\"#0f2540\">%3</text>")
                   .arg(x + (columnWidth - 6) / 2)
                   .arg(y - 3, 0, 'f', 1)
                   .arg(values[0] + values[1] + values[2]);
        // The week number under every column, or every other one when they crowd.
        if (columnWidth >= 28 || c % 2 == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" "
                                  "fill=\"#475569\">%3</text>")
                       .arg(x + (columnWidth - 6) / 2)
                       .arg(top + plot + 14)
                       .arg(escapeMarkup(str(w, "week").section(QLatin1Char('-'), 1)));
    }
    const QString names[] = {concord::tr("high"), concord::tr("medium"), concord::tr("low")};
    for (int t = 0; t < 3; ++t)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" fill=\"#334155\">%6</text>")
                   .arg(left + t * 90)
                   .arg(top + plot + 26)
                   .arg(QLatin1String(TierColors[t]))
                   .arg(left + t * 90 + 14)
                   .arg(top + plot + 35)
                   .arg(escapeMarkup(names[t]));
    return svg + QStringLiteral("</svg>");
}

QString tierTable(const Json &rows, const char *key, const QString &keyTitle)
{
    QString html = QStringLiteral("<table>") +
                   htmlHeaderRow({keyTitle, concord::tr("High"), concord::tr("Medium"),
                                  concord::tr("Low"), concord::tr("Accepted")});
    for (const Json &row : rows) {
        const Json &k = field(row, key);
        html +=
            QStringLiteral("<tr>") +
            htmlCell(k.is_string() ? escapeMarkup(fromStd(k.get<std::string>()))
                                   : (k.is_number() ? concord::tr("version %1").arg(k.get<int>())
                                                    : QString())) +
            htmlCell(QString::number(count(row, "high")), true) +
            htmlCell(QString::number(count(row, "medium")), true) +
            htmlCell(QString::number(count(row, "low")), true) +
            htmlCell(QString::number(count(row, "accepted")), true) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString readersTable(const Json &readers)
{
    QString html = QStringLiteral("<table>") +
                   htmlHeaderRow({concord::tr("Reader"), concord::tr("Role"),
                                  concord::tr("Items read"), concord::tr("Active days"),
                                  concord::tr("Per active day"), concord::tr("Gold items"),
                                  concord::tr("Gold accuracy"), concord::tr("Gold kappa"),
                                  concord::tr("Gold box F1"), concord::tr("Gold mask overlap"),
                                  concord::tr("QC error rate"), concord::tr("Review findings")},
                                 2);
    for (const Json &r : readers) {
        const Json &throughput = field(r, "throughput");
        const Json &gold = field(r, "gold");
        const bool flagged =
            field(gold, "flagged").is_boolean() && field(gold, "flagged").get<bool>();
        QString name = escapeMarkup(str(r, "name"));
        if (str(r, "name") != str(r, "reader"))
            name += QStringLiteral(" <span class=\"muted\">%1</span>")
                        .arg(escapeMarkup(str(r, "reader")));
        if (flagged)
            name += QStringLiteral(" <span class=\"badge b-poor\">%1</span>")
                        .arg(concord::tr("flagged"));
        html += QStringLiteral("<tr>") + htmlCell(name) + htmlCell(escapeMarkup(str(r, "role"))) +
                htmlCell(QString::number(count(throughput, "reads")), true) +
                htmlCell(QString::number(count(throughput, "active_days")), true) +
                htmlCell(figureOrDash(num(throughput, "reads_per_active_day"), 1), true) +
                htmlCell(gold.is_null() ? QStringLiteral("&#8212;")
                                        : QString::number(count(gold, "items")),
                         true) +
                htmlCell(figureOrDash(num(gold, "accuracy")), true) +
                htmlCell(figureOrDash(num(gold, "kappa")), true) +
                htmlCell(figureOrDash(num(gold, "box_f1")), true) +
                htmlCell(figureOrDash(num(gold, "mask_overlap")), true) +
                htmlCell(proportion(field(field(r, "qc"), "error_rate")), true) +
                htmlCell(proportion(field(field(r, "review"), "items_with_findings")), true) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QByteArray qualityReportHtml(const Json &report)
{
    const Json &project = field(report, "project");
    const Json &policy = field(report, "policy");
    const Json &counts = field(report, "counts");
    const Json &qc = field(report, "qc");
    const QStringList chips{
        count(policy, "version") > 0 ? concord::tr("policy v%1").arg(count(policy, "version"))
                                     : concord::tr("default policy"),
        concord::tr("%1 readers per item").arg(count(policy, "readers_per_item")),
        concord::tr("high ≥ %1, low < %2")
            .arg(figureOrDash(num(policy, "high_threshold"), 2),
                 figureOrDash(num(policy, "low_threshold"), 2)),
        concord::tr("QC %1%").arg(figureOrDash(num(policy, "qc_rate").value_or(0) * 100, 1)),
        concord::tr("gold %1%").arg(figureOrDash(num(policy, "gold_rate").value_or(0) * 100, 1))};
    QString html =
        htmlReportStart(concord::tr("Quality report: %1").arg(str(project, "name")),
                        concord::tr("Concord &#183; Quality report"), str(project, "name"),
                        concord::tr("Generated %1 UTC · %2 items")
                            .arg(reportGeneratedTime(report))
                            .arg(count(project, "items")),
                        chips);

    const qint64 waiting =
        count(counts, "review") + count(counts, "adjudication") + count(counts, "qc");
    const qint64 reading = count(counts, "needs-reading") + count(counts, "re-read");
    const std::pair<QString, QString> cards[] = {
        {concord::tr("Accepted"), QString::number(count(counts, "accepted"))},
        {concord::tr("Waiting for a decision"), QString::number(waiting)},
        {concord::tr("Still being read"), QString::number(reading)},
        {concord::tr("QC error rate"), figureOrDash(num(field(qc, "error_rate"), "rate"))}};
    const QString cardNotes[] = {concord::tr("final answers, automatically or by a person"),
                                 concord::tr("review %1 · adjudication %2 · QC %3")
                                     .arg(count(counts, "review"))
                                     .arg(count(counts, "adjudication"))
                                     .arg(count(counts, "qc")),
                                 concord::tr("needs reading %1 · re-read %2")
                                     .arg(count(counts, "needs-reading"))
                                     .arg(count(counts, "re-read")),
                                 concord::tr("%1 of %2 drawn items checked")
                                     .arg(count(qc, "checked"))
                                     .arg(count(qc, "drawn"))};
    // A table rather than a CSS grid, so the cards stay side by side on paper too.
    html += QStringLiteral("<section><table><tr>");
    for (int i = 0; i < 4; ++i)
        html += QStringLiteral("<td width=\"25%\"><div class=\"name\">%1</div>"
                               "<div class=\"value\">%2</div><div class=\"note\">%3</div></td>")
                    .arg(escapeMarkup(cards[i].first), cards[i].second, escapeMarkup(cardNotes[i]));
    html += QStringLiteral("</tr></table></section>");

    const Json &tiers = field(report, "tiers");
    html += htmlSectionStart(
        concord::tr("Agreement tiers"),
        escapeMarkup(concord::tr("Items whose current round is complete: high %1, medium %2, "
                                 "low %3; %4 not yet fully read or gold.")
                         .arg(count(tiers, "high"))
                         .arg(count(tiers, "medium"))
                         .arg(count(tiers, "low"))
                         .arg(count(tiers, "none"))));
    html += tierChartSvg(field(report, "by_week"));
    html += QStringLiteral("<h3>%1</h3><p class=\"sub\">%2</p>")
                .arg(concord::tr("By week"),
                     escapeMarkup(
                         concord::tr("Tiers by the ISO week (UTC) the round's last read came in; "
                                     "accepted by the week the item was first accepted.")));
    html += tierTable(field(report, "by_week"), "week", concord::tr("Week"));
    html += QStringLiteral("<h3>%1</h3><p class=\"sub\">%2</p>")
                .arg(concord::tr("By guideline version"),
                     escapeMarkup(concord::tr(
                         "Tiers by the guideline version the round was read under; accepted: "
                         "of those, the items now accepted.")));
    html += tierTable(field(report, "by_guideline"), "version", concord::tr("Guideline"));
    html += QStringLiteral("</section>");

    const Json &gold = field(report, "gold");
    html += htmlSectionStart(
        concord::tr("Readers"),
        escapeMarkup(concord::tr("Throughput (items submitted, on how many days), scores on %1 "
                                 "gold items (flagged below %2), the QC error rate of their "
                                 "checked reads and the share of their reviewed items with a "
                                 "review finding, each with its Wilson 95% interval.")
                         .arg(count(gold, "items"))
                         .arg(figureOrDash(num(gold, "threshold"), 2))));
    html += readersTable(field(report, "readers")) + QStringLiteral("</section>");

    html += htmlSectionStart(
                concord::tr("QC"),
                escapeMarkup(concord::tr("%1 accepted items, %2 drawn, %3 checked. Error rate: ")
                                 .arg(count(qc, "accepted"))
                                 .arg(count(qc, "drawn"))
                                 .arg(count(qc, "checked"))) +
                    proportion(field(qc, "error_rate"))) +
            QStringLiteral("<table>");
    html += htmlHeaderRow({concord::tr("Error category"), concord::tr("Rate among checked items")});
    const Json &categories = field(qc, "by_category");
    if (categories.is_object()) {
        for (auto it = categories.begin(); it != categories.end(); ++it)
            html += QStringLiteral("<tr>") + htmlCell(escapeMarkup(fromStd(it.key()))) +
                    htmlCell(proportion(it.value()), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></section>");

    // The items that wait for a person, with why.
    QString rows;
    int listed = 0, waitingTotal = 0;
    const Json &items = field(report, "items");
    if (items.is_array()) {
        for (const Json &item : items) {
            const QString state = str(item, "state");
            if (state == QLatin1String("accepted") || state == QLatin1String("needs-reading"))
                continue;
            if (++waitingTotal > QualityReportListedItems)
                continue;
            ++listed;
            rows += QStringLiteral("<tr>") + htmlCell(escapeMarkup(str(item, "file"))) +
                    htmlCell(escapeMarkup(state)) +
                    htmlCell(figureOrDash(num(item, "agreement")), true) +
                    htmlCell(escapeMarkup(str(item, "reason"))) + QStringLiteral("</tr>");
        }
    }
    html += htmlSectionStart(
        concord::tr("Items waiting for a person"),
        escapeMarkup(
            listed < waitingTotal
                ? concord::tr("The first %1 of %2, in project order; the JSON lists every item.")
                      .arg(listed)
                      .arg(waitingTotal)
                : concord::tr("%1 items in review, adjudication, re-reading or QC.")
                      .arg(waitingTotal)));
    if (listed > 0)
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th class=\"num\">%3</th>"
                               "<th>%4</th></tr>%5</table>")
                    .arg(concord::tr("File"), concord::tr("State"), concord::tr("Agreement"),
                         concord::tr("Why"), rows);
    html += QStringLiteral("</section><footer>%1</footer></main></body></html>\n")
                .arg(escapeMarkup(concord::tr(
                    "States, tiers, QC sampling and gold scores are defined in Concord's "
                    "docs/quality.md.")));
    return html.toUtf8();
}

} // namespace concord
