// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/team/taxonomyhealthwindow.h"

#include "core/model/guidelinelinks.h"
#include "core/project/itemwork.h"
#include "core/project/workspace.h"
#include "core/quality/qualityworkflow.h"
#include "core/util/translation.h"
#include "widgets/canvas/asyncimageloader.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

namespace {

enum PairColumn {
    LabelsColumn,
    KindColumn,
    RateColumn,
    ChanceColumn,
    RangeColumn,
    ItemsColumn,
    VerdictColumn
};

QString percent(double value)
{
    return QStringLiteral("%1%").arg(value * 100, 0, 'f', 1);
}

QString kindName(ConfusionKind kind)
{
    switch (kind) {
    case ConfusionKind::ImageLabels: return concord::tr("image labels");
    case ConfusionKind::Boxes: return concord::tr("boxes");
    case ConfusionKind::Regions: return concord::tr("masks and polygons");
    }
    return {};
}

} // namespace

TaxonomyHealthWindow::TaxonomyHealthWindow(Workspace *workspace, ReservedShortcuts reserved,
                                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_reserved(std::move(reserved))
    , m_loader(new AsyncImageLoader(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_pairs(new QTreeWidget(this))
    , m_items(new QListWidget(this))
    , m_gaps(new QTextBrowser(this))
    , m_warnings(new QListWidget(this))
    , m_draft(new QPushButton(tr("Start guideline draft for this pair…"), this))
    , m_example(new QPushButton(tr("Add this item as an edge case…"), this))
{
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Taxonomy health"));
    resize(1500, 900);
    m_summary->setObjectName(QStringLiteral("taxonomyHealthSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_pairs->setObjectName(QStringLiteral("confusedPairs"));
    m_pairs->setHeaderLabels({tr("Labels readers confuse"), tr("On"), tr("Confused"),
                              tr("By chance"), tr("95% range"), tr("Items"), tr("Verdict")});
    m_pairs->headerItem()->setToolTip(
        ChanceColumn,
        tr("How often the pair would be confused if the readers' disagreements fell on "
           "labels at random, given how often each label is used"));
    m_pairs->headerItem()->setToolTip(
        RangeColumn, tr("Where the confusion rate lies, at 95% for all pairs together"));
    m_pairs->setRootIsDecorated(false);
    m_pairs->setSortingEnabled(false); // the order is the point: most confused first
    m_pairs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->setObjectName(QStringLiteral("confusedItems"));
    m_gaps->setObjectName(QStringLiteral("taxonomyGaps"));
    m_warnings->setObjectName(QStringLiteral("taxonomyStructure"));
    m_draft->setObjectName(QStringLiteral("startGuidelineDraft"));
    m_example->setObjectName(QStringLiteral("addEdgeCase"));
    m_draft->setToolTip(
        tr("Opens a new guideline version with an edge-case section on the two labels "
           "and every item where readers confused them linked"));
    m_example->setToolTip(
        tr("Opens a new guideline version with the selected item as an edge case"));

    // One reader of each label, side by side on the same image.
    auto *sideBySide = new QWidget(this);
    auto *sideLayout = new QHBoxLayout(sideBySide);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 2; ++i) {
        m_contexts[i] = new LabelingContext(workspace, this);
        m_canvases[i] = new CanvasView(m_contexts[i]);
        m_canvases[i]->setObjectName(i == 0 ? QStringLiteral("leftReaderCanvas")
                                            : QStringLiteral("rightReaderCanvas"));
        m_canvases[i]->setOtherReadersVisible(true);
        m_canvases[i]->setAllReadersAlike(true);
        m_readerHeaders[i] = new QLabel(sideBySide);
        m_readerHeaders[i]->setTextFormat(Qt::RichText);
        m_readerHeaders[i]->setWordWrap(false);
        auto *pane = new QVBoxLayout;
        pane->addWidget(m_readerHeaders[i]);
        pane->addWidget(m_canvases[i], 1);
        sideLayout->addLayout(pane, 1);
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_pairs, 3);
    leftLayout->addWidget(new QLabel(tr("<b>Where they were confused</b>"), left));
    leftLayout->addWidget(m_items, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_draft);
    buttons->addWidget(m_example);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(sideBySide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({680, 820});
    m_tabs->addTab(splitter, tr("Confused pairs"));
    m_tabs->addTab(m_gaps, tr("Gaps"));
    m_tabs->addTab(m_warnings, tr("Structure"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_pairs, &QTreeWidget::currentItemChanged, this, [this] { showPair(); });
    connect(m_items, &QListWidget::currentRowChanged, this, [this] { showItem(); });
    connect(m_loader, &AsyncImageLoader::loaded, this,
            [this](const QString &itemId, const std::shared_ptr<const DisplayImage> &image) {
                // Only the item on screen: a load that finishes after the selection moved on
                // (or was cleared) must not draw a stale item.
                if (itemId != m_itemOnScreen)
                    return;
                for (int i = 0; i < 2; ++i) {
                    m_contexts[i]->setImageSize(QSize(image->image.width(), image->image.height()));
                    m_canvases[i]->setImage(image);
                }
            });
    connect(m_loader, &AsyncImageLoader::failed, this,
            [this](const QString &itemId, const QString &message) {
                for (int i = 0; i < 2; ++i) {
                    if (itemId == m_contexts[i]->currentItemId())
                        m_canvases[i]->setMessage(
                            tr("This image cannot be shown.\n\n%1").arg(message));
                }
            });
    connect(m_draft, &QPushButton::clicked, this, [this] {
        const ConfusablePair *pair = selectedPair();
        if (pair)
            Q_EMIT guidelineDraftRequested(
                draftForPair(),
                tr("Tell %1 from %2").arg(labelName(pair->labelA), labelName(pair->labelB)));
    });
    connect(m_example, &QPushButton::clicked, this, [this] {
        const ConfusablePair *pair = selectedPair();
        if (pair && selectedInstance() >= 0)
            Q_EMIT guidelineDraftRequested(
                draftForItem(),
                tr("Edge case: %1 or %2").arg(labelName(pair->labelA), labelName(pair->labelB)));
    });
    refresh();
}

TaxonomyHealthWindow::~TaxonomyHealthWindow() = default;

QString TaxonomyHealthWindow::labelName(int labelId) const
{
    const Label *label = m_workspace->project().taxonomy.find(labelId);
    return label ? label->name : QString::number(labelId);
}

QString TaxonomyHealthWindow::readerName(const QString &readerId) const
{
    const Annotator *reader = m_workspace->project().findAnnotator(readerId);
    return reader ? reader->displayName : readerId;
}

QString TaxonomyHealthWindow::itemTitle(const QString &itemId) const
{
    const Item *item = m_workspace->items().find(itemId);
    return item ? QFileInfo(item->path).fileName() : itemId;
}

QString TaxonomyHealthWindow::currentGuidelineText() const
{
    const Project &project = m_workspace->project();
    const GuidelineVersion *current = project.findGuideline(project.currentGuidelineVersion);
    return current ? current->text : QString();
}

void TaxonomyHealthWindow::refresh()
{
    const Expected<TaxonomyHealth> health =
        QualityWorkflow(*m_workspace).taxonomyHealth(m_reserved);
    const QSignalBlocker pairsBlocker(m_pairs);
    m_pairs->clear();
    m_warnings->clear();
    if (!health) {
        m_health = TaxonomyHealth();
        m_summary->setText(health.error().message.toHtmlEscaped());
        m_gaps->clear();
        showPair();
        return;
    }
    m_health = *health;
    const Taxonomy &taxonomy = m_workspace->project().taxonomy;
    QString summary = tr("<b>%1 readers</b> · %2 items read by two or more")
                          .arg(m_health.readers)
                          .arg(m_health.comparedItems);
    if (m_health.needsTwoReaders) {
        summary += tr(" · <b>Confusion needs two readers on an item</b>: no item has two submitted "
                      "readings yet. Plan a calibration session (Team ▸ New calibration session) "
                      "so several readers read the same items blind.");
    } else if (!m_health.confusable.empty()) {
        const ConfusablePair &top = m_health.confusable.front();
        summary +=
            tr(" · most confused: <b>%1 ↔ %2</b> on %3, %4 of comparisons against %5 by chance%6")
                .arg(labelName(top.labelA).toHtmlEscaped(), labelName(top.labelB).toHtmlEscaped(),
                     kindName(top.kind), percent(top.rate), percent(top.expected),
                     top.flagged ? tr(" — <span style='color:#c0392b'>beyond chance</span>")
                                 : QString());
    } else {
        summary += tr(" · readers confused no labels");
    }
    m_summary->setText(summary);

    for (const ConfusablePair &pair : m_health.confusable) {
        // Names keep the table narrow enough to show every column; the paths are in the tooltip.
        auto *row = new QTreeWidgetItem(
            m_pairs,
            {labelName(pair.labelA) + QStringLiteral("  ↔  ") + labelName(pair.labelB),
             kindName(pair.kind), percent(pair.rate), percent(pair.expected),
             QStringLiteral("%1 – %2").arg(percent(pair.lower), percent(pair.upper)),
             QString::number(pair.itemIds.size()),
             pair.flagged ? tr("beyond chance")
                          : (pair.rate > pair.expected ? tr("not proven") : tr("chance level"))});
        row->setToolTip(LabelsColumn, taxonomy.pathOf(pair.labelA) + QStringLiteral("  ↔  ") +
                                          taxonomy.pathOf(pair.labelB));
        row->setToolTip(RateColumn,
                        tr("%1 of %2 comparisons").arg(pair.confusions).arg(pair.comparisons));
        if (pair.flagged) {
            QFont bold = row->font(LabelsColumn);
            bold.setBold(true);
            row->setFont(LabelsColumn, bold);
            row->setForeground(VerdictColumn, QColor(0xc0, 0x39, 0x2b));
        }
    }
    if (m_pairs->topLevelItemCount() > 0)
        m_pairs->setCurrentItem(m_pairs->topLevelItem(0));

    m_gaps->setHtml(gapsHtml());
    for (const TaxonomyWarning &warning : m_health.warnings)
        new QListWidgetItem(warning.message, m_warnings);
    if (m_health.warnings.empty())
        new QListWidgetItem(tr("No warnings."), m_warnings);
    showPair();
}

QString TaxonomyHealthWindow::summaryText() const
{
    return m_summary->text();
}

int TaxonomyHealthWindow::pairCount() const
{
    return m_pairs->topLevelItemCount();
}

void TaxonomyHealthWindow::selectPair(int row)
{
    if (QTreeWidgetItem *item = m_pairs->topLevelItem(row))
        m_pairs->setCurrentItem(item);
}

void TaxonomyHealthWindow::selectItem(int row)
{
    m_items->setCurrentRow(row);
}

const ConfusablePair *TaxonomyHealthWindow::selectedPair() const
{
    const int row = m_pairs->indexOfTopLevelItem(m_pairs->currentItem());
    return row >= 0 && size_t(row) < m_health.confusable.size() ? &m_health.confusable[size_t(row)]
                                                                : nullptr;
}

int TaxonomyHealthWindow::selectedInstance() const
{
    const ConfusablePair *pair = selectedPair();
    const int row = m_items->currentRow();
    return pair && row >= 0 && size_t(row) < pair->instances.size() ? row : -1;
}

QStringList TaxonomyHealthWindow::itemsOnScreen() const
{
    QStringList titles;
    for (int row = 0; row < m_items->count(); ++row)
        titles.append(m_items->item(row)->data(Qt::UserRole + 1).toString());
    return titles;
}

QStringList TaxonomyHealthWindow::readersOnScreen() const
{
    QStringList readers;
    for (CanvasView *canvas : m_canvases)
        readers += canvas->otherReadersOnScreen();
    return readers;
}

void TaxonomyHealthWindow::showPair()
{
    const ConfusablePair *pair = selectedPair();
    const QSignalBlocker blocker(m_items);
    m_items->clear();
    m_draft->setEnabled(pair != nullptr);
    if (pair) {
        for (const ConfusionInstance &instance : pair->instances) {
            const QString title = itemTitle(instance.itemId);
            auto *row = new QListWidgetItem(
                tr("%1 — %2: %3, %4: %5")
                    .arg(title, readerName(instance.readerA), labelName(pair->labelA),
                         readerName(instance.readerB), labelName(pair->labelB)),
                m_items);
            row->setData(Qt::UserRole, instance.itemId);
            row->setData(Qt::UserRole + 1, title);
        }
        if (m_items->count() > 0)
            m_items->setCurrentRow(0);
    }
    showItem();
}

QString TaxonomyHealthWindow::readerLabelsHtml(const QString &readerId, const QString &itemId,
                                               int highlighted) const
{
    const ItemWork *work = m_workspace->visibleWork(readerId, itemId);
    QStringList names;
    if (work) {
        for (int labelId : labelIdsUsed(*work)) {
            const QString name = labelName(labelId).toHtmlEscaped();
            names.append(labelId == highlighted ? QStringLiteral("<b>%1</b>").arg(name) : name);
        }
    }
    // Two lines on both sides, so the two images line up.
    return tr("<span style='font-size:large'>%1</span> gave %2<br><small>All labels on this item: "
              "%3</small>")
        .arg(readerName(readerId).toHtmlEscaped(),
             QStringLiteral("<b>%1</b>").arg(labelName(highlighted).toHtmlEscaped()),
             names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
}

void TaxonomyHealthWindow::showItem()
{
    const ConfusablePair *pair = selectedPair();
    const int index = selectedInstance();
    m_example->setEnabled(index >= 0);
    if (index < 0) {
        m_itemOnScreen.clear();
        for (int i = 0; i < 2; ++i) {
            m_readerHeaders[i]->clear();
            m_canvases[i]->setShownReaders({});
            m_canvases[i]->setMessage(m_health.needsTwoReaders ? tr("Needs two readers on an item.")
                                                               : tr("Select a pair and an item."));
        }
        return;
    }
    const ConfusionInstance &instance = pair->instances[size_t(index)];
    const QString readers[2] = {instance.readerA, instance.readerB};
    const int labels[2] = {pair->labelA, pair->labelB};
    const Item *item = m_workspace->items().find(instance.itemId);
    m_itemOnScreen = instance.itemId;
    for (int i = 0; i < 2; ++i) {
        m_canvases[i]->setShownReaders({readers[i]});
        m_readerHeaders[i]->setText(readerLabelsHtml(readers[i], instance.itemId, labels[i]));
        m_contexts[i]->showItem(instance.itemId);
        m_canvases[i]->setMessage(tr("Loading %1…").arg(itemTitle(instance.itemId)));
    }
    if (item)
        m_loader->request(item->id, m_workspace->folder().absoluteItemPath(item->path));
}

QString TaxonomyHealthWindow::draftForPair() const
{
    const ConfusablePair *pair = selectedPair();
    if (!pair)
        return {};
    std::vector<GuidelineItemLink> links;
    for (const QString &itemId : pair->itemIds)
        links.push_back({itemId, itemTitle(itemId)});
    const QString evidence =
        tr("on %1 they disagreed this way in %2 of %3 comparisons (%4, against %5 "
           "expected by chance), on the items below.")
            .arg(kindName(pair->kind))
            .arg(pair->confusions)
            .arg(pair->comparisons)
            .arg(percent(pair->rate), percent(pair->expected));
    return withConfusionSection(currentGuidelineText(), labelName(pair->labelA),
                                labelName(pair->labelB), evidence, links);
}

QString TaxonomyHealthWindow::draftForItem() const
{
    const ConfusablePair *pair = selectedPair();
    const int index = selectedInstance();
    if (!pair || index < 0)
        return {};
    const ConfusionInstance &instance = pair->instances[size_t(index)];
    const QString note = tr("read as %1 by %2 and as %3 by %4")
                             .arg(labelName(pair->labelA), readerName(instance.readerA),
                                  labelName(pair->labelB), readerName(instance.readerB));
    return withGuidelineExample(currentGuidelineText(), GuidelineExampleKind::EdgeCase,
                                instance.itemId, labelName(pair->labelA), note,
                                itemTitle(instance.itemId));
}

QString TaxonomyHealthWindow::gapsHtml() const
{
    const auto list = [this](const QStringList &ids) {
        QStringList titles;
        for (const QString &id : ids.mid(0, 12))
            titles.append(itemTitle(id).toHtmlEscaped());
        if (ids.size() > 12)
            titles.append(tr("and %1 more").arg(ids.size() - 12));
        return titles.join(QStringLiteral(", "));
    };
    QString html = tr("<h3>Items no label fits</h3>");
    html += tr("<p><b>%1</b> skipped by a reader%2</p>")
                .arg(m_health.skippedItemIds.size())
                .arg(m_health.skippedItemIds.isEmpty()
                         ? QString()
                         : QStringLiteral(": ") + list(m_health.skippedItemIds));
    html += tr("<p><b>%1</b> submitted without any label%2</p>")
                .arg(m_health.unlabeledItemIds.size())
                .arg(m_health.unlabeledItemIds.isEmpty()
                         ? QString()
                         : QStringLiteral(": ") + list(m_health.unlabeledItemIds));
    html += tr("<h3>Catch-all labels</h3>");
    if (m_health.catchAllLabelIds.empty()) {
        html += tr("<p>The taxonomy has no catch-all label (such as \"Other\" or \"Normal\").</p>");
    } else {
        QStringList names;
        for (int id : m_health.catchAllLabelIds)
            names.append(m_workspace->project().taxonomy.pathOf(id).toHtmlEscaped());
        html +=
            tr("<p>Share of submitted items with %1. A reader far above the others may be using it "
               "for what the taxonomy lacks.</p>")
                .arg(names.join(QStringLiteral(", ")));
        html += QStringLiteral("<table cellpadding='3'>");
        const auto row = [](const QString &who, const ProportionEstimate &share) {
            return QStringLiteral("<tr><td>%1</td><td align='right'>%2 of %3</td><td "
                                  "align='right'><b>%4</b></td>"
                                  "<td>(%5 – %6)</td></tr>")
                // One arg() call: a name holding "%2" must not take the count's place.
                .arg(who.toHtmlEscaped(), QString::number(share.successes),
                     QString::number(share.trials), percent(share.value.value_or(0)),
                     percent(share.lower), percent(share.upper));
        };
        for (const CatchAllShare &share : m_health.catchAllByReader)
            html += row(readerName(share.readerId), share.share);
        for (const CatchAllShare &share : m_health.catchAllByWeek)
            html += row(tr("week %1").arg(share.week), share.share);
        html += QStringLiteral("</table>");
    }
    html += tr("<h3>Notes that keep naming something</h3>");
    if (m_health.recurringTerms.empty())
        html += tr("<p>No word recurs in review, adjudication, QC or reference notes on three "
                   "items or more "
                   "that no label names.</p>");
    for (const RecurringTerm &term : m_health.recurringTerms)
        html += tr("<p><b>%1</b> on %2 items: %3 — a label the taxonomy lacks?</p>")
                    .arg(term.term.toHtmlEscaped())
                    .arg(term.items)
                    .arg(list(term.itemIds));
    return html;
}

QStringList TaxonomyHealthWindow::warningTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_warnings->count(); ++row)
        texts.append(m_warnings->item(row)->text());
    return texts;
}

} // namespace concord
