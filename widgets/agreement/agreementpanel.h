// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/project/annotationstore.h"
#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QGroupBox;
class QTableView;
class QTableWidget;

namespace concord {

class AgreementCoefficientModel;
class AgreementSelectionBar;
class SvgChartView;

// The Agreement panel: what a calibration lead looks at after a session. The coefficients with
// their intervals and Landis-Koch readings, the engine's caveats (e.g. the prevalence paradox),
// the pairwise Cohen's kappa heatmap, kappa per category and the trend over guideline versions
// and weeks, for the selection made in its AgreementSelectionBar.
//
// It draws the core's agreement report (buildAgreementReport), the same document the CLI writes
// as JSON, HTML and PDF. The report is computed on a worker thread (QtConcurrent) from a copy of
// the project taken by setProject(), because the alpha bootstrap over a large project takes long
// enough to freeze the window; a progress bar shows how far it has come and Stop ends it. A
// selection made while computing stops the stale report and computes the new one. The widget
// itself lives on the GUI thread.
class AgreementPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementPanel(QWidget *parent = nullptr);
    ~AgreementPanel() override;

    // Takes a snapshot of the project's labels and computes its report. Call again to refresh.
    void setProject(const Project &project, const ItemList &items, const AnnotationStore &store);

    // The report shown (null before the first one is ready) and whether another is on its way.
    const Json &report() const { return m_report; }
    bool isComputing() const;
    // Writes the report shown to `path` as PDF, HTML, CSV or JSON by its suffix
    // (render/reportfiles.h); a FileError names the file.
    MaybeError saveReport(const QString &path) const;

    AgreementSelectionBar *selectionBar() const { return m_selection; }
    AgreementCoefficientModel *coefficientModel() const { return m_coefficients; }
    QComboBox *tableBox() const { return m_table; }
    SvgChartView *heatmapView() const { return m_heatmap; }
    SvgChartView *categoryView() const { return m_categories; }
    QTableWidget *boxTable() const { return m_boxes; }
    QTableWidget *maskTable() const { return m_masks; }
    QLabel *maskUnitNote() const { return m_maskUnits; }

Q_SIGNALS:
    // A report for the current selection is shown.
    void reportShown();

private:
    struct Snapshot;
    void compute();
    void stop();
    void onComputed();
    void askWhereToSaveReport();
    void showReport();
    void showSection();
    void showBoxes();
    void showMasks();

    std::shared_ptr<const Snapshot> m_snapshot;
    QFutureWatcher<Json> m_watcher;
    bool m_recomputeWhenDone = false;
    // From compute() until onComputed() has shown the outcome. Not QFutureWatcher::isRunning():
    // that turns false as soon as the worker returns, before its result is shown, and a
    // selection changed in that gap would start a second report beside the first.
    bool m_computing = false;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the report being computed
    Json m_report;

    AgreementSelectionBar *m_selection;
    QLabel *m_summary;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QPushButton *m_stop; // "Stop" while computing, "Compute" after a stop
    QComboBox *m_table;
    AgreementCoefficientModel *m_coefficients;
    QTableView *m_coefficientView;
    QLabel *m_notes;
    SvgChartView *m_heatmap;
    SvgChartView *m_categories;
    SvgChartView *m_guidelineTrend;
    SvgChartView *m_weeklyTrend;
    QTableWidget *m_boxes;
    QGroupBox *m_boxGroup = nullptr;
    QTableWidget *m_masks;
    QLabel *m_maskUnits; // where the mm come from, and which images are in px
    QGroupBox *m_maskGroup = nullptr;
};

} // namespace concord
