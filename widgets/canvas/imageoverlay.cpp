// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/canvas/imageoverlay.h"

#include "core/imaging/modalitytransform.h"
#include "core/imaging/patientorientation.h"
#include "core/util/translation.h"
#include "widgets/canvas/canvasview.h"

#include <QDate>
#include <QEvent>
#include <QPainter>

#include <cmath>

namespace concord {

namespace {

// "Doe^Jane^^Dr" as a reader writes it: "Doe, Jane" (PS3.5 6.2.1: family^given^middle^prefix^
// suffix; empty components are dropped).
QString readablePersonName(const QString &dicomName)
{
    QStringList parts = dicomName.section(QLatin1Char('='), 0, 0).split(QLatin1Char('^'));
    for (QString &part : parts)
        part = part.trimmed();
    QString family = parts.value(0);
    parts.removeFirst();
    parts.removeAll(QString());
    if (parts.isEmpty())
        return family;
    return family.isEmpty() ? parts.join(QLatin1Char(' '))
                            : family + QStringLiteral(", ") + parts.join(QLatin1Char(' '));
}

QString readableDate(const QString &dicomDate)
{
    const QDate date = QDate::fromString(dicomDate, QStringLiteral("yyyyMMdd"));
    return date.isValid() ? date.toString(Qt::ISODate) : dicomDate;
}

// Window values as a radiologist reads them: whole numbers, unless the modality values are
// small fractions (optical density, a rescaled 0..1 range).
QString windowNumber(double value, double width)
{
    return std::abs(width) >= 10 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 4);
}

QString windowText(const ImageMetadata &metadata, const WindowLevel &window)
{
    QString text;
    if (window.voiLutIndex >= 0 && size_t(window.voiLutIndex) < metadata.voiLuts.size()) {
        text =
            concord::tr("VOI LUT %1").arg(metadata.voiLuts[size_t(window.voiLutIndex)].explanation);
    } else {
        const QString unit = modalityValueType(metadata);
        text = concord::tr("W %1  L %2")
                   .arg(windowNumber(window.width, window.width),
                        windowNumber(window.center, window.width));
        if (!unit.isEmpty())
            text += QLatin1Char(' ') + unit;
    }
    if (window.invert)
        text += concord::tr(" · inverted");
    return text;
}

} // namespace

OverlayTexts overlayTexts(const ImageMetadata &metadata, const OverlayViewState &view,
                          const OverlayItemFacts &item, const OverlayOptions &options)
{
    OverlayTexts texts;
    if (!options.shown)
        return texts;
    if (!metadata.modality.isEmpty())
        texts.topLeft.append(metadata.modality);
    if (options.patientDetails) {
        if (!metadata.patientName.isEmpty())
            texts.topLeft.append(readablePersonName(metadata.patientName));
        if (!metadata.patientId.isEmpty())
            texts.topLeft.append(concord::tr("ID %1").arg(metadata.patientId));
        if (!metadata.studyDate.isEmpty())
            texts.topLeft.append(concord::tr("Study %1").arg(readableDate(metadata.studyDate)));
    }
    if (options.itemAndReader && item.itemNumber > 0) {
        texts.topRight.append(concord::tr("Item %1 / %2").arg(item.itemNumber).arg(item.itemCount));
        if (!item.itemName.isEmpty())
            texts.topRight.append(item.itemName);
        if (!item.reader.isEmpty())
            texts.topRight.append(concord::tr("Reader: %1").arg(item.reader));
    }
    if (options.windowAndZoom) {
        texts.bottomLeft.append(windowText(metadata, view.window));
        const double percent = view.scale * 100.0;
        texts.bottomLeft.append(
            concord::tr("Zoom %1 %").arg(QString::number(percent, 'f', percent < 10 ? 1 : 0)));
    }
    if (options.frame && view.frameCount > 1)
        texts.bottomRight.append(
            concord::tr("Frame %1 / %2").arg(view.frame + 1).arg(view.frameCount));
    if (options.orientation) {
        const ImageDirections screen =
            directionsOnScreen(metadata.directions, view.quarterTurns, view.mirrored);
        if (screen.isKnown()) {
            texts.markerRight = screen.towardRight;
            texts.markerBottom = screen.towardBottom;
            texts.markerLeft = oppositeDirection(screen.towardRight);
            texts.markerTop = oppositeDirection(screen.towardBottom);
        }
    }
    return texts;
}

ImageOverlay::ImageOverlay(CanvasView *canvas)
    : QWidget(canvas)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("imageOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
    // The canvas repaints itself (and so this child) for window and frame changes, but a zoom
    // by the wheel or a turn must refresh the corner text even where the image did not move.
    connect(canvas, &CanvasView::viewChanged, this, qOverload<>(&QWidget::update));
    connect(canvas, &CanvasView::windowLevelChanged, this, qOverload<>(&QWidget::update));
    connect(canvas, &CanvasView::frameChanged, this, qOverload<>(&QWidget::update));
    show();
}

void ImageOverlay::setOptions(const OverlayOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    update();
}

void ImageOverlay::setItemFacts(const OverlayItemFacts &item)
{
    m_item = item;
    update();
}

OverlayTexts ImageOverlay::currentTexts() const
{
    const DisplayImage *image = m_canvas->image();
    if (!image)
        return {};
    const OverlayViewState view{m_canvas->windowLevel(),  m_canvas->scale(),
                                m_canvas->frame(),        image->frameCount(),
                                m_canvas->quarterTurns(), m_canvas->isMirrored()};
    return overlayTexts(image->image.metadata, view, m_item, m_options);
}

bool ImageOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        setGeometry(m_canvas->rect());
    return QWidget::eventFilter(watched, event);
}

void ImageOverlay::paintEvent(QPaintEvent * /*event*/)
{
    const OverlayTexts texts = currentTexts();
    QPainter painter(this);
    const int margin = 8;
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    // Light text with a dark shadow reads on a white lung field and on black air alike.
    auto drawLines = [&painter](const QRect &box, Qt::Alignment alignment, const QString &text) {
        painter.setPen(QColor(0, 0, 0, 200));
        painter.drawText(box.translated(1, 1), int(alignment), text);
        painter.setPen(QColor(235, 235, 220));
        painter.drawText(box, int(alignment), text);
    };
    drawLines(area, Qt::AlignTop | Qt::AlignLeft, texts.topLeft.join(QLatin1Char('\n')));
    drawLines(area, Qt::AlignTop | Qt::AlignRight, texts.topRight.join(QLatin1Char('\n')));
    drawLines(area, Qt::AlignBottom | Qt::AlignLeft, texts.bottomLeft.join(QLatin1Char('\n')));
    drawLines(area, Qt::AlignBottom | Qt::AlignRight, texts.bottomRight.join(QLatin1Char('\n')));

    QFont markerFont = font();
    markerFont.setBold(true);
    markerFont.setPointSizeF(markerFont.pointSizeF() * 1.3);
    painter.setFont(markerFont);
    drawLines(area, Qt::AlignVCenter | Qt::AlignLeft, texts.markerLeft);
    drawLines(area, Qt::AlignVCenter | Qt::AlignRight, texts.markerRight);
    drawLines(area, Qt::AlignTop | Qt::AlignHCenter, texts.markerTop);
    drawLines(area, Qt::AlignBottom | Qt::AlignHCenter, texts.markerBottom);
}

} // namespace concord
