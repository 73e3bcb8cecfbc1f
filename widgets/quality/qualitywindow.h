// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quality/projectrouting.h"
#include "core/quality/goldscores.h"
#include "core/quality/qcreport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace concord {

class Workspace;

// The lead's view of the quality workflow (docs/quality.md): the policy in force, how many
// items are in each state, every item with its state, agreement and why, and what QC found
// per reader and category with Wilson intervals. Reads through QualityWorkflow, so a reader
// gets a refusal instead of figures; refreshes itself (debounced) when the project changes.
// Double-click or Enter on an item asks to open it. A top-level tool window; GUI thread.
class QualityWindow : public QWidget
{
    Q_OBJECT

public:
    explicit QualityWindow(Workspace &workspace, QWidget *parent = nullptr);

    // Recomputes everything now (also called on a debounce after project changes).
    void refresh();
    // Shows only items in this state; empty shows all.
    void setStateFilter(std::optional<ItemState> state);

    QTableWidget *itemTable() const { return m_items; }
    // One row per reader: gold scores and QC figures.
    QTableWidget *readerTable() const { return m_readers; }
    const ProjectRouting &routing() const { return m_routing; }

Q_SIGNALS:
    void openItemRequested(const QString &itemId);

private:
    void fillItems();
    void fillReaders(const QcReport &report, const GoldScores &gold, const QualityPolicy &policy);

    Workspace &m_workspace;
    ProjectRouting m_routing;
    QTimer *m_refreshTimer;
    QLabel *m_policy;
    QLabel *m_counts;
    QComboBox *m_filter;
    QTableWidget *m_items;
    QTableWidget *m_readers;
    QLabel *m_qc;
    QLabel *m_refused;
};

} // namespace concord
