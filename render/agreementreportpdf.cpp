// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/agreementreportpdf.h"

#include "core/reports/agreementreporthtml.h"
#include "core/storage/atomicfile.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("concord::render", text);
}

// Charts are rasterised at this multiple of their CSS pixel size: 3× is about 290 dpi at the
// size they are printed, sharp on paper while keeping the file small.
constexpr double ChartScale = 3.0;

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

std::unique_ptr<QTextDocument> agreementReportDocument(const Json &report)
{
    QString html = QString::fromUtf8(agreementReportHtml(report));
    auto document = std::make_unique<QTextDocument>();
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
        paged += QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                     .arg(url.toString())
                     .arg(qRound(image.width() / ChartScale))
                     .arg(qRound(image.height() / ChartScale));
    }
    paged += QStringView(html).mid(from);
    document->setHtml(paged);
    return document;
}

MaybeError writeAgreementReportPdf(const Json &report, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(tr("Agreement report"));
        writer.setCreator(QStringLiteral("Concord"));
        const std::unique_ptr<QTextDocument> document = agreementReportDocument(report);
        document->print(&writer);
    }
    if (buffer.data().isEmpty())
        return FileError{path, tr("could not render the PDF")};
    return writeFileAtomically(path, buffer.data());
}

} // namespace concord
