// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/quality/qualitywindow.h"

#include "render/reportfiles.h"

#include "core/project/workspace.h"
#include "core/quality/qualityworkflow.h"
#include "core/reports/qualityreporthtml.h"
#include "render/reportpdf.h"
#include "widgets/editing/actionsupport.h"

#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace concord {

namespace {

enum ItemColumn { Number, File, State, Agreement, Tier, Round, Why, ItemColumnCount };
enum ReaderColumn {
    Reader,
    ItemsRead,
    PerActiveDay,
    GoldRead,
    GoldAccuracy,
    GoldKappa,
    GoldBoxes,
    GoldMasks,
    QcErrorRate,
    QcErrors,
    ReviewFindings,
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
    , m_tabs(new QTabWidget(this))
    , m_reportView(new QTextBrowser(this))
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
    m_items->setHorizontalHeaderLabels(
        {tr("#"), tr("File"), tr("State"), tr("Agreement"), tr("Tier"), tr("Round"), tr("Why")});
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
    m_readers->setHorizontalHeaderLabels(
        {tr("Reader"), tr("Items read"), tr("Per active day"), tr("Gold items read"),
         tr("Gold accuracy"), tr("Gold kappa"), tr("Gold boxes F1 / IoU"), tr("Gold masks"),
         tr("QC error rate"), tr("QC errors by category"), tr("Review findings")});
    m_readers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_readers->verticalHeader()->hide();
    m_readers->horizontalHeader()->setStretchLastSection(true);

    // Disagreement that keeps landing on the same two labels is the taxonomy's, not the readers'.
    auto *health = new QPushButton(tr("Taxonomy health…"), this);
    health->setObjectName(QStringLiteral("taxonomyHealthButton"));
    health->setToolTip(tr("Which labels readers confuse beyond chance, and what no label fits"));
    connect(health, &QPushButton::clicked, this, &QualityWindow::taxonomyHealthRequested);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_counts, 1);
    filterRow->addWidget(health);
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
    auto *workflowTab = new QWidget(this);
    auto *workflowLayout = new QVBoxLayout(workflowTab);
    workflowLayout->addLayout(filterRow);
    workflowLayout->addWidget(splitter, 1);

    auto *reportTab = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportTab);
    auto *save = new QPushButton(tr("Save report…"), reportTab);
    save->setToolTip(tr("Save the quality report as PDF, HTML or JSON"));
    connect(save, &QPushButton::clicked, this, &QualityWindow::askWhereToSaveReport);
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addWidget(new QLabel(tr("The quality report as it prints: states, agreement "
                                           "tiers by week and by guideline version, readers, QC."),
                                        reportTab),
                             1);
    reportButtons->addWidget(save);
    reportLayout->addLayout(reportButtons);
    reportLayout->addWidget(m_reportView, 1);

    m_tabs->addTab(workflowTab, tr("Items and readers"));
    m_tabs->addTab(reportTab, tr("Report"));
    // The paged report rasterises its chart: built only while its tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &QualityWindow::showReport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_policy);
    layout->addWidget(m_refused);
    layout->addWidget(m_tabs, 1);

    closeOnEscape(this);

    // Every edit signals a change; recomputing once they settle keeps the window cheap.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &QualityWindow::refresh);
    for (auto signal : {&Workspace::projectChanged, &Workspace::itemsAdded})
        connect(&workspace, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(&workspace, &Workspace::itemChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    refresh();
}

QualityWindow::~QualityWindow() = default;

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
    if (!report || !gold)
        return;
    Expected<Json> quality = workflow.report(m_routing, *report, *gold);
    m_report = quality ? std::move(*quality) : Json();
    fillReaders(*report, *gold, workflow.policy());
    showReport();
}

void QualityWindow::showReportTab()
{
    m_tabs->setCurrentIndex(1);
}

void QualityWindow::showReport()
{
    if (m_tabs->currentIndex() != 1 || m_report.is_null())
        return;
    std::unique_ptr<QTextDocument> document = pagedReportDocument(qualityReportHtml(m_report));
    m_reportView->setDocument(document.get());
    m_reportDocument = std::move(document);
}

MaybeError QualityWindow::saveReport(const QString &path) const
{
    return saveReportFile(m_report, ReportKind::Quality, path);
}

void QualityWindow::askWhereToSaveReport()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the quality report"), QStringLiteral("quality.pdf"),
        reportFileFilter(ReportKind::Quality), &filter);
    if (path.isEmpty())
        return;
    if (MaybeError error = saveReport(path))
        QMessageBox::warning(this, tr("Cannot save the report"), error->toString());
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
            agreement->setData(Qt::DisplayRole,
                               QString::number(*entry.route.agreement.value, 'f', 3));
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
    // One row per reader known to either report or who submitted items, in the order they
    // first appear.
    QStringList readers;
    for (const GoldReaderResult &r : gold.score.comparison.readers)
        readers.append(r.coderName);
    for (const QcReport::ReaderRow &row : report.readers) {
        if (!readers.contains(row.readerId))
            readers.append(row.readerId);
    }
    for (const Json &row : m_report.value("readers", Json::array())) {
        const QString readerId = fromStd(row.value("reader", std::string()));
        if (!readers.contains(readerId) && row.at("throughput").value("reads", 0) > 0)
            readers.append(readerId);
    }
    m_readers->setSortingEnabled(false);
    m_readers->setRowCount(0);
    for (const QString &readerId : readers) {
        const int r = m_readers->rowCount();
        m_readers->insertRow(r);
        const bool flagged = gold.flagged.contains(readerId);
        const Annotator *who = m_workspace.project().findAnnotator(readerId);
        const QString shown = who ? who->displayName : readerId;
        auto *name =
            new QTableWidgetItem(flagged ? tr("%1 — below the gold threshold").arg(shown) : shown);
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
            m_readers->setItem(
                r, GoldMasks,
                numberItem(shapes.maskItems > 0
                               ? tr("%1 %2").arg(policy.maskMeasure == MaskMeasure::Dice
                                                     ? tr("Dice")
                                                     : tr("IoU"),
                                                 threeDigits(shapes.maskOverlap))
                               : tr("–")));
            m_readers->setItem(r, GoldRead, numberItem(QString::number(g.units)));
            // Accuracy with its Wilson interval, which stays honest at 5 of 5.
            m_readers->setItem(
                r, GoldAccuracy,
                numberItem(g.units > 0 ? estimate(wilsonInterval(g.correct, g.units)) : tr("–")));
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
        for (const Json &row : m_report.value("readers", Json::array())) {
            if (row.value("reader", std::string()) != toStd(readerId))
                continue;
            const Json &throughput = row.at("throughput");
            m_readers->setItem(r, ItemsRead,
                               numberItem(QString::number(throughput.value("reads", 0))));
            const Json &perDay = throughput.at("reads_per_active_day");
            m_readers->setItem(r, PerActiveDay,
                               numberItem(perDay.is_number()
                                              ? QString::number(perDay.get<double>(), 'f', 1)
                                              : tr("–")));
        }
        m_readers->setItem(r, QcErrorRate, numberItem(tr("not checked yet")));
        for (const QcReport::ReaderRow &row : report.readers) {
            if (row.readerId != readerId)
                continue;
            m_readers->setItem(r, QcErrorRate, numberItem(estimate(row.errorRate)));
            QStringList categories;
            for (const auto &[category, count] : row.errorsByCategory)
                categories.append(QStringLiteral("%1 %2").arg(category).arg(count));
            m_readers->setItem(r, QcErrors,
                               new QTableWidgetItem(categories.join(QStringLiteral(", "))));
        }
        // Items reviewed with a finding against them, and the findings by category.
        for (const QcReport::ReviewRow &row : report.reviewByReader) {
            if (row.readerId != readerId)
                continue;
            QStringList categories;
            for (const auto &[category, count] : row.findingsByCategory)
                categories.append(QStringLiteral("%1 %2").arg(category).arg(count));
            QString text = estimate(row.itemsWithFindings);
            if (!categories.isEmpty())
                text += tr(" · %1").arg(categories.join(QStringLiteral(", ")));
            m_readers->setItem(r, ReviewFindings, new QTableWidgetItem(text));
        }
    }
    m_readers->resizeColumnsToContents();
}

} // namespace concord
