// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quality/goldscores.h"
#include "core/quality/projectrouting.h"
#include "core/quality/qcreport.h"

#include "core/storage/jsonsupport.h"
#include "core/util/error.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTextDocument;
class QTimer;

namespace concord {

class Workspace;

// The lead's view of the quality workflow (docs/quality.md): the policy in force, how many
// items are in each state, every item with its state, agreement and why, and per reader
// their throughput, gold scores and what QC found, with Wilson intervals. A Report tab shows
// the quality report (tier counts by week and by guideline version among the rest) as it
// prints, and saves it as PDF, HTML or JSON. Reads through QualityWorkflow, so a reader
// gets a refusal instead of figures; refreshes itself (debounced) when the project changes.
// Double-click or Enter on an item asks to open it. A top-level tool window; GUI thread.
class QualityWindow : public QWidget
{
    Q_OBJECT

public:
    explicit QualityWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~QualityWindow() override;

    // Recomputes everything now (also called on a debounce after project changes).
    void refresh();
    // Shows only items in this state; empty shows all.
    void setStateFilter(std::optional<ItemState> state);

    QTableWidget *itemTable() const { return m_items; }
    // One row per reader: gold scores and QC figures.
    QTableWidget *readerTable() const { return m_readers; }
    const ProjectRouting &routing() const { return m_routing; }
    // The quality report of the last refresh (core/quality/qualityreport.h); null when refused.
    const Json &report() const { return m_report; }
    // Writes the report to `path` as PDF, HTML or JSON by its suffix; a FileError names the
    // file when it cannot.
    MaybeError saveReport(const QString &path) const;
    void showReportTab();

Q_SIGNALS:
    void openItemRequested(const QString &itemId);
    void taxonomyHealthRequested();

private:
    void fillItems();
    void fillReaders(const QcReport &report, const GoldScores &gold, const QualityPolicy &policy);
    void showReport();
    void askWhereToSaveReport();

    Workspace &m_workspace;
    ProjectRouting m_routing;
    Json m_report;
    QTimer *m_refreshTimer;
    QLabel *m_policy;
    QLabel *m_counts;
    QComboBox *m_filter;
    QTableWidget *m_items;
    QTableWidget *m_readers;
    QLabel *m_qc;
    QLabel *m_refused;
    QTabWidget *m_tabs;
    QTextBrowser *m_reportView;
    std::unique_ptr<QTextDocument> m_reportDocument; // what m_reportView shows
};

} // namespace concord
