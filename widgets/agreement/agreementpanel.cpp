// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/agreement/agreementpanel.h"

#include "render/reportfiles.h"

#include "core/reports/agreementreport.h"
#include "core/reports/agreementreportcharts.h"
#include "core/reports/maskdistancetext.h"
#include "core/reports/reportjson.h"
#include "widgets/agreement/agreementcoefficientmodel.h"
#include "widgets/agreement/agreementselectionbar.h"
#include "widgets/agreement/svgchartview.h"
#include "widgets/editing/actionsupport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

using namespace reportjson;

struct AgreementPanel::Snapshot
{
    Project project;
    ItemList items;
    AnnotationStore store;
};

namespace {

// Tables show all their rows; the panel scrolls as a whole instead.
void fitHeightToRows(QTableView *view)
{
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->rowHeight(row);
    view->setFixedHeight(height);
}

QGroupBox *group(const QString &title, const QString &explanation, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    if (!explanation.isEmpty()) {
        auto *sub = new QLabel(explanation);
        sub->setWordWrap(true);
        sub->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(sub);
    }
    layout->addWidget(content, 1);
    return box;
}

// `top` above `bottom`, without margins, as one widget for a group.
QWidget *stacked(QWidget *top, QWidget *bottom)
{
    auto *both = new QWidget;
    auto *layout = new QVBoxLayout(both);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(top);
    layout->addWidget(bottom);
    return both;
}

// A table of figures per pair of readers: read-only, as tall as its rows, no scroll bar.
QTableWidget *pairTable()
{
    auto *table = new QTableWidget;
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

// Fills a pairTable(): the first two columns name the readers, the others are figures.
void fillPairTable(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int c = 0; c < rows[row].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[row][c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, c, item);
        }
    }
    fitHeightToRows(table);
}

// A figure with three decimals, or a dash where it is undefined.
QString figure(std::optional<double> value, int decimals = 3)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

} // namespace

AgreementPanel::AgreementPanel(QWidget *parent)
    : QWidget(parent)
    , m_selection(new AgreementSelectionBar)
    , m_summary(new QLabel)
    , m_save(new QPushButton(tr("Save report…")))
    , m_progress(new QProgressBar)
    , m_stop(new QPushButton(tr("Stop")))
    , m_table(new QComboBox)
    , m_coefficients(new AgreementCoefficientModel(this))
    , m_coefficientView(new QTableView)
    , m_notes(new QLabel)
    , m_heatmap(new SvgChartView)
    , m_categories(new SvgChartView)
    , m_guidelineTrend(new SvgChartView)
    , m_weeklyTrend(new SvgChartView)
    , m_boxes(pairTable())
    , m_masks(pairTable())
    , m_maskUnits(new QLabel)
{
    m_coefficientView->setModel(m_coefficients);
    m_coefficientView->verticalHeader()->hide();
    m_coefficientView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coefficientView->horizontalHeader()->setStretchLastSection(true);
    m_coefficientView->setSelectionMode(QAbstractItemView::NoSelection);
    m_coefficientView->setFocusPolicy(Qt::NoFocus);
    m_coefficientView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_coefficientView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setToolTip(tr("Multi-label projects measure each label as present or absent; "
                           "\"All labels\" pools every item-label decision."));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff7e6; border: 1px solid #f0c36d; border-radius: 4px;"
        " padding: 6px; color: #5c3d00; }"));
    m_notes->hide();
    m_summary->setWordWrap(true);
    m_maskUnits->setWordWrap(true);
    m_maskUnits->setForegroundRole(QPalette::PlaceholderText);

    auto *tableArea = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableChoice = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("&Table"));
    tableLabel->setBuddy(m_table);
    tableChoice->addWidget(tableLabel);
    tableChoice->addWidget(m_table, 1);
    tableLayout->addLayout(tableChoice);
    tableLayout->addWidget(m_coefficientView);
    tableLayout->addWidget(m_notes);

    QWidget *trends = stacked(m_guidelineTrend, m_weeklyTrend);

    // Left: the figures and what they are made of; right: who agrees with whom, and over time.
    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Coefficients"),
                          tr("95% intervals: analytic for percent, Fleiss and AC1, bootstrap "
                             "over items for α. Landis–Koch readings are a convention."),
                          tableArea));
    left->addWidget(group(tr("Fleiss' κ per category"),
                          tr("Low bars show which findings need a clearer guideline."),
                          m_categories));
    m_boxGroup = group(tr("Box agreement"),
                       tr("Boxes matched one to one per image by IoU ≥ 0.5, over the images "
                          "both readers read. Reader A is the reference."),
                       m_boxes);
    left->addWidget(m_boxGroup);
    m_maskGroup = group(tr("Mask agreement"),
                        tr("Each image and label either reader outlined (masks and polygons), "
                           "over the images both read; means per pair. HD95 is the "
                           "95th-percentile Hausdorff distance, over outlines both drew."),
                        stacked(m_masks, m_maskUnits));
    left->addWidget(m_maskGroup);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(group(tr("Pairwise Cohen's κ"),
                           tr("Each pair of readers on the items both labeled (n). Blue is "
                              "agreement beyond chance, red systematic disagreement."),
                           m_heatmap));
    right->addWidget(group(tr("Trend of α by guideline version and by week"), QString(), trends));
    right->addStretch();
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The summary line with the report's own Save button: the same files the CLI writes.
    m_save->setObjectName(QStringLiteral("agreementSave"));
    m_save->setToolTip(tr("Save this report as PDF, a web page, CSV or JSON"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &AgreementPanel::askWhereToSaveReport);
    // While a report is computed: how far it has come, and a way to stop it (the bootstrap
    // and the mask distances of a big project take a while).
    m_progress->setObjectName(QStringLiteral("agreementProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_stop->setObjectName(QStringLiteral("agreementStop"));
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_computing)
            stop();
        else
            compute();
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_progress, 0, Qt::AlignTop);
    summaryRow->addWidget(m_stop, 0, Qt::AlignTop);
    summaryRow->addWidget(m_save, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selection);
    layout->addLayout(summaryRow);
    layout->addWidget(scroll, 1);

    closeOnEscape(this); // a window of its own (LabelingWorkbench::showAgreement)

    connect(m_selection, &AgreementSelectionBar::selectionChanged, this, &AgreementPanel::compute);
    connect(m_table, &QComboBox::currentIndexChanged, this, &AgreementPanel::showSection);
    connect(&m_watcher, &QFutureWatcher<Json>::finished, this, &AgreementPanel::onComputed);
}

AgreementPanel::~AgreementPanel()
{
    // The worker holds its own snapshot; only wait so it never outlives the process's Qt.
    m_watcher.waitForFinished();
}

void AgreementPanel::setProject(const Project &project, const ItemList &items,
                                const AnnotationStore &store)
{
    m_snapshot = std::make_shared<const Snapshot>(Snapshot{project, items, store});
    m_selection->setProject(project, store);
    compute();
}

bool AgreementPanel::isComputing() const
{
    return m_computing;
}

void AgreementPanel::compute()
{
    if (!m_snapshot)
        return;
    if (m_computing) {
        // The running report is for a selection no longer wanted: stop it and start anew.
        m_recomputeWhenDone = true;
        m_cancel->store(true);
        return;
    }
    m_recomputeWhenDone = false;
    AgreementReportOptions options;
    options.selection = m_selection->selection();
    options.goldAnnotatorId = m_selection->goldAnnotatorId();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    options.cancelled = [cancel = m_cancel] { return cancel->load(); };
    // Queued to the bar, which lives on this thread; dropped if the panel is gone.
    options.progress = [bar = QPointer<QProgressBar>(m_progress)](int done, int total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                if (bar) {
                    bar->setRange(0, total);
                    bar->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
    m_summary->setText(tr("Computing…"));
    m_progress->setRange(0, 0); // busy until the first part is done
    m_progress->show();
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop computing this report (Esc closes the window)"));
    m_stop->show();
    m_computing = true;
    m_watcher.setFuture(QtConcurrent::run([snapshot = m_snapshot, options] {
        return buildAgreementReport(snapshot->project, snapshot->items, snapshot->store, options);
    }));
}

void AgreementPanel::stop()
{
    if (m_cancel)
        m_cancel->store(true);
}

MaybeError AgreementPanel::saveReport(const QString &path) const
{
    return saveReportFile(m_report, ReportKind::Agreement, path);
}

void AgreementPanel::askWhereToSaveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the agreement report"),
                                                      QStringLiteral("agreement.pdf"),
                                                      reportFileFilter(ReportKind::Agreement));
    if (path.isEmpty())
        return;
    if (MaybeError error = saveReport(path))
        QMessageBox::warning(this, tr("Cannot save the report"), error->toString());
}

void AgreementPanel::onComputed()
{
    m_computing = false;
    m_progress->hide();
    if (m_recomputeWhenDone) {
        compute(); // the selection changed meanwhile: this result is already stale
        return;
    }
    const Json result = m_watcher.result();
    if (result.is_null() && m_cancel && m_cancel->load()) {
        m_summary->setText(m_report.is_null()
                               ? tr("Stopped before the report was ready.")
                               : tr("Stopped: what is shown is the report before this change."));
        m_stop->setText(tr("Compute"));
        m_stop->setToolTip(tr("Compute the report for this selection"));
        return;
    }
    m_stop->hide();
    m_report = result;
    m_save->setEnabled(!m_report.is_null());
    showReport();
    Q_EMIT reportShown();
}

void AgreementPanel::showReport()
{
    const Json &project = field(m_report, "project");
    const Json &overall = field(m_report, "overall");
    QString summary = tr("%1 readers · %2 of %3 items labeled")
                          .arg(count(overall, "coders"))
                          .arg(count(m_report, "rated_items"))
                          .arg(count(project, "items"));
    for (const Json &w : field(m_report, "warnings"))
        if (w.is_string())
            summary += QStringLiteral(" · ") + fromStd(w.get<std::string>());
    m_summary->setText(summary);

    // Single-label projects have one table; multi-label ones one per label after the pooled one.
    const int previous = m_table->currentIndex();
    const QSignalBlocker blocker(m_table);
    m_table->clear();
    m_table->addItem(str(overall, "title"));
    for (const Json &label : field(m_report, "labels"))
        m_table->addItem(str(label, "title"));
    m_table->setCurrentIndex(previous > 0 && previous < m_table->count() ? previous : 0);
    m_table->setEnabled(m_table->count() > 1);

    m_guidelineTrend->setChart(guidelineTrendChart(field(m_report, "trend")), QString());
    m_weeklyTrend->setChart(weeklyTrendChart(field(m_report, "trend")), QString());
    showSection();
}

void AgreementPanel::showSection()
{
    const int index = m_table->currentIndex();
    const Json &labels = field(m_report, "labels");
    const Json &section = index > 0 && labels.is_array() && size_t(index - 1) < labels.size()
                              ? labels[size_t(index - 1)]
                              : field(m_report, "overall");
    m_coefficients->setSection(section);
    fitHeightToRows(m_coefficientView);

    // The engine's caveats, once each, under the figures they qualify.
    QStringList notes;
    for (const Json &c : field(section, "coefficients")) {
        for (const Json &w : field(c, "warnings")) {
            if (!w.is_string())
                continue;
            const QString note = QStringLiteral("<li><b>%1:</b> %2</li>")
                                     .arg(agreementMetricTitle(str(c, "metric")).toHtmlEscaped(),
                                          fromStd(w.get<std::string>()).toHtmlEscaped());
            if (!notes.contains(note))
                notes.append(note);
        }
    }
    m_notes->setText(QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">%2</ul>")
                         .arg(tr("Notes on these figures"), notes.join(QString())));
    m_notes->setVisible(!notes.isEmpty());

    m_heatmap->setChart(pairwiseCohenChart(section), tr("Needs two readers who labeled the "
                                                        "same items."));
    m_categories->setChart(perCategoryChart(section), tr("No category was chosen."));
    showBoxes();
    showMasks();
}

void AgreementPanel::showBoxes()
{
    const Json &pairs = field(field(m_report, "boxes"), "pairs");
    m_boxGroup->setVisible(pairs.is_array() && !pairs.empty());
    QList<QStringList> rows;
    for (const Json &p : pairs) {
        rows.append({str(p, "reader_a"), str(p, "reader_b"), QString::number(count(p, "items")),
                     QStringLiteral("%1 / %2").arg(count(p, "boxes_a")).arg(count(p, "boxes_b")),
                     figure(num(p, "precision")), figure(num(p, "recall")), figure(num(p, "f1")),
                     figure(num(p, "mean_iou"))});
    }
    fillPairTable(m_boxes,
                  {tr("Reader A"), tr("Reader B"), tr("Images"), tr("Boxes A / B"), tr("Precision"),
                   tr("Recall"), tr("F1"), tr("Mean IoU")},
                  rows);
}

void AgreementPanel::showMasks()
{
    const Json &masks = field(m_report, "masks");
    const Json &pairs = field(masks, "pairs");
    m_maskGroup->setVisible(pairs.is_array() && !pairs.empty());
    QList<QStringList> rows;
    for (const Json &p : pairs) {
        const Json &comparisons = field(p, "comparisons");
        rows.append({str(p, "reader_a"), str(p, "reader_b"),
                     QString::number(comparisons.is_array() ? comparisons.size() : 0),
                     figure(num(p, "mean_dice")), figure(num(p, "mean_iou")),
                     meanHausdorff95Text(p, figure(std::nullopt))});
    }
    fillPairTable(m_masks,
                  {tr("Reader A"), tr("Reader B"), tr("Outlines compared"), tr("Mean Dice"),
                   tr("Mean IoU"), tr("Mean HD95")},
                  rows);
    const QString note = distanceUnitNote(masks);
    m_maskUnits->setText(note);
    m_maskUnits->setVisible(!note.isEmpty());
}

} // namespace concord
