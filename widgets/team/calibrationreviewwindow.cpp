// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/calibrationreviewwindow.h"

#include "core/model/guidelinelinks.h"
#include "core/project/workspace.h"
#include "core/util/translation.h"
#include "widgets/canvas/annotationpainter.h"
#include "widgets/canvas/asyncimageloader.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

namespace {
enum Column { ItemColumn, DisagreementColumn, VotesColumn, ReferenceColumn };

QString formatAgreement(const AgreementResult &result, bool percent)
{
    if (!result.value)
        return concord::tr("n/a");
    return percent ? QStringLiteral("%1%").arg(*result.value * 100, 0, 'f', 0)
                   : QString::number(*result.value, 'f', 2);
}
} // namespace

CalibrationReviewWindow::CalibrationReviewWindow(Workspace *workspace, const QString &planId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_context(new LabelingContext(workspace, this))
    , m_canvas(new CanvasView(m_context))
    , m_loader(new AsyncImageLoader(this))
    , m_summary(new QLabel(this))
    , m_items(new QTreeWidget(this))
    , m_legend(new QLabel(this))
    , m_votes(new QLabel(this))
    , m_referenceLabels(new QListWidget(this))
    , m_note(new QLineEdit(this))
    , m_reference(new QLabel(this))
    , m_record(new QPushButton(tr("Record reference label"), this))
    , m_example(new QPushButton(tr("Make guideline example / edge case…"), this))
{
    if (const CalibrationPlan *plan = workspace->project().findCalibration(planId))
        m_plan = *plan;
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Calibration review: %1").arg(m_plan.name));
    resize(1600, 950);
    m_canvas->setOtherReadersVisible(true);
    m_canvas->setAllReadersAlike(true); // the lead's own reading is one reading among others
    // The canvas draws the session's readings from the review core handed over, not anyone's
    // ordinary work on the item.
    m_canvas->setReaderWork(m_plan.participantIds,
                            [this](const QString &readerId, const QString &itemId) {
                                return readingOf(readerId, itemId);
                            });
    m_canvas->setObjectName(QStringLiteral("reviewCanvas"));

    m_items->setObjectName(QStringLiteral("reviewItems"));
    m_items->setHeaderLabels({tr("Item"), tr("Disagreement"), tr("Votes"), tr("Reference")});
    m_items->setRootIsDecorated(false);
    m_items->setSortingEnabled(false); // the order is the point: most disputed first
    m_items->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setObjectName(QStringLiteral("calibrationSummary"));
    for (QLabel *label : {m_legend, m_votes, m_reference}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
    }
    for (const Label &label : workspace->project().taxonomy.labels()) {
        auto *entry =
            new QListWidgetItem(workspace->project().taxonomy.pathOf(label.id), m_referenceLabels);
        entry->setData(Qt::UserRole, label.id);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
    }
    m_note->setPlaceholderText(tr("Why (optional): goes into the journal and the guideline"));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QLabel(tr("<b>Readers</b>"), side));
    sideLayout->addWidget(m_legend);
    sideLayout->addWidget(new QLabel(tr("<b>Image-label votes</b>"), side));
    sideLayout->addWidget(m_votes);
    sideLayout->addWidget(new QLabel(tr("<b>Reference label</b>"), side));
    sideLayout->addWidget(m_reference);
    sideLayout->addWidget(m_referenceLabels, 1);
    sideLayout->addWidget(m_note);
    sideLayout->addWidget(m_record);
    sideLayout->addWidget(m_example);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_items);
    splitter->addWidget(m_canvas);
    splitter->addWidget(side);
    splitter->setStretchFactor(1, 1);
    // Wide enough for all four columns: the Reference column is what the lead works through.
    splitter->setSizes({480, 800, 320});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_items, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            showItem(current->data(ItemColumn, Qt::UserRole).toString());
    });
    connect(m_context, &LabelingContext::currentItemChanged, this, [this] {
        const Item *item = m_context->currentItem();
        if (!item)
            return;
        m_canvas->setMessage(tr("Loading %1…").arg(QFileInfo(item->path).fileName()));
        m_loader->request(item->id, m_workspace->folder().absoluteItemPath(item->path));
        showDetails();
    });
    connect(m_loader, &AsyncImageLoader::loaded, this,
            [this](const QString &itemId, std::shared_ptr<const DisplayImage> image) {
                if (itemId != m_context->currentItemId())
                    return;
                m_context->setImageSize(QSize(image->image.width(), image->image.height()));
                m_canvas->setImage(std::move(image));
            });
    connect(m_loader, &AsyncImageLoader::failed, this,
            [this](const QString &itemId, const QString &message) {
                if (itemId == m_context->currentItemId())
                    m_canvas->setMessage(tr("This image cannot be shown.\n\n%1").arg(message));
            });
    connect(m_record, &QPushButton::clicked, this, [this] { recordReference(tickedLabels()); });
    connect(m_example, &QPushButton::clicked, this, [this] {
        // The label the example is about: the reference when recorded, else the ticked one.
        const std::optional<ReferenceLabel> reference =
            m_workspace->referenceLabel(currentItemId());
        const std::vector<int> labels =
            reference && !reference->labelIds.empty() ? reference->labelIds : tickedLabels();
        makeGuidelineExample(labels.empty() ? 0 : labels.front());
    });
    rebuild();
}

CalibrationReviewWindow::~CalibrationReviewWindow() = default;

void CalibrationReviewWindow::rebuild()
{
    const QString current = currentItemId();
    // Core decides who may see every participant's reading (CalibrationPlans::calibrationReview).
    const Expected<CalibrationReviewReport> report =
        m_workspace->plans().calibrationReview(m_plan.id);
    if (!report) {
        m_reviews.clear();
        const QSignalBlocker blocker(m_items);
        m_items->clear();
        m_summary->setText(report.error().message.toHtmlEscaped());
        return;
    }
    m_reviews = report->items;
    m_canvas->redrawAnnotations(); // the readings drawn live in m_reviews
    const CalibrationSummary &summary = report->summary;
    QString kappaText = formatAgreement(summary.fleissKappa, false);
    if (!summary.fleissKappa.landisKoch.isEmpty())
        kappaText += QStringLiteral(" (%1)").arg(summary.fleissKappa.landisKoch);
    m_summary->setText(
        tr("<b>%1</b> · %2 items (%3 read) · %4 readers · guideline v%5 — "
           "percent agreement <b>%6</b> · Fleiss' κ <b>%7</b>%8")
            .arg(m_plan.name.toHtmlEscaped())
            .arg(summary.items)
            .arg(summary.ratedItems)
            .arg(summary.participants)
            .arg(m_plan.guidelineVersion)
            .arg(formatAgreement(summary.percentAgreement, true), kappaText,
                 summary.pooledLabels ? tr(" · pooled over labels (multi-label)") : QString()));

    const Taxonomy &taxonomy = m_workspace->project().taxonomy;
    const QSignalBlocker blocker(m_items);
    m_items->clear();
    for (const CalibrationItemReview &review : m_reviews) {
        const Item *item = m_workspace->items().find(review.itemId);
        QStringList votes;
        for (const auto &[labelId, count] : review.votes) {
            const Label *label = taxonomy.find(labelId);
            votes.append(QStringLiteral("%1 %2")
                             .arg(label ? label->name : QString::number(labelId))
                             .arg(count));
        }
        QStringList referenceNames;
        if (const std::optional<ReferenceLabel> reference =
                m_workspace->referenceLabel(review.itemId)) {
            for (int labelId : reference->labelIds)
                referenceNames.append(taxonomy.find(labelId) ? taxonomy.find(labelId)->name
                                                             : QString::number(labelId));
            if (referenceNames.isEmpty())
                referenceNames.append(tr("none"));
        }
        auto *row = new QTreeWidgetItem(
            m_items, {item ? QFileInfo(item->path).fileName() : review.itemId,
                      QStringLiteral("%1%").arg(review.disagreement * 100, 0, 'f', 0),
                      votes.join(QStringLiteral(", ")), referenceNames.join(QStringLiteral(", "))});
        row->setData(ItemColumn, Qt::UserRole, review.itemId);
        if (review.disagreement > 0)
            row->setForeground(DisagreementColumn, QColor(0xc0, 0x39, 0x2b));
    }
    if (!current.isEmpty())
        selectItem(current);
    else if (m_items->topLevelItemCount() > 0)
        m_items->setCurrentItem(m_items->topLevelItem(0));
    showItem(currentItemId());
}

QStringList CalibrationReviewWindow::itemOrder() const
{
    QStringList order;
    for (int i = 0; i < m_items->topLevelItemCount(); ++i)
        order.append(m_items->topLevelItem(i)->data(ItemColumn, Qt::UserRole).toString());
    return order;
}

QString CalibrationReviewWindow::currentItemId() const
{
    const QTreeWidgetItem *current = m_items->currentItem();
    return current ? current->data(ItemColumn, Qt::UserRole).toString() : QString();
}

void CalibrationReviewWindow::selectItem(const QString &itemId)
{
    for (int i = 0; i < m_items->topLevelItemCount(); ++i) {
        if (m_items->topLevelItem(i)->data(ItemColumn, Qt::UserRole).toString() == itemId)
            m_items->setCurrentItem(m_items->topLevelItem(i));
    }
}

QStringList CalibrationReviewWindow::readersOnScreen() const
{
    return m_canvas->otherReadersOnScreen();
}

QString CalibrationReviewWindow::summaryText() const
{
    return m_summary->text();
}

const CalibrationItemReview *CalibrationReviewWindow::reviewOf(const QString &itemId) const
{
    for (const CalibrationItemReview &review : m_reviews) {
        if (review.itemId == itemId)
            return &review;
    }
    return nullptr;
}

const ItemWork *CalibrationReviewWindow::readingOf(const QString &readerId,
                                                   const QString &itemId) const
{
    if (const CalibrationItemReview *review = reviewOf(itemId)) {
        for (const CalibrationReading &reading : review->readings) {
            if (reading.annotatorId == readerId)
                return &reading.work;
        }
    }
    return nullptr;
}

void CalibrationReviewWindow::showItem(const QString &itemId)
{
    if (itemId.isEmpty())
        return;
    if (itemId == m_context->currentItemId())
        showDetails();
    else
        m_context->showItem(itemId);
}

void CalibrationReviewWindow::showDetails()
{
    const QString itemId = m_context->currentItemId();
    const CalibrationItemReview *review = reviewOf(itemId);
    const Taxonomy &taxonomy = m_workspace->project().taxonomy;
    // The legend follows the canvas's own reader order, so colours match what is drawn.
    const QStringList readers = readersOnScreen();
    QString legend;
    for (int i = 0; i < readers.size(); ++i) {
        const Annotator *reader = m_workspace->project().findAnnotator(readers[i]);
        QStringList labels;
        if (const ItemWork *work = readingOf(readers[i], itemId)) {
            for (int labelId : work->classLabels.labelIds)
                labels.append(taxonomy.find(labelId) ? taxonomy.find(labelId)->name
                                                     : QString::number(labelId));
            labels.append(tr("%n box(es)", nullptr, int(work->boxes.size())));
            labels.append(itemStatusDisplayName(work->status()));
            if (!work->masks.empty())
                labels.append(tr("%n mask(s)", nullptr, int(work->masks.size())));
            if (!work->polygons.empty())
                labels.append(tr("%n polygon(s)", nullptr, int(work->polygons.size())));
        }
        legend += QStringLiteral(
                      "<p><span style=\"color:%1; font-size:16pt\">■</span> <b>%2</b><br>%3</p>")
                      .arg(AnnotationPainter::readerColor(i).name(),
                           (reader ? reader->displayName : readers[i]).toHtmlEscaped(),
                           labels.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    m_legend->setText(legend.isEmpty() ? tr("<i>No reader has worked on this item.</i>") : legend);

    QString votes;
    if (review) {
        for (const auto &[labelId, count] : review->votes) {
            const Label *label = taxonomy.find(labelId);
            votes += QStringLiteral("<span style=\"color:%1\">■</span> %2: %3 / %4<br>")
                         .arg(label ? label->color : QStringLiteral("#888888"),
                              (label ? taxonomy.pathOf(labelId) : QString::number(labelId))
                                  .toHtmlEscaped())
                         .arg(count)
                         .arg(review->readers);
        }
    }
    m_votes->setText(votes.isEmpty() ? tr("<i>No image labels.</i>") : votes);

    const std::optional<ReferenceLabel> reference = m_workspace->referenceLabel(itemId);
    if (reference) {
        QStringList names;
        for (int labelId : reference->labelIds)
            names.append(taxonomy.pathOf(labelId));
        const Annotator *author =
            m_workspace->project().findAnnotator(reference->provenance.annotatorId);
        m_reference->setText(
            tr("Recorded: <b>%1</b> by %2%3")
                .arg(names.isEmpty() ? tr("none of the labels")
                                     : names.join(QStringLiteral(", ")).toHtmlEscaped(),
                     (author ? author->displayName : reference->provenance.annotatorId)
                         .toHtmlEscaped(),
                     reference->note.isEmpty()
                         ? QString()
                         : QStringLiteral("<br><i>%1</i>").arg(reference->note.toHtmlEscaped())));
    } else {
        m_reference->setText(tr("<i>Not yet settled. Tick the labels that apply and record.</i>"));
    }
    // Start from the reference, or else from the majority vote.
    std::vector<int> start = reference ? reference->labelIds : std::vector<int>();
    if (!reference && review && !review->votes.empty()) {
        for (const auto &[labelId, count] : review->votes) {
            if (count * 2 > review->readers)
                start.push_back(labelId);
        }
    }
    for (int row = 0; row < m_referenceLabels->count(); ++row) {
        QListWidgetItem *entry = m_referenceLabels->item(row);
        const bool ticked =
            std::find(start.begin(), start.end(), entry->data(Qt::UserRole).toInt()) != start.end();
        entry->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    }
    m_note->setText(reference ? reference->note : QString());
    const Annotator *me = m_workspace->currentAnnotator();
    const bool maySettle = me && mayRecordReferenceLabels(me->role);
    m_record->setEnabled(maySettle);
    m_example->setEnabled(me && mayLeadCalibration(me->role));
    if (!maySettle)
        m_record->setToolTip(tr("Only a lead or an adjudicator records reference labels."));
}

std::vector<int> CalibrationReviewWindow::tickedLabels() const
{
    std::vector<int> labels;
    for (int row = 0; row < m_referenceLabels->count(); ++row) {
        if (m_referenceLabels->item(row)->checkState() == Qt::Checked)
            labels.push_back(m_referenceLabels->item(row)->data(Qt::UserRole).toInt());
    }
    return labels;
}

bool CalibrationReviewWindow::recordReference(const std::vector<int> &labelIds)
{
    const MaybeError error =
        m_workspace->recordReferenceLabel(currentItemId(), labelIds, m_note->text().trimmed());
    if (error) {
        QMessageBox::warning(this, tr("Reference label not recorded"), error->toString());
        return false;
    }
    rebuild();
    return true;
}

void CalibrationReviewWindow::makeGuidelineExample(int labelId)
{
    const QString itemId = currentItemId();
    if (itemId.isEmpty())
        return;
    const Project &project = m_workspace->project();
    const GuidelineVersion *current = project.findGuideline(project.currentGuidelineVersion);
    const QString labelName = labelId ? project.taxonomy.pathOf(labelId) : tr("no finding");
    const Item *item = m_workspace->items().find(itemId);
    const QString draft = withGuidelineExample(
        current ? current->text : QString(), GuidelineExampleKind::EdgeCase, itemId, labelName,
        m_note->text(), item ? QFileInfo(item->path).fileName() : QString());
    Q_EMIT guidelineDraftRequested(draft, tr("Edge case from %1: %2").arg(m_plan.name, labelName));
}

} // namespace concord
