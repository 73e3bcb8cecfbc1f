// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/reportpdf.h"

#include "core/reports/agreementreporthtml.h"
#include "core/reports/qualityreporthtml.h"
#include "core/storage/atomicfile.h"
#include "core/util/translation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace concord {

namespace {

// Charts are rasterised at this multiple of their CSS pixel size: 3× is about 290 dpi at the
// size they are printed, sharp on paper while keeping the file small.
constexpr double ChartScale = 3.0;

// The web page's style sheet relies on CSS that QTextDocument does not implement (grid, a dark
// header background behind white text, rounded boxes), so the paged document replaces it with
// this one: the same colours and hierarchy in the subset QTextDocument draws, sized for A4.
constexpr const char *PrintStyle = R"(
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #1f2937; }
h1 { font-size: 18pt; color: #0f2540; margin: 2px 0 2px 0; }
h2 { font-size: 12.5pt; color: #0f2540; margin: 16px 0 2px 0; }
h3 { font-size: 10pt; color: #0f2540; margin: 8px 0 2px 0; }
.kicker { font-size: 7.5pt; color: #0e7490; font-weight: bold; }
.meta, .sub, .muted, .note, .ci, footer { font-size: 8pt; color: #64748b; }
.chip { font-size: 8pt; color: #0f2540; background-color: #e0f2fe; }
.name { font-size: 8.5pt; color: #64748b; font-weight: bold; margin-top: 6px; }
.value { font-size: 15pt; font-weight: bold; color: #0f2540; }
.badge { font-size: 7.5pt; color: #ffffff; background-color: #0e7490; font-weight: bold; }
.notes, .warn { background-color: #fff7e6; color: #5c3d00; font-size: 8pt; }
table { border-collapse: collapse; margin-top: 4px; }
th { background-color: #f1f5f9; color: #334155; font-size: 8pt; text-align: left;
     padding: 3px 5px; border-bottom: 1px solid #cbd5e1; }
td { font-size: 8.5pt; padding: 2px 5px; border-bottom: 1px solid #e2e8f0; }
.num { text-align: right; }
.hit { background-color: #e0f2fe; font-weight: bold; }
)";

// Layout units: 96 per inch, the CSS pixel, so the page's pixel sizes (chart images) keep the
// proportions they have in a browser; fonts are in points and do not depend on it.
constexpr int LayoutDpi = 96;
constexpr double MarginMm = 15;
// A4's width less both margins, in layout units.
constexpr double TextWidth = (210.0 - 2 * MarginMm) / 25.4 * LayoutDpi - 8;

QImage rasterise(const QString &svg)
{
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid())
        return {};
    const QSize size = (QSizeF(renderer.defaultSize()) * ChartScale).toSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    return image;
}

} // namespace

std::unique_ptr<QTextDocument> pagedReportDocument(const QByteArray &page)
{
    QString html = QString::fromUtf8(page);
    static const QRegularExpression webStyle(QStringLiteral("<style>.*?</style>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    html.remove(webStyle);
    // Inline-block spacing the web page gets from CSS margins, as separators on paper.
    html.replace(QStringLiteral("</span><span class=\"chip\">"),
                 QStringLiteral("</span> &#183; <span class=\"chip\">"));
    html.replace(QStringLiteral("</div><span class=\"badge"),
                 QStringLiteral("</div> &#183; <span class=\"badge"));
    html.replace(QStringLiteral("</div><span class=\"note\">"),
                 QStringLiteral("</div> &#183; <span class=\"note\">"));
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(QString::fromLatin1(PrintStyle));
    // Replace each inline chart by an image resource of the same size in CSS pixels.
    static const QRegularExpression svgElement(QStringLiteral("<svg\\b.*?</svg>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    QString paged;
    qsizetype from = 0;
    int chart = 0;
    for (auto it = svgElement.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        paged += QStringView(html).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const QImage image = rasterise(match.captured());
        if (image.isNull())
            continue;
        const QUrl url(QStringLiteral("chart://%1.png").arg(++chart));
        document->addResource(QTextDocument::ImageResource, url, image);
        // Shown at its CSS size, or narrowed to the text width of the page with its aspect.
        const double shrink = std::min(1.0, TextWidth / (image.width() / ChartScale));
        paged += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                     .arg(url.toString())
                     .arg(qRound(image.width() / ChartScale * shrink))
                     .arg(qRound(image.height() / ChartScale * shrink));
    }
    paged += QStringView(html).mid(from);
    document->setHtml(paged);
    return document;
}

MaybeError writeReportPdf(const QByteArray &page, const QString &title, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                         QPageLayout::Millimeter));
        writer.setResolution(LayoutDpi);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Concord"));
        const std::unique_ptr<QTextDocument> document = pagedReportDocument(page);
        document->print(&writer);
    }
    if (buffer.data().isEmpty())
        return FileError{path, concord::tr("could not render the PDF")};
    return writeFileAtomically(path, buffer.data());
}

std::unique_ptr<QTextDocument> agreementReportDocument(const Json &report)
{
    return pagedReportDocument(agreementReportHtml(report));
}

MaybeError writeAgreementReportPdf(const Json &report, const QString &path)
{
    return writeReportPdf(agreementReportHtml(report), concord::tr("Agreement report"), path);
}

MaybeError writeQualityReportPdf(const Json &report, const QString &path)
{
    return writeReportPdf(qualityReportHtml(report), concord::tr("Quality report"), path);
}

} // namespace concord
