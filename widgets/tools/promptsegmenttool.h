// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inference/promptsegmenter.h"
#include "core/model/binarymask.h"
#include "widgets/tools/labelingtool.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QRectF>

#include <memory>
#include <optional>

class QAction;
class QLabel;

namespace concord {

// The QSettings key of the interactive segmentation model: the path of its JSON description
// (docs/model-assisted-masks.md), set in File ▸ Preferences…; empty or absent for none.
inline constexpr char SegmentationModelSetting[] = "models/promptSegmentationDescription";

// The smart-mask tool (docs/model-assisted-masks.md): clicks (positive; Shift or the right
// button for negative) and a dragged box prompt a user-supplied interactive segmentation model,
// whose proposal shows as a preview; Enter adds it as a new mask instance with the active label
// (one undo step), Esc discards it, Backspace takes back the last point. The model runs in a
// worker thread, the encoder once per image and window (PromptSegmenter caches it); a proposal
// for an item no longer shown is dropped. Without a model the tool's action is off and its
// tooltip says where to set one. GUI thread.
class PromptSegmentTool : public LabelingTool
{
    Q_OBJECT

public:
    explicit PromptSegmentTool(LabelingContext *context, QObject *parent = nullptr);
    ~PromptSegmentTool() override;

    QString name() const override;
    // Only a tool with a model takes part in ToolManager's whole-image switching; without one
    // its action stays off whatever the image.
    bool needsWholeImage() const override { return hasModel(); }
    void activate(CanvasView *canvas) override;
    void deactivate() override;
    void press(const ToolEvent &event) override;
    void move(const ToolEvent &event) override;
    void release(const ToolEvent &event) override;
    bool rightClick(const ToolEvent &event) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter, const CanvasView &canvas) override;
    QWidget *optionsWidget() override;

    // Uses the model described at `path` (empty: none); the networks load on first use.
    // Returns the problem with the description, or an empty string.
    QString setModelDescription(const QString &path);
    // Reads the description path from the user's settings (File ▸ Preferences…).
    void loadModelFromSettings();
    bool hasModel() const { return m_model.has_value(); }
    // The tool's action (ToolManager::addTool's): enabled with a model, otherwise off with a
    // tooltip saying how to set one.
    void bindAction(QAction *action, const QString &description);

    const BinaryMask &proposal() const { return m_proposal; }
    const SegmentationPrompt &prompt() const { return m_prompt; }
    // What the tool is doing or what went wrong, as the canvas shows it; empty when idle.
    QString statusText() const { return m_status; }
    // From the start of a run until its outcome is taken in. Not QFutureWatcher::isRunning():
    // that turns false when the worker returns, before onFinished() has run, and a click in
    // that gap started a second run whose result replaced the first's unseen.
    bool isRunning() const { return m_running; }
    // The segmenter, once loaded (tests count its encoder runs).
    const PromptSegmenter *segmenter() const { return m_segmenter.get(); }

Q_SIGNALS:
    // A run ended: a new proposal, or an error in statusText().
    void finished();

private:
    struct Outcome
    {
        PromptImage image;
        BinaryMask mask;
        QString error;
    };

    bool ensureSegmenter();
    void runPrompt();
    void onFinished();
    void discard();
    void accept();
    void addPoint(const QPointF &imagePos, bool positive);
    void updateAvailability();
    QString windowKey() const;
    void setStatus(const QString &status);

    std::optional<PromptSegmenterModel> m_model;
    QString m_modelProblem; // why there is no model
    std::shared_ptr<PromptSegmenter> m_segmenter;
    PromptImage m_image; // the current item's, once hashed
    SegmentationPrompt m_prompt;
    BinaryMask m_proposal;
    QString m_status;
    QPointF m_start;
    QRectF m_dragBox;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_rerun = false; // the prompt changed while the model ran
    QString m_runItemId;
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
    QPointer<QAction> m_action;
    QString m_actionDescription;
    QPointer<QLabel> m_options;
};

} // namespace concord
