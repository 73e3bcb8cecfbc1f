// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/qualitywindow.h"

#include "core/project/workspace.h"
#include "core/quality/qualityworkflow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace concord {

namespace {

enum ItemColumn { ItemId, File, State, Agreement, Tier, Round, Why, ItemColumnCount };

QString estimate(const ProportionEstimate &e)
{
    if (!e.value)
        return QualityWindow::tr("–");
    return QualityWindow::tr("%1 of %2 · %3 (95% CI %4–%5)")
        .arg(e.successes)
        .arg(e.trials)
        .arg(*e.value, 0, 'f', 3)
        .arg(e.lower, 0, 'f', 3)
        .arg(e.upper, 0, 'f', 3);
}

QString policyText(const QualityPolicy &p)
{
    auto action = [](TierAction a) { return tierActionKey(a); };
    const QString version = p.version > 0 ? QualityWindow::tr("Policy version %1").arg(p.version)
                                          : QualityWindow::tr("Default policy");
    return QualityWindow::tr("%1: %2 readers per item · agreement ≥ %3: %4 · ≥ %5: %6 · below: "
                             "%7 · QC %8% of accepted · gold %9% of each queue")
        .arg(version)
        .arg(p.readersPerItem)
        .arg(p.highThreshold, 0, 'f', 2)
        .arg(action(p.highAction))
        .arg(p.lowThreshold, 0, 'f', 2)
        .arg(action(p.mediumAction))
        .arg(action(p.lowAction))
        .arg(p.qcRate * 100, 0, 'g', 3)
        .arg(p.goldRate * 100, 0, 'g', 3);
}

} // namespace

QualityWindow::QualityWindow(Workspace &workspace, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_refreshTimer(new QTimer(this))
    , m_policy(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_items(new QTableWidget(this))
    , m_readers(new QTableWidget(this))
    , m_qc(new QLabel(this))
    , m_refused(new QLabel(this))
{
    setWindowTitle(tr("Quality"));
    resize(1100, 700);
    m_policy->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_refused->setWordWrap(true);
    m_filter->addItem(tr("All items"), -1);
    for (int s = 0; s < ItemStateCount; ++s)
        m_filter->addItem(itemStateDisplayName(ItemState(s)), s);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &QualityWindow::fillItems);

    m_items->setColumnCount(ItemColumnCount);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("File"), tr("State"), tr("Agreement"),
                                        tr("Tier"), tr("Round"), tr("Why")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSortingEnabled(true);
    auto openSelected = [this] {
        const int row = m_items->currentRow();
        if (row >= 0)
            Q_EMIT openItemRequested(m_items->item(row, ItemId)->data(Qt::UserRole).toString());
    };
    connect(m_items, &QTableWidget::cellActivated, this, openSelected);

    m_readers->setColumnCount(3);
    m_readers->setHorizontalHeaderLabels({tr("Reader"), tr("QC error rate"), tr("Errors by category")});
    m_readers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_readers->verticalHeader()->hide();
    m_readers->horizontalHeader()->setStretchLastSection(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_counts, 1);
    filterRow->addWidget(m_filter);
    auto *qcBox = new QWidget(this);
    auto *qcLayout = new QVBoxLayout(qcBox);
    qcLayout->setContentsMargins(0, 0, 0, 0);
    qcLayout->addWidget(m_qc);
    qcLayout->addWidget(m_readers);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_items);
    splitter->addWidget(qcBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_policy);
    layout->addLayout(filterRow);
    layout->addWidget(m_refused);
    layout->addWidget(splitter, 1);

    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    // Every edit signals a change; recomputing once they settle keeps the window cheap.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &QualityWindow::refresh);
    for (auto signal : {&Workspace::projectChanged, &Workspace::itemsAdded})
        connect(&workspace, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(&workspace, &Workspace::itemChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    refresh();
}

void QualityWindow::setStateFilter(std::optional<ItemState> state)
{
    m_filter->setCurrentIndex(m_filter->findData(state ? int(*state) : -1));
}

void QualityWindow::refresh()
{
    QualityWorkflow workflow(m_workspace);
    m_policy->setText(policyText(workflow.policy()));
    Expected<ProjectRouting> routing = workflow.routing();
    m_refused->setVisible(!routing);
    m_items->setEnabled(routing.ok());
    if (!routing) {
        m_refused->setText(routing.error().message);
        m_routing = ProjectRouting();
        m_counts->clear();
        fillItems();
        return;
    }
    m_routing = std::move(*routing);
    QStringList counts;
    for (int s = 0; s < ItemStateCount; ++s)
        counts.append(tr("%1 <b>%2</b>")
                          .arg(itemStateDisplayName(ItemState(s)))
                          .arg(m_routing.counts[size_t(s)]));
    m_counts->setText(counts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    fillItems();
    if (Expected<QcReport> report = workflow.qcReport())
        fillQc(*report);
}

void QualityWindow::fillItems()
{
    const int filter = m_filter->currentData().toInt();
    m_items->setSortingEnabled(false);
    m_items->setRowCount(0);
    for (const ProjectRouting::Entry &entry : m_routing.items) {
        if (filter >= 0 && int(entry.route.state) != filter)
            continue;
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        auto *id = new QTableWidgetItem(entry.item->id);
        id->setData(Qt::UserRole, entry.item->id);
        m_items->setItem(row, ItemId, id);
        m_items->setItem(row, File, new QTableWidgetItem(entry.item->path));
        m_items->setItem(row, State, new QTableWidgetItem(itemStateDisplayName(entry.route.state)));
        auto *agreement = new QTableWidgetItem;
        if (entry.route.agreement.value)
            agreement->setData(Qt::DisplayRole, QString::number(*entry.route.agreement.value, 'f', 3));
        else
            agreement->setText(tr("–"));
        agreement->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(row, Agreement, agreement);
        m_items->setItem(row, Tier, new QTableWidgetItem(agreementTierKey(entry.route.tier)));
        auto *round = new QTableWidgetItem;
        round->setData(Qt::DisplayRole, entry.route.round);
        m_items->setItem(row, Round, round);
        m_items->setItem(row, Why, new QTableWidgetItem(entry.route.reason));
    }
    m_items->setSortingEnabled(true);
    m_items->resizeColumnsToContents();
}

void QualityWindow::fillQc(const QcReport &report)
{
    m_qc->setText(tr("QC: %1 of %2 accepted items drawn, %3 checked. Error rate %4")
                      .arg(report.drawn)
                      .arg(report.accepted)
                      .arg(report.checked)
                      .arg(estimate(report.errorRate)));
    m_readers->setRowCount(0);
    for (const QcReport::ReaderRow &row : report.readers) {
        const int r = m_readers->rowCount();
        m_readers->insertRow(r);
        m_readers->setItem(r, 0, new QTableWidgetItem(row.readerId));
        m_readers->setItem(r, 1, new QTableWidgetItem(estimate(row.errorRate)));
        QStringList categories;
        for (const auto &[category, count] : row.errorsByCategory)
            categories.append(QStringLiteral("%1 %2").arg(category).arg(count));
        m_readers->setItem(r, 2, new QTableWidgetItem(categories.join(QStringLiteral(", "))));
    }
    m_readers->resizeColumnsToContents();
}

} // namespace concord
