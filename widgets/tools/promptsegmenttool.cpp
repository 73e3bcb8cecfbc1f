// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tools/promptsegmenttool.h"

#include "core/project/edit.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/editing/labelingcontext.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

namespace {

// A press that moves less than this many view pixels is a click, not a box.
constexpr double DragThreshold = 4;

// The proposal as the label's colour at half opacity, one image pixel per texel.
QImage previewImage(const BinaryMask &mask, const QColor &color)
{
    QImage image(mask.bounds.width, mask.bounds.height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QColor fill = color;
    fill.setAlphaF(0.5);
    const QRgb texel = qPremultiply(fill.rgba());
    for (int y = 0; y < mask.pixels.rows; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const uchar *row = mask.pixels.ptr<uchar>(y);
        for (int x = 0; x < mask.pixels.cols; ++x) {
            if (row[x])
                line[x] = texel;
        }
    }
    return image;
}

} // namespace

PromptSegmentTool::PromptSegmentTool(LabelingContext *context, QObject *parent)
    : LabelingTool(context, parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &PromptSegmentTool::onFinished);
    connect(m_context, &LabelingContext::currentItemChanged, this, &PromptSegmentTool::discard);
    loadModelFromSettings();
}

PromptSegmentTool::~PromptSegmentTool()
{
    m_watcher.waitForFinished();
}

QString PromptSegmentTool::name() const
{
    return tr("Smart mask (model)");
}

QWidget *PromptSegmentTool::optionsWidget()
{
    if (!m_options) {
        m_options = new QLabel;
        m_options->setWordWrap(true);
    }
    const QString model =
        m_model
            ? tr("Model: %1")
                  .arg(m_model->name.isEmpty() ? QDir::toNativeSeparators(m_model->descriptionPath)
                                               : m_model->name)
            : tr("No model: %1").arg(m_modelProblem);
    m_options->setText(
        tr("Click on the object (Shift+click or right-click: not this), or drag a box around it. "
           "The model's proposal shows shaded; Enter adds it as a new mask with the active "
           "label, Esc discards it, Backspace takes back the last point.") +
        QStringLiteral("\n\n") + model);
    return m_options;
}

QString PromptSegmentTool::setModelDescription(const QString &path)
{
    m_watcher.waitForFinished();
    discard();
    m_segmenter.reset();
    m_model.reset();
    m_image = {};
    if (path.isEmpty()) {
        m_modelProblem = tr("none is set; choose a model description in File ▸ Preferences… "
                            "(Segmentation model)");
    } else if (Expected<PromptSegmenterModel> model = readPromptSegmenterModel(path)) {
        m_model = std::move(*model);
        m_modelProblem.clear();
    } else {
        m_modelProblem = model.error().toString();
    }
    updateAvailability();
    if (m_options)
        optionsWidget();
    return m_modelProblem;
}

void PromptSegmentTool::loadModelFromSettings()
{
    setModelDescription(QSettings().value(QLatin1String(SegmentationModelSetting)).toString());
}

void PromptSegmentTool::bindAction(QAction *action, const QString &description)
{
    m_action = action;
    m_actionDescription = description;
    updateAvailability();
}

void PromptSegmentTool::updateAvailability()
{
    if (m_action)
        setActionAvailable(m_action, hasModel(), m_actionDescription,
                           tr("no segmentation model is set (File ▸ Preferences…, Segmentation "
                              "model); GrabCut and region growing work without one"));
}

bool PromptSegmentTool::ensureSegmenter()
{
    if (m_segmenter)
        return true;
    if (!m_model)
        return false;
    // The networks load when first needed, not when a project opens: a SAM-sized encoder is
    // hundreds of megabytes.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto loaded = PromptSegmenter::load(*m_model);
    QGuiApplication::restoreOverrideCursor();
    if (!loaded) {
        setStatus(loaded.error().toString());
        return false;
    }
    m_segmenter = std::shared_ptr<PromptSegmenter>(std::move(*loaded));
    return true;
}

void PromptSegmentTool::activate(CanvasView *canvas)
{
    LabelingTool::activate(canvas);
    setStatus({});
}

void PromptSegmentTool::deactivate()
{
    discard();
    CanvasTool::deactivate();
}

void PromptSegmentTool::setStatus(const QString &status)
{
    m_status = status;
    if (m_canvas)
        m_canvas->update();
}

QString PromptSegmentTool::windowKey() const
{
    const WindowLevel &window = m_canvas->windowLevel();
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(window.center)
        .arg(window.width)
        .arg(int(window.function))
        .arg(window.invert)
        .arg(window.voiLutIndex);
}

void PromptSegmentTool::press(const ToolEvent &event)
{
    if (!m_canvas)
        return;
    m_start = event.imagePos;
    m_pressed = true;
    m_dragging = false;
    m_dragBox = {};
}

void PromptSegmentTool::move(const ToolEvent &event)
{
    if (!m_pressed || !m_canvas)
        return;
    const QPointF travel = m_canvas->toView(event.imagePos) - m_canvas->toView(m_start);
    if (!m_dragging && travel.manhattanLength() < DragThreshold)
        return;
    m_dragging = true;
    m_dragBox = QRectF(m_start, event.imagePos).normalized();
    m_canvas->update();
}

void PromptSegmentTool::release(const ToolEvent &event)
{
    if (!m_pressed || !m_canvas)
        return;
    move(event);
    m_pressed = false;
    if (!m_dragging) {
        addPoint(event.imagePos, !(event.modifiers & Qt::ShiftModifier));
        return;
    }
    m_dragging = false;
    const QRectF box = m_dragBox;
    m_dragBox = {};
    m_prompt.box = cv::Rect2d(box.x(), box.y(), box.width(), box.height());
    runPrompt();
}

bool PromptSegmentTool::rightClick(const ToolEvent &event)
{
    if (!m_canvas || !hasModel())
        return false;
    addPoint(event.imagePos, false);
    return true;
}

void PromptSegmentTool::addPoint(const QPointF &imagePos, bool positive)
{
    m_prompt.points.push_back({imagePos.x(), imagePos.y(), positive});
    runPrompt();
}

void PromptSegmentTool::runPrompt()
{
    if (!m_canvas || m_prompt.isEmpty())
        return;
    if (isRunning()) {
        m_rerun = true; // the newest prompt runs when this one ends
        return;
    }
    if (!ensureSegmenter())
        return;
    const cv::Mat1b pixels = m_canvas->displayedIntensities();
    if (pixels.empty())
        return;
    const QString itemId = m_context->currentItemId();
    const QString window = windowKey();
    const bool sameImage = m_image.itemId == itemId && m_image.window == window &&
                           m_image.pixels.data == pixels.data &&
                           m_image.pixels.size() == pixels.size();
    if (!sameImage)
        m_image = {};
    setStatus(sameImage && m_segmenter->hasEmbedding(m_image) ? tr("Segmenting…")
                                                              : tr("Encoding image…"));
    m_runItemId = itemId;
    m_rerun = false;
    // The displayed image is shared, read-only, with the worker (cv::Mat reference counting);
    // the segmenter by shared ownership, so a new model setting cannot pull it away.
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([segmenter = m_segmenter, image = m_image, pixels, itemId,
                                           window, prompt = m_prompt]() mutable {
        if (image.key.isEmpty())
            image = makePromptImage(itemId, window, pixels);
        Outcome outcome{image, {}, {}};
        Expected<BinaryMask> mask = segmenter->segment(image, prompt);
        if (mask)
            outcome.mask = std::move(*mask);
        else
            outcome.error = mask.error().toString();
        return outcome;
    }));
}

void PromptSegmentTool::onFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher.result();
    if (m_runItemId != m_context->currentItemId())
        return; // the reader moved on; discard() already cleared the prompt
    m_image = outcome.image;
    if (outcome.error.isEmpty()) {
        m_proposal = outcome.mask;
        setStatus(m_proposal.isEmpty() ? tr("The model proposes nothing here.") : QString());
    } else {
        setStatus(outcome.error);
    }
    if (m_rerun)
        runPrompt();
    Q_EMIT finished();
}

void PromptSegmentTool::discard()
{
    m_prompt = {};
    m_proposal = {};
    m_rerun = false;
    m_pressed = m_dragging = false;
    m_dragBox = {};
    m_runItemId.clear(); // a run under way is dropped when it ends
    setStatus({});
}

void PromptSegmentTool::accept()
{
    const BinaryMask proposal = m_proposal;
    if (proposal.isEmpty() || isRunning())
        return;
    if (m_context->activeLabelId() <= 0) {
        setStatus(tr("Choose a label first: the mask takes the active label."));
        return;
    }
    MaskAnnotation created;
    created.id = newAnnotationId();
    created.labelId = m_context->activeLabelId();
    created.mask = cropToContent(proposal);
    if (!m_context->pushEdit(edits::addMask(m_context->currentItemId(), created), tr("Smart mask")))
        return;
    m_context->setSelectedBoxId(created.id);
    discard();
}

bool PromptSegmentTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_proposal.isEmpty())
            return false;
        accept();
        return true;
    case Qt::Key_Backspace:
        if (m_prompt.points.empty())
            return false;
        m_prompt.points.pop_back();
        if (m_prompt.isEmpty())
            discard();
        else
            runPrompt();
        return true;
    case Qt::Key_Escape:
        return cancelOrDeselect(!m_prompt.isEmpty() || m_dragging, [this] { discard(); });
    default: return false;
    }
}

void PromptSegmentTool::paintOverlay(QPainter &painter, const CanvasView &canvas)
{
    painter.save();
    const QColor color =
        AnnotationPainter::labelColor(m_context->taxonomy(), m_context->activeLabelId());
    if (!m_proposal.isEmpty()) {
        const cv::Rect &bounds = m_proposal.bounds;
        painter.drawImage(canvas.toView(QRectF(bounds.x, bounds.y, bounds.width, bounds.height)),
                          previewImage(m_proposal, color));
    }
    painter.setBrush(Qt::NoBrush);
    const QRectF box = m_dragging     ? m_dragBox
                       : m_prompt.box ? QRectF(m_prompt.box->x, m_prompt.box->y,
                                               m_prompt.box->width, m_prompt.box->height)
                                      : QRectF();
    if (!box.isNull())
        AnnotationPainter::drawOverHalo(painter, 4, QPen(color, 2, Qt::DashLine),
                                        [&] { painter.drawRect(canvas.toView(box)); });
    for (const SegmentationPrompt::Point &point : m_prompt.points) {
        const QPointF at = canvas.toView(QPointF(point.x, point.y));
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(point.positive ? QColor(0, 200, 0) : QColor(220, 0, 0));
        painter.drawEllipse(at, 5, 5);
    }
    if (!m_status.isEmpty()) {
        const QRectF text = QRectF(canvas.rect()).adjusted(8, 8, -8, -8);
        AnnotationPainter::drawOverHalo(painter, 3, QPen(Qt::white), [&] {
            painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_status);
        });
    }
    painter.restore();
}

} // namespace concord
