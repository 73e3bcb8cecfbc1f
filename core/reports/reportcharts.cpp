// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportcharts.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace concord {

namespace {

const char *const Font = "font-family=\"'Segoe UI', 'Helvetica Neue', Arial, sans-serif\"";

QString px(double x)
{
    return QString::number(std::isfinite(x) ? x : 0.0, 'f', 1);
}

QString value2(double x)
{
    return QString::number(x, 'f', 2);
}

QString elide(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

// The lower end of a coefficient axis: -0.2, or lower in steps of 0.2 to fit the data.
double axisMinimum(const std::vector<ChartValue> &values)
{
    double lowest = 0;
    for (const ChartValue &v : values) {
        if (v.value && std::isfinite(*v.value))
            lowest = std::min(lowest, *v.value);
    }
    return std::max(-1.0, std::min(-0.2, std::floor(lowest * 5.0) / 5.0));
}

// Opens a chart on a white background. The background is sized in pixels, not "100%": SVG
// Tiny renderers (Qt's, used by the app and the PDF) do not resolve percentages.
QString svgOpen(int width, int height, const QString &title)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\" %4>"
                          "<title>%3</title>"
                          "<rect width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>")
        .arg(width)
        .arg(height)
        .arg(escapeMarkup(title), QLatin1String(Font));
}

QString text(double x, double y, const QString &content, const char *extra = "")
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" %3>%4</text>")
        .arg(px(x), px(y), QLatin1String(extra), escapeMarkup(content));
}

} // namespace

QString escapeMarkup(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

QString figureOrDash(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("&#8212;");
}

QString coefficientColor(std::optional<double> value, bool *darkBackground)
{
    if (darkBackground)
        *darkBackground = false;
    if (!value || !std::isfinite(*value))
        return QStringLiteral("#e5e7eb");
    const double v = std::clamp(*value, -1.0, 1.0);
    // From a near-white at 0 to a deep clinical blue at 1, or a brick red at -1.
    const int base[3] = {241, 245, 249};
    const int high[3] = {12, 74, 110};
    const int low[3] = {185, 28, 28};
    const int *target = v >= 0 ? high : low;
    const double t = std::abs(v);
    int rgb[3];
    for (int i = 0; i < 3; ++i)
        rgb[i] = int(std::lround(base[i] + (target[i] - base[i]) * t));
    if (darkBackground)
        *darkBackground = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 150;
    return QStringLiteral("#%1%2%3")
        .arg(rgb[0], 2, 16, QLatin1Char('0'))
        .arg(rgb[1], 2, 16, QLatin1Char('0'))
        .arg(rgb[2], 2, 16, QLatin1Char('0'));
}

QString heatmapSvg(const QStringList &names, const std::vector<std::optional<double>> &values,
                   const std::vector<qint64> &units, const QString &title)
{
    const int n = int(names.size());
    if (n == 0 || values.size() != size_t(n) * size_t(n)) {
        return svgOpen(400, 40, title) +
               text(0, 24, concord::tr("No pairs of readers to compare."),
                    "font-size=\"13\" fill=\"#6b7280\"") +
               QStringLiteral("</svg>");
    }
    const int cell = std::clamp(480 / n, 44, 76);
    int longest = 0;
    for (const QString &name : names)
        longest = std::max(longest, int(elide(name, 22).size()));
    const int left = 16 + longest * 7;
    const int top = 24 + std::min(longest, 22) * 5;
    const int legendWidth = 90;
    const int width = left + n * cell + 28 + legendWidth;
    const int height = std::max(top + n * cell + 16, top + 220);
    QString svg = svgOpen(width, height, title);
    for (int i = 0; i < n; ++i) {
        const double y = top + i * cell + cell / 2.0;
        svg += text(left - 8, y + 4, elide(names[i], 22),
                    "font-size=\"12\" text-anchor=\"end\" fill=\"#1f2937\"");
        const double x = left + i * cell + cell / 2.0;
        svg += QStringLiteral("<text transform=\"translate(%1 %2) rotate(-40)\" font-size=\"12\" "
                              "fill=\"#1f2937\">%3</text>")
                   .arg(px(x - 2), px(top - 8), escapeMarkup(elide(names[i], 22)));
    }
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const double x = left + c * cell;
            const double y = top + r * cell;
            const size_t at = size_t(r) * size_t(n) + size_t(c);
            if (r == c) {
                svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" "
                                      "fill=\"#f3f4f6\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                           .arg(px(x), px(y))
                           .arg(cell);
                continue;
            }
            bool dark = false;
            const QString fill = coefficientColor(values[at], &dark);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" "
                                  "fill=\"%4\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                       .arg(px(x), px(y))
                       .arg(cell)
                       .arg(fill);
            const char *ink = dark ? "fill=\"#ffffff\"" : "fill=\"#111827\"";
            const QString label = values[at] ? value2(*values[at]) : concord::tr("n/a");
            const bool withUnits = units.size() == values.size() && cell >= 48;
            svg += text(x + cell / 2.0, y + cell / 2.0 + (withUnits ? 0 : 5), label,
                        dark ? "font-size=\"14\" font-weight=\"600\" text-anchor=\"middle\" "
                               "fill=\"#ffffff\""
                             : "font-size=\"14\" font-weight=\"600\" text-anchor=\"middle\" "
                               "fill=\"#111827\"");
            if (withUnits) {
                svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" "
                                      "text-anchor=\"middle\" %3 opacity=\"0.8\">n=%4</text>")
                           .arg(px(x + cell / 2.0), px(y + cell / 2.0 + 15), QLatin1String(ink))
                           .arg(units[at]);
            }
        }
    }
    // Legend: -1 .. 1 in twenty steps.
    const double lx = left + n * cell + 28;
    const double steps = 20;
    const double barHeight = 180;
    for (int s = 0; s < int(steps); ++s) {
        const double v = 1.0 - 2.0 * (s + 0.5) / steps;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"16\" height=\"%3\" fill=\"%4\"/>")
                   .arg(px(lx), px(top + s * barHeight / steps), px(barHeight / steps + 0.5),
                        coefficientColor(v));
    }
    for (double v : {1.0, 0.5, 0.0, -0.5, -1.0}) {
        const double y = top + (1.0 - v) / 2.0 * barHeight;
        svg +=
            text(lx + 22, y + 4, QString::number(v, 'f', 1), "font-size=\"11\" fill=\"#4b5563\"");
    }
    svg += text(lx, top - 10, concord::tr("kappa"), "font-size=\"11\" fill=\"#4b5563\"");
    svg += QStringLiteral("</svg>");
    return svg;
}

QString barChartSvg(const std::vector<ChartValue> &bars, const QString &axisTitle)
{
    const int labelWidth = 250;
    const int plotWidth = 470;
    const int barHeight = 22;
    const int gap = 10;
    const int top = 40;
    const int width = labelWidth + plotWidth + 90;
    const int height = top + int(bars.size()) * (barHeight + gap) + 44;
    const double lo = axisMinimum(bars);
    auto xOf = [&](double v) { return labelWidth + (v - lo) / (1.0 - lo) * plotWidth; };
    QString svg = svgOpen(width, height, axisTitle);
    // Landis-Koch bands behind the bars.
    const char *bandNames[] = {
        QT_TRANSLATE_NOOP("concord", "slight"), QT_TRANSLATE_NOOP("concord", "fair"),
        QT_TRANSLATE_NOOP("concord", "moderate"), QT_TRANSLATE_NOOP("concord", "substantial"),
        QT_TRANSLATE_NOOP("concord", "almost perfect")};
    const double plotBottom = height - 36;
    for (int b = 0; b < 5; ++b) {
        const double x0 = xOf(b * 0.2);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                   .arg(px(x0), px(top - 8), px(xOf(0.2) - xOf(0)), px(plotBottom - top + 8),
                        QLatin1String(b % 2 ? "#f8fafc" : "#f1f5f9"));
        svg += text(x0 + (xOf(0.2) - xOf(0)) / 2, top - 14, concord::tr(bandNames[b]),
                    "font-size=\"10\" text-anchor=\"middle\" fill=\"#64748b\"");
    }
    for (double v = lo; v <= 1.0001; v += 0.2) {
        const double x = xOf(v);
        const bool zero = std::abs(v) < 1e-9;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\" "
                              "stroke-width=\"%5\"/>")
                   .arg(px(x), px(top - 8), px(plotBottom),
                        QLatin1String(zero ? "#475569" : "#e2e8f0"),
                        QLatin1String(zero ? "1.2" : "1"));
        svg += text(x, plotBottom + 16, QString::number(std::abs(v) < 1e-9 ? 0.0 : v, 'f', 1),
                    "font-size=\"11\" text-anchor=\"middle\" fill=\"#475569\"");
    }
    svg += text(labelWidth + plotWidth / 2.0, plotBottom + 32, axisTitle,
                "font-size=\"11\" text-anchor=\"middle\" fill=\"#475569\"");
    for (size_t i = 0; i < bars.size(); ++i) {
        const ChartValue &bar = bars[i];
        const double y = top + double(i) * (barHeight + gap);
        svg += text(labelWidth - 10, y + barHeight / 2.0 + 4, elide(bar.label, 36),
                    "font-size=\"12\" text-anchor=\"end\" fill=\"#1f2937\"");
        if (!bar.value || !std::isfinite(*bar.value)) {
            svg += text(xOf(0) + 6, y + barHeight / 2.0 + 4, concord::tr("n/a"),
                        "font-size=\"12\" fill=\"#9ca3af\" font-style=\"italic\"");
            continue;
        }
        const double v = std::clamp(*bar.value, lo, 1.0);
        const double x0 = std::min(xOf(0), xOf(v));
        const double w = std::max(1.0, std::abs(xOf(v) - xOf(0)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"3\" "
                              "fill=\"%5\" stroke=\"#0c4a6e\" stroke-opacity=\"0.25\"/>")
                   .arg(px(x0), px(y), px(w))
                   .arg(barHeight)
                   .arg(coefficientColor(std::max(0.15, std::abs(*bar.value)) *
                                         (*bar.value < 0 ? -1 : 1)));
        svg += text(std::max(xOf(0), xOf(v)) + 6, y + barHeight / 2.0 + 4, value2(*bar.value),
                    "font-size=\"12\" font-weight=\"600\" fill=\"#111827\"");
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QString lineChartSvg(const std::vector<ChartValue> &points, const QString &axisTitle,
                     const QString &xTitle)
{
    const int width = 500;
    const int height = 280;
    const double left = 52, right = 16, top = 30, bottom = 64;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    QString svg = svgOpen(width, height, axisTitle);
    double lowest = 0;
    for (const ChartValue &p : points) {
        if (p.value && std::isfinite(*p.value))
            lowest = std::min(lowest, *p.value);
    }
    const double lo = std::max(-1.0, std::floor(lowest * 5.0) / 5.0);
    auto yOf = [&](double v) { return top + (1.0 - v) / (1.0 - lo) * plotHeight; };
    for (double v = lo; v <= 1.0001; v += 0.2) {
        const double y = yOf(v);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\"/>")
                   .arg(px(left), px(y), px(left + plotWidth),
                        QLatin1String(std::abs(v) < 1e-9 ? "#94a3b8" : "#e2e8f0"));
        svg += text(left - 8, y + 4, QString::number(std::abs(v) < 1e-9 ? 0.0 : v, 'f', 1),
                    "font-size=\"11\" text-anchor=\"end\" fill=\"#475569\"");
    }
    // The conventional "acceptable" threshold for alpha (Krippendorff 2004: 0.667 tentative,
    // 0.8 reliable), as a dashed reference line.
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#16a34a\" "
                          "stroke-dasharray=\"5 4\"/>")
               .arg(px(left), px(yOf(0.8)), px(left + plotWidth));
    svg += text(left + 4, yOf(0.8) - 5, concord::tr("0.80 reliable"),
                "font-size=\"10\" fill=\"#16a34a\"");
    svg += QStringLiteral("<text transform=\"translate(16 %1) rotate(-90)\" font-size=\"11\" "
                          "text-anchor=\"middle\" fill=\"#475569\">%2</text>")
               .arg(px(top + plotHeight / 2), escapeMarkup(axisTitle));
    svg += text(left + plotWidth / 2, height - 8, xTitle,
                "font-size=\"11\" text-anchor=\"middle\" fill=\"#475569\"");
    if (points.empty()) {
        svg += text(left + plotWidth / 2, top + plotHeight / 2, concord::tr("No data"),
                    "font-size=\"13\" text-anchor=\"middle\" fill=\"#9ca3af\"");
        return svg + QStringLiteral("</svg>");
    }
    const double step = plotWidth / double(points.size());
    auto xOf = [&](size_t i) { return left + step * (double(i) + 0.5); };
    QString path;
    for (size_t i = 0; i < points.size(); ++i) {
        const bool defined = points[i].value && std::isfinite(*points[i].value);
        if (!defined) {
            path += QLatin1Char(' ');
            continue;
        }
        const bool startsSegment = i == 0 || !points[i - 1].value;
        path += QStringLiteral("%1%2 %3 ")
                    .arg(QLatin1String(startsSegment ? "M" : "L"), px(xOf(i)),
                         px(yOf(std::clamp(*points[i].value, lo, 1.0))));
    }
    if (!path.trimmed().isEmpty()) {
        svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#0c4a6e\" "
                              "stroke-width=\"2.5\" stroke-linejoin=\"round\"/>")
                   .arg(path.simplified());
    }
    for (size_t i = 0; i < points.size(); ++i) {
        const ChartValue &p = points[i];
        const double x = xOf(i);
        svg += text(x, top + plotHeight + 20, elide(p.label, 14),
                    "font-size=\"11\" text-anchor=\"middle\" fill=\"#1f2937\"");
        if (!p.note.isEmpty())
            svg += text(x, top + plotHeight + 35, p.note,
                        "font-size=\"10\" text-anchor=\"middle\" fill=\"#6b7280\"");
        if (!p.value || !std::isfinite(*p.value)) {
            svg += text(x, yOf(lo) - 6, concord::tr("n/a"),
                        "font-size=\"11\" text-anchor=\"middle\" fill=\"#9ca3af\" "
                        "font-style=\"italic\"");
            continue;
        }
        const double y = yOf(std::clamp(*p.value, lo, 1.0));
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"#ffffff\" "
                              "stroke=\"#0c4a6e\" stroke-width=\"2.5\"/>")
                   .arg(px(x), px(y));
        svg += text(x, y - 11, value2(*p.value),
                    "font-size=\"12\" font-weight=\"600\" text-anchor=\"middle\" "
                    "fill=\"#0c4a6e\"");
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

QString seriesChartSvg(const std::vector<ChartSeries> &series, const QString &title,
                       const QString &xTitle, const QString &yTitle, double yMin, double yMax)
{
    // Colours apart for the common kinds of colour blindness (Okabe & Ito 2008), dark first.
    static const char *const Palette[] = {"#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                          "#e69f00", "#56b4e9", "#000000"};
    const int width = 640;
    const int height = 400;
    const double left = 60, right = 170, top = 40, bottom = 56;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    QString svg = svgOpen(width, height, title);
    svg += text(left, 22, title, "font-size=\"14\" font-weight=\"600\" fill=\"#1f2937\"");
    double xMin = std::numeric_limits<double>::infinity();
    double xMax = -xMin;
    for (const ChartSeries &s : series) {
        for (const double x : s.x) {
            xMin = std::min(xMin, x);
            xMax = std::max(xMax, x);
        }
    }
    if (!std::isfinite(xMin) || yMax <= yMin) {
        svg += text(left + plotWidth / 2, top + plotHeight / 2, concord::tr("No data"),
                    "font-size=\"13\" text-anchor=\"middle\" fill=\"#9ca3af\"");
        return svg + QStringLiteral("</svg>");
    }
    if (xMax <= xMin)
        xMax = xMin + 1;
    auto xOf = [&](double x) { return left + (x - xMin) / (xMax - xMin) * plotWidth; };
    auto yOf = [&](double y) {
        return top + (1.0 - (std::clamp(y, yMin, yMax) - yMin) / (yMax - yMin)) * plotHeight;
    };
    for (int i = 0; i <= 5; ++i) {
        const double v = yMin + (yMax - yMin) * i / 5.0;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#e2e8f0\"/>")
                   .arg(px(left), px(yOf(v)), px(left + plotWidth));
        svg += text(left - 8, yOf(v) + 4, QString::number(v, 'f', 2),
                    "font-size=\"11\" text-anchor=\"end\" fill=\"#475569\"");
        const double x = xMin + (xMax - xMin) * i / 5.0;
        svg += text(xOf(x), top + plotHeight + 18, QString::number(x, 'g', 4),
                    "font-size=\"11\" text-anchor=\"middle\" fill=\"#475569\"");
    }
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"none\" "
                          "stroke=\"#94a3b8\"/>")
               .arg(px(left), px(top), px(plotWidth), px(plotHeight));
    svg += QStringLiteral("<text transform=\"translate(16 %1) rotate(-90)\" font-size=\"11\" "
                          "text-anchor=\"middle\" fill=\"#475569\">%2</text>")
               .arg(px(top + plotHeight / 2), escapeMarkup(yTitle));
    svg += text(left + plotWidth / 2, height - 12, xTitle,
                "font-size=\"11\" text-anchor=\"middle\" fill=\"#475569\"");
    for (size_t k = 0; k < series.size(); ++k) {
        const ChartSeries &s = series[k];
        const QLatin1String colour(Palette[k % std::size(Palette)]);
        const size_t n = std::min(s.x.size(), s.y.size());
        if (s.low.size() == n && s.high.size() == n && n > 1) {
            QString band;
            for (size_t i = 0; i < n; ++i)
                band += QStringLiteral("%1%2 %3 ")
                            .arg(QLatin1String(i == 0 ? "M" : "L"), px(xOf(s.x[i])),
                                 px(yOf(s.high[i])));
            for (size_t i = n; i-- > 0;)
                band += QStringLiteral("L%1 %2 ").arg(px(xOf(s.x[i])), px(yOf(s.low[i])));
            svg += QStringLiteral("<path d=\"%1Z\" fill=\"%2\" fill-opacity=\"0.15\" "
                                  "stroke=\"none\"/>")
                       .arg(band, colour);
        }
        QString path;
        for (size_t i = 0; i < n; ++i)
            path += QStringLiteral("%1%2 %3 ")
                        .arg(QLatin1String(i == 0 ? "M" : "L"), px(xOf(s.x[i])), px(yOf(s.y[i])));
        if (!path.isEmpty())
            svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"2\" "
                                  "stroke-linejoin=\"round\"/>")
                       .arg(path.trimmed(), colour);
        const double legendY = top + 10 + 20.0 * double(k);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" "
                              "stroke-width=\"3\"/>")
                   .arg(px(left + plotWidth + 14), px(legendY), px(left + plotWidth + 34), colour);
        svg += text(left + plotWidth + 40, legendY + 4, elide(s.name, 20),
                    "font-size=\"11\" fill=\"#1f2937\"");
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace concord
