// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/qualitywindow.h"

#include "core/project/workspace.h"
#include "core/quality/qualityworkflow.h"

#include <QColor>
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

enum ItemColumn { Number, File, State, Agreement, Tier, Round, Why, ItemColumnCount };
enum ReaderColumn {
    Reader,
    GoldRead,
    GoldAccuracy,
    GoldKappa,
    GoldBoxes,
    GoldMasks,
    QcErrorRate,
    QcErrors,
    ReaderColumnCount
};

QTableWidgetItem *numberItem(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (sortValue.isValid())
        item->setData(Qt::UserRole, sortValue);
    return item;
}

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
    // "#" is the item's number in the Items list, which names items the same way.
    m_items->setHorizontalHeaderLabels({tr("#"), tr("File"), tr("State"), tr("Agreement"),
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
            Q_EMIT openItemRequested(m_items->item(row, Number)->data(Qt::UserRole).toString());
    };
    connect(m_items, &QTableWidget::cellActivated, this, openSelected);

    m_readers->setColumnCount(ReaderColumnCount);
    m_readers->setHorizontalHeaderLabels({tr("Reader"), tr("Gold items read"), tr("Gold accuracy"),
                                          tr("Gold kappa"), tr("Gold boxes F1 / IoU"),
                                          tr("Gold masks"), tr("QC error rate"),
                                          tr("QC errors by category")});
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
    Expected<QcReport> report = workflow.qcReport(m_routing);
    Expected<GoldScores> gold = workflow.goldScores();
    if (report && gold)
        fillReaders(*report, *gold, workflow.policy());
}

void QualityWindow::fillItems()
{
    const int filter = m_filter->currentData().toInt();
    m_items->setSortingEnabled(false);
    m_items->setRowCount(0);
    // Routing lists the items in project order, as the Items list numbers them.
    for (size_t index = 0; index < m_routing.items.size(); ++index) {
        const ProjectRouting::Entry &entry = m_routing.items[index];
        if (filter >= 0 && int(entry.route.state) != filter)
            continue;
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, int(index) + 1);
        number->setData(Qt::UserRole, entry.item->id);
        number->setToolTip(tr("Item id %1").arg(entry.item->id));
        m_items->setItem(row, Number, number);
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

void QualityWindow::fillReaders(const QcReport &report, const GoldScores &gold,
                                const QualityPolicy &policy)
{
    m_qc->setText(tr("QC: %1 of %2 accepted items drawn, %3 checked. Error rate %4. "
                     "Gold: %5 gold items; readers whose lowest gold score (kappa, or accuracy "
                     "where kappa is undefined; box F1; mask overlap) is below %6 are marked.")
                      .arg(report.drawn)
                      .arg(report.accepted)
                      .arg(report.checked)
                      .arg(estimate(report.errorRate))
                      .arg(gold.score.items)
                      .arg(policy.readerScoreThreshold, 0, 'f', 2));
    // One row per reader known to either report, in the order they first appear.
    QStringList readers;
    for (const GoldReaderResult &r : gold.score.comparison.readers)
        readers.append(r.coderName);
    for (const QcReport::ReaderRow &row : report.readers) {
        if (!readers.contains(row.readerId))
            readers.append(row.readerId);
    }
    m_readers->setSortingEnabled(false);
    m_readers->setRowCount(0);
    for (const QString &readerId : readers) {
        const int r = m_readers->rowCount();
        m_readers->insertRow(r);
        const bool flagged = gold.flagged.contains(readerId);
        const Annotator *who = m_workspace.project().findAnnotator(readerId);
        const QString shown = who ? who->displayName : readerId;
        auto *name = new QTableWidgetItem(flagged ? tr("%1 — below the gold threshold").arg(shown)
                                                  : shown);
        name->setToolTip(readerId);
        if (flagged)
            name->setForeground(QColor(198, 40, 40));
        m_readers->setItem(r, Reader, name);
        for (size_t i = 0; i < gold.score.comparison.readers.size(); ++i) {
            const GoldReaderResult &g = gold.score.comparison.readers[i];
            if (g.coderName != readerId)
                continue;
            const GoldShapeScore &shapes = gold.shapes[i];
            const auto threeDigits = [this](const std::optional<double> &value) {
                return value ? QString::number(*value, 'f', 3) : tr("–");
            };
            m_readers->setItem(r, GoldBoxes,
                               numberItem(shapes.boxItems > 0
                                              ? tr("%1 / %2").arg(threeDigits(shapes.boxF1),
                                                                  threeDigits(shapes.boxIoU))
                                              : tr("–")));
            m_readers->setItem(r, GoldMasks,
                               numberItem(shapes.maskItems > 0
                                              ? tr("%1 %2").arg(policy.maskMeasure == MaskMeasure::Dice
                                                                    ? tr("Dice")
                                                                    : tr("IoU"),
                                                                threeDigits(shapes.maskOverlap))
                                              : tr("–")));
            m_readers->setItem(r, GoldRead, numberItem(QString::number(g.units)));
            // Accuracy with its Wilson interval, which stays honest at 5 of 5.
            m_readers->setItem(r, GoldAccuracy,
                               numberItem(g.units > 0 ? estimate(wilsonInterval(g.correct, g.units))
                                                      : tr("–")));
            QString kappa = tr("–");
            if (g.kappa.value) {
                kappa = QString::number(*g.kappa.value, 'f', 3);
                // A resampled interval of zero width (every resample perfect) says nothing.
                if (g.kappa.ci && g.kappa.ci->upper > g.kappa.ci->lower)
                    kappa += tr(" (95% CI %1–%2)")
                                 .arg(g.kappa.ci->lower, 0, 'f', 3)
                                 .arg(g.kappa.ci->upper, 0, 'f', 3);
            }
            m_readers->setItem(r, GoldKappa, numberItem(kappa));
        }
        m_readers->setItem(r, QcErrorRate, numberItem(tr("not checked yet")));
        for (const QcReport::ReaderRow &row : report.readers) {
            if (row.readerId != readerId)
                continue;
            m_readers->setItem(r, QcErrorRate, numberItem(estimate(row.errorRate)));
            QStringList categories;
            for (const auto &[category, count] : row.errorsByCategory)
                categories.append(QStringLiteral("%1 %2").arg(category).arg(count));
            m_readers->setItem(r, QcErrors, new QTableWidgetItem(categories.join(QStringLiteral(", "))));
        }
    }
    m_readers->resizeColumnsToContents();
}

} // namespace concord
