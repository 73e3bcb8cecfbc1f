// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File > Run model…: an ONNX model the user supplies, run over chosen items in the background
// with progress and Cancel, its proposals written as a pre-label set that the Suggestions tab
// shows (docs/model-inference.md, "In the window"). And File > Import predictions…: a model's
// output made elsewhere, as a set (docs/prelabels.md, "Importing predictions").
#include "core/util/error.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace concord {

class ModelRun;
class Workspace;
struct ModelRunOutcome;

// The QSettings key of the description last run, offered again.
inline constexpr char LastRunModelSetting[] = "models/lastRunDescription";

class RunModelDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentItemId`: the item on screen, offered as "This item".
    RunModelDialog(Workspace *workspace, const QString &currentItemId, QWidget *parent = nullptr);
    ~RunModelDialog() override;

    // The set the last run wrote, or empty.
    const QString &writtenSetId() const { return m_writtenSetId; }

    // Closing while a run is under way cancels it and waits for the item each worker is on.
    void reject() override;

Q_SIGNALS:
    void setWritten(const QString &setId);

private:
    // The description on the line, read, with its classes matched to the project's labels; or
    // why it cannot be run. What the summary shows and what Run runs.
    struct CheckedModel;
    Expected<CheckedModel> checkedModel() const;
    void checkDescription();
    void start();
    void finish();
    void setRunning(bool running);

    Workspace *m_workspace;
    QString m_currentItemId;
    QLineEdit *m_description;
    QLabel *m_summary;
    QComboBox *m_items;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_runButton;
    std::shared_ptr<ModelRun> m_run;
    QFutureWatcher<std::shared_ptr<Expected<ModelRunOutcome>>> m_watcher;
    QString m_writtenSetId;
    bool m_descriptionUsable = false;
};

// Asks for a COCO file (boxes, polygons and masks, each with its "score") or a CSV of image
// labels, and for the model's name, reads it in the background and writes it as a new
// pre-label set. A file that does not read is named in a message and writes nothing. Returns
// the new set's id, or empty.
QString importPredictions(Workspace *workspace, QWidget *parent);

} // namespace concord
