// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/agreement/agreementpanel.h"

#include "core/reports/agreementreport.h"
#include "core/reports/agreementreportcharts.h"
#include "core/reports/reportjson.h"
#include "widgets/agreement/agreementcoefficientmodel.h"
#include "widgets/agreement/agreementselectionbar.h"
#include "widgets/agreement/svgchartview.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
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

} // namespace

AgreementPanel::AgreementPanel(QWidget *parent)
    : QWidget(parent),
      m_selection(new AgreementSelectionBar),
      m_summary(new QLabel),
      m_table(new QComboBox),
      m_coefficients(new AgreementCoefficientModel(this)),
      m_coefficientView(new QTableView),
      m_notes(new QLabel),
      m_heatmap(new SvgChartView),
      m_categories(new SvgChartView),
      m_guidelineTrend(new SvgChartView),
      m_weeklyTrend(new SvgChartView)
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
    tableLayout->addStretch();

    auto *trends = new QWidget;
    auto *trendLayout = new QHBoxLayout(trends);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    trendLayout->addWidget(m_guidelineTrend);
    trendLayout->addWidget(m_weeklyTrend);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(group(tr("Coefficients"),
                          tr("95% intervals: analytic for percent, Fleiss and AC1, bootstrap "
                             "over items for α. Landis–Koch readings are a convention."),
                          tableArea),
                    0, 0);
    grid->addWidget(group(tr("Pairwise Cohen's κ"),
                          tr("Each pair of readers on the items both labeled (n). Blue is "
                             "agreement beyond chance, red systematic disagreement."),
                          m_heatmap),
                    0, 1);
    grid->addWidget(group(tr("Fleiss' κ per category"),
                          tr("Low bars show which findings need a clearer guideline."),
                          m_categories),
                    1, 0);
    grid->addWidget(group(tr("Trend of α by guideline version and by week"), QString(), trends),
                    1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selection);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);

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
    return m_watcher.isRunning() || m_recomputeWhenDone;
}

void AgreementPanel::compute()
{
    if (!m_snapshot)
        return;
    if (m_watcher.isRunning()) {
        m_recomputeWhenDone = true;
        return;
    }
    m_recomputeWhenDone = false;
    AgreementReportOptions options;
    options.selection = m_selection->selection();
    options.goldAnnotatorId = m_selection->goldAnnotatorId();
    m_summary->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run([snapshot = m_snapshot, options] {
        return buildAgreementReport(snapshot->project, snapshot->items, snapshot->store,
                                    options);
    }));
}

void AgreementPanel::onComputed()
{
    if (m_recomputeWhenDone) {
        compute(); // the selection changed meanwhile: this result is already stale
        return;
    }
    m_report = m_watcher.result();
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
}

} // namespace concord
