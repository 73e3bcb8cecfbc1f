// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSvgRenderer;

namespace concord {

// Shows one SVG chart of the agreement report at its natural size, scaled down (never up beyond
// 1.25×) to fit, with its aspect ratio kept; shows a short note instead when there is no chart.
// The charts are the report's own SVG (core/reports/agreementreportcharts), so the panel, the
// HTML page and the PDF draw identical pictures. GUI thread.
class SvgChartView : public QWidget
{
    Q_OBJECT

public:
    explicit SvgChartView(QWidget *parent = nullptr);

    // An empty `svg` shows `emptyNote` instead.
    void setChart(const QString &svg, const QString &emptyNote);
    bool hasChart() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return hasChart(); }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *m_renderer;
    QString m_note;
};

} // namespace concord
