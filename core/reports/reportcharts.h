// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace concord {

// One bar or one point of a chart; an empty value is drawn as "n/a", never as a number.
struct ChartValue
{
    QString label;
    std::optional<double> value;
    QString note; // small text under the label, e.g. "12 units"
};

// Hand-written, self-contained SVG charts for the agreement report: no script, no external
// fonts or images, sized in pixels, drawn on a white background so they also print. Text is
// escaped. Coefficients are drawn on their natural scale (up to 1), with the Landis-Koch bands
// as a quiet background where the scale is a kappa.

// A symmetric coefficient matrix (row-major, names.size()² cells) as a heatmap with the value
// in each cell and a legend. `units`, when given (same shape), is shown under each value.
QString heatmapSvg(const QStringList &names, const std::vector<std::optional<double>> &values,
                   const std::vector<qint64> &units, const QString &title);

// Horizontal bars, one per value, on a -0.2..1 (or lower, to fit the data) axis.
QString barChartSvg(const std::vector<ChartValue> &bars, const QString &axisTitle);

// A line through the defined points in order, with each value labelled; undefined points
// are marked on the axis and break the line.
QString lineChartSvg(const std::vector<ChartValue> &points, const QString &axisTitle,
                     const QString &xTitle);

// One named curve of a series chart: y against x (same length, x increasing), with an
// optional band (low and high, same length as y, or empty) drawn as a shaded area behind it,
// e.g. the spread over seeds of a simulation.
struct ChartSeries
{
    QString name;
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> low;
    std::vector<double> high;
};

// Several curves on numeric axes, each in its own colour with a legend: learning curves
// (accuracy against labels used), a label model against majority vote, and the like. The y axis
// runs from yMin to yMax; the x axis spans the data.
QString seriesChartSvg(const std::vector<ChartSeries> &series, const QString &title,
                       const QString &xTitle, const QString &yTitle, double yMin, double yMax);

// The fill colour of a coefficient cell and whether text on it should be white.
QString coefficientColor(std::optional<double> value, bool *darkBackground = nullptr);

// Escapes &, <, >, " and ' for HTML and SVG text.
QString escapeMarkup(const QString &text);

// A figure with `decimals` decimals, or an em dash where it is not defined (HTML).
QString figureOrDash(std::optional<double> value, int decimals = 3);

} // namespace concord
