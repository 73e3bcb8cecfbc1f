// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/itembrowser.h"

#include "widgets/editing/labelingcontext.h"
#include "widgets/models/itemfiltermodel.h"
#include "widgets/models/itemlistmodel.h"
#include "widgets/panels/learnerqueue.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

ItemBrowser::ItemBrowser(LabelingContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ItemListModel(context->workspace(), this))
    , m_filter(new ItemFilterModel(this))
    , m_statusFilter(new QComboBox(this))
    , m_splitFilter(new QComboBox(this))
    , m_splitProblem(new QLabel(this))
    , m_order(new QComboBox(this))
    , m_queueStatus(new QLabel(this))
    , m_queue(new LearnerQueue(context->workspace(), this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_progress(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_statusFilter->addItem(tr("All items"));
    for (ItemStatus status :
         {ItemStatus::New, ItemStatus::InProgress, ItemStatus::Done, ItemStatus::Skipped})
        m_statusFilter->addItem(itemStatusDisplayName(status), int(status));
    m_statusFilter->setToolTip(tr("Show only items with this status (for you)"));
    m_order->setObjectName(QStringLiteral("queueOrder"));
    m_order->addItem(tr("Project order"));
    const std::pair<QueueStrategy, QString> strategies[] = {
        {QueueStrategy::LeastConfidence, tr("Least confident first")},
        {QueueStrategy::Margin, tr("Smallest margin first")},
        {QueueStrategy::Entropy, tr("Highest entropy first")},
        {QueueStrategy::Diversity, tr("Most different first")},
        {QueueStrategy::Random, tr("Random")}};
    for (const auto &[strategy, name] : strategies)
        m_order->addItem(name, int(strategy));
    m_order->setToolTip(
        tr("The order to label in. The learner's orders put the unlabelled items it is least "
           "sure of (or, for \"most different\", those least like the labelled ones) first; "
           "it trains in the background on the labels you can see and retrains as they "
           "change."));
    m_queueStatus->setObjectName(QStringLiteral("queueStatus"));
    m_queueStatus->setWordWrap(true);
    m_queueStatus->setVisible(false);
    m_search->setPlaceholderText(tr("Filter by file name"));
    m_search->setClearButtonEnabled(true);
    m_splitFilter->setObjectName(QStringLiteral("splitFilter"));
    m_splitProblem->setObjectName(QStringLiteral("splitProblem"));
    m_splitProblem->setWordWrap(true);
    m_splitProblem->setVisible(false);
    m_list->setModel(m_filter);
    m_list->setUniformRowHeights(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAllColumnsShowFocus(true);
    // File names of one project share their start ("chest-01.png", "chest-02.png"): cut in the
    // middle, what tells them apart stays in view when the Split column narrows the list.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The canvas owns the keyboard; arrow keys there nudge boxes, not the list.
    m_list->setFocusPolicy(Qt::ClickFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_splitFilter);
    layout->addWidget(m_splitProblem);
    layout->addWidget(m_order);
    layout->addWidget(m_queueStatus);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    m_progress->setObjectName(QStringLiteral("itemProgress"));
    layout->addWidget(m_progress);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_statusFilter->currentData();
        const QSignalBlocker keepCurrentItem(m_list->selectionModel());
        m_filter->setStatusFilter(status.isValid() ? std::optional(ItemStatus(status.toInt()))
                                                   : std::nullopt);
        syncSelection();
    });
    connect(m_splitFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant split = m_splitFilter->currentData();
        const QSignalBlocker keepCurrentItem(m_list->selectionModel());
        m_filter->setSplitFilter(split.isValid() ? std::optional(split.toString()) : std::nullopt);
        syncSelection();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant strategy = m_order->currentData();
        m_queue->setStrategy(strategy.isValid() ? std::optional(QueueStrategy(strategy.toInt()))
                                                : std::nullopt);
    });
    connect(m_queue, &LearnerQueue::ranksChanged, this, [this] {
        const QSignalBlocker keepCurrentItem(m_list->selectionModel());
        m_filter->setQueueRanks(m_queue->ranks());
        syncSelection();
    });
    connect(m_queue, &LearnerQueue::statusChanged, this, [this] {
        m_queueStatus->setText(m_queue->status());
        m_queueStatus->setVisible(!m_queue->status().isEmpty());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QSignalBlocker keepCurrentItem(m_list->selectionModel());
        m_filter->setTextFilter(text);
        syncSelection();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_context->setCurrentIndex(m_filter->mapToSource(current).row());
            });
    connect(m_context, &LabelingContext::currentItemChanged, this, &ItemBrowser::syncSelection);
    connect(m_context->workspace(), &Workspace::itemChanged, this, &ItemBrowser::updateFinished);
    connect(m_context->workspace(), &Workspace::itemsAdded, this, &ItemBrowser::recountFinished);
    connect(m_context->workspace(), &Workspace::sessionChanged, this, &ItemBrowser::followSession);
    followSession();

    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ItemListModel::ItemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ItemListModel::SplitColumn, QHeaderView::Interactive);
    // A split recorded while the window is open (concord-cli split, here or on another
    // machine) shows up: splits.json is replaced by a rename in the project folder.
    m_splitsWatcher.addPath(m_context->workspace()->folder().root());
    connect(&m_splitsWatcher, &QFileSystemWatcher::directoryChanged, this,
            &ItemBrowser::reloadSplitIfChanged);
    m_splitsPoll.setInterval(2000);
    connect(&m_splitsPoll, &QTimer::timeout, this, &ItemBrowser::reloadSplitIfChanged);
    m_splitsPoll.start();
    // New items are in no split of the one recorded before them.
    connect(m_context->workspace(), &Workspace::itemsAdded, this, &ItemBrowser::showSplitChoices);
    reloadSplit();
}

static QByteArray fileFingerprint(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return {};
    return QByteArray::number(file.size()) + ':' +
           QByteArray::number(file.lastModified().toMSecsSinceEpoch());
}

void ItemBrowser::reloadSplitIfChanged()
{
    if (fileFingerprint(splitsFile(m_context->workspace()->folder())) != m_splitsFingerprint)
        reloadSplit();
}

void ItemBrowser::reloadSplit()
{
    const ProjectFolder &folder = m_context->workspace()->folder();
    m_splitsFingerprint = fileFingerprint(splitsFile(folder));
    Expected<std::optional<RecordedSplit>> current = readCurrentSplit(folder);
    // A damaged splits.json is named, never shown as "no split".
    m_splitProblem->setVisible(!current);
    if (current) {
        m_model->setRecordedSplit(std::move(*current));
    } else {
        m_splitProblem->setText(tr("No Split column: %1").arg(current.error().toString()));
        m_model->setRecordedSplit(std::nullopt);
    }
    showSplitChoices();
}

void ItemBrowser::showSplitChoices()
{
    const std::optional<RecordedSplit> &split = m_model->recordedSplit();
    const QVariant chosen = m_splitFilter->currentData();
    {
        const QSignalBlocker quiet(m_splitFilter);
        m_splitFilter->clear();
        if (split) {
            m_splitFilter->addItem(tr("All splits"));
            for (const QString &name : split->names)
                m_splitFilter->addItem(name, name);
            const std::vector<Item> &items = m_context->workspace()->items().items();
            if (std::any_of(items.cbegin(), items.cend(), [&](const Item &item) {
                    return split->splitOfItem.count(item.id) == 0;
                }))
                m_splitFilter->addItem(tr("In no split"), QString(QLatin1String("")));
            m_splitFilter->setToolTip(
                tr("Show only the items of one split of %1").arg(m_model->splitDescription()));
        }
        // The chosen split stays chosen while the recorded split still has it.
        const int index = chosen.isValid() ? m_splitFilter->findData(chosen) : 0;
        m_splitFilter->setCurrentIndex(std::max(index, 0));
    }
    const QVariant now = m_splitFilter->currentData();
    {
        const QSignalBlocker keepCurrentItem(m_list->selectionModel());
        m_filter->setSplitFilter(now.isValid() ? std::optional(now.toString()) : std::nullopt);
    }
    syncSelection();

    // Without a recorded split the column would be empty on every row: it and its filter wait
    // until there is one (docs/curation.md, "In the window").
    const bool shown = split.has_value();
    m_splitFilter->setVisible(shown);
    m_list->setColumnHidden(ItemListModel::SplitColumn, !shown);
    m_list->header()->setVisible(shown);
    if (shown) {
        const QFontMetrics metrics = m_list->fontMetrics();
        int width = metrics.horizontalAdvance(
            m_model->headerData(ItemListModel::SplitColumn, Qt::Horizontal).toString());
        for (const QString &name : split->names)
            width = std::max(width, metrics.horizontalAdvance(name));
        m_list->header()->resizeSection(ItemListModel::SplitColumn,
                                        width + 3 * metrics.averageCharWidth());
    }
}

void ItemBrowser::followSession()
{
    // A calibration or gold-test read lists its own items only, counted from its own reading.
    const CalibrationPlan *plan = m_context->workspace()->readingPlan();
    restrictToItems(plan ? plan->itemIds : QStringList());
}

// Filtering changes what the list shows, never which item is being labeled.
void ItemBrowser::syncSelection()
{
    const QModelIndex index = m_filter->mapFromSource(
        m_model->index(m_context->currentIndex(), ItemListModel::ItemColumn));
    const QSignalBlocker echo(m_list->selectionModel());
    if (!index.isValid()) {
        m_list->clearSelection();
        m_list->setCurrentIndex(QModelIndex());
    } else if (index != m_list->currentIndex()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    m_list->viewport()->update();
}

int ItemBrowser::neighbourInQueueOrder(int direction) const
{
    const QModelIndex current = m_filter->mapFromSource(
        m_model->index(m_context->currentIndex(), ItemListModel::ItemColumn));
    // An item no longer listed (just submitted under a status filter) continues the queue from
    // its start: the queue's head is what is most worth labelling.
    int row = current.isValid() ? current.row() + direction : (direction > 0 ? 0 : -1);
    if (row < 0 || row >= m_filter->rowCount())
        return -1;
    return m_filter->mapToSource(m_filter->index(row, 0)).row();
}

int ItemBrowser::neighbourItem(int direction) const
{
    if (m_filter->isQueueOrdered())
        return neighbourInQueueOrder(direction);
    const int current = m_context->currentIndex();
    const int count = m_filter->rowCount();
    // Rows keep project order, so the neighbour is found by binary search over source rows.
    int lo = 0;
    int hi = count;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_filter->mapToSource(m_filter->index(mid, 0)).row() <= current)
            lo = mid + 1;
        else
            hi = mid;
    }
    // lo is the first filtered row after the current item.
    int row = direction > 0 ? lo : lo - 1;
    if (direction < 0 && row >= 0 &&
        m_filter->mapToSource(m_filter->index(row, 0)).row() == current)
        --row;
    if (row < 0 || row >= count)
        return -1;
    return m_filter->mapToSource(m_filter->index(row, 0)).row();
}

void ItemBrowser::recountFinished()
{
    const Workspace *workspace = m_context->workspace();
    m_finishedItems.clear();
    for (const Item &item : workspace->items().items()) {
        if (listed(item.id) && isFinished(workspace->myStatus(item.id)))
            m_finishedItems.insert(item.id);
    }
    showProgress();
}

void ItemBrowser::updateFinished(const QString &itemId)
{
    if (listed(itemId) && isFinished(m_context->workspace()->myStatus(itemId)))
        m_finishedItems.insert(itemId);
    else
        m_finishedItems.remove(itemId);
    showProgress();
}

ItemBrowser::ListPosition ItemBrowser::positionOf(const QString &itemId) const
{
    const ItemList &items = m_context->workspace()->items();
    if (m_restriction.isEmpty()) {
        const int index = items.indexOf(itemId);
        return {index + 1, int(items.size())};
    }
    // A session's plan is small; walking the project keeps project order without an index.
    int number = 0;
    int place = 0;
    for (const Item &item : items.items()) {
        if (!m_restriction.contains(item.id))
            continue;
        ++number;
        if (item.id == itemId)
            place = number;
    }
    return {place, int(m_restriction.size())};
}

void ItemBrowser::showProgress()
{
    const int listedCount = m_restriction.isEmpty() ? m_context->workspace()->items().size()
                                                    : int(m_restriction.size());
    m_progress->setText(tr("%1 of %2 items finished").arg(m_finishedItems.size()).arg(listedCount));
}

bool ItemBrowser::listed(const QString &itemId) const
{
    return m_restriction.isEmpty() || m_restriction.contains(itemId);
}

void ItemBrowser::restrictToItems(const QStringList &itemIds)
{
    m_restriction = QSet<QString>(itemIds.begin(), itemIds.end());
    m_filter->setItemSet(m_restriction);
    recountFinished();
    Q_EMIT listedItemsChanged();
}

} // namespace concord
