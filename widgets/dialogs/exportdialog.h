// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace concord {

class Workspace;

// File ▸ Export dataset…: the format (COCO JSON, or PNG label maps), whose work (the accepted
// answers when the project runs the quality workflow and the person may see them, every reader's
// work that blind reading lets them see, or one reader's) and where it goes, as the CLI's
// `export` offers. The export runs on a worker thread (QtConcurrent) on copies of what it
// writes, with a progress bar counting items; Cancel stops it before the next item and leaves
// the destination as it was (core/exchange/exportcontrol.h). Closing the dialog while it runs
// stops it first. GUI thread.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Coco, LabelMaps };

    ExportDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(Format format);
    void setDestination(const QString &path);
    // Selects whose work by the text shown, e.g. "Every reader's work"; false if not offered.
    bool chooseWork(const QString &text);
    QStringList workChoices() const;
    // Starts the export with what is chosen; exportFinished() follows.
    void startExport();
    void cancelExport();
    // From startExport() until its outcome is shown: a worker that already finished still
    // counts until exportFinished() has been emitted.
    bool isRunning() const { return m_running; }
    // What the last export did, as shown under the progress bar.
    QString outcome() const;
    QProgressBar *progressBar() const { return m_progress; }

    void reject() override;

Q_SIGNALS:
    void exportFinished(bool written);

private:
    // What the worker reports back.
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString text;
    };

    void chooseDestination();
    void updateState();
    void onFinished();

    Workspace *m_workspace;
    QComboBox *m_format;
    QComboBox *m_work;
    QLineEdit *m_destination;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_close;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
};

} // namespace concord
