// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/suggestionspanel.h"

#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"
#include "widgets/canvas/suggestionlayer.h"
#include "widgets/editing/actionsupport.h"
#include "widgets/editing/labelingcontext.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

static constexpr int KeyRole = Qt::UserRole + 1;
static constexpr int AnnotationRole = Qt::UserRole + 2;
static constexpr int SetIdRole = Qt::UserRole + 3;
static const QLatin1String ThresholdSetting("prelabels/threshold");
static const QLatin1String LastReasonSetting("prelabels/lastRejectReason");

static QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::NoFocus); // the keys stay with the image
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

SuggestionsPanel::SuggestionsPanel(LabelingContext *context, SuggestionLayer *layer,
                                   QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_layer(layer)
    , m_sets(new QTreeWidget(this))
    , m_problemLabel(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_threshold(new QSlider(Qt::Horizontal, this))
    , m_thresholdValue(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_accept(new QAction(tr("Accept"), this))
    , m_acceptAll(new QAction(tr("Accept all"), this))
    , m_reject(new QAction(tr("Reject…"), this))
    , m_next(new QAction(tr("Next suggestion"), this))
    , m_previous(new QAction(tr("Previous suggestion"), this))
{
    // Short headers, so the model's name keeps the width in the narrow column.
    m_sets->setHeaderLabels({tr("Model"), tr("Version"), tr("Here")});
    m_sets->headerItem()->setToolTip(2, tr("Suggestions of the set on this image"));
    m_sets->setRootIsDecorated(false);
    m_sets->setFocusPolicy(Qt::ClickFocus);
    m_sets->setMaximumHeight(90);
    m_sets->header()->setStretchLastSection(false);
    m_sets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sets->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sets->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();
    m_unavailable->setWordWrap(true);
    m_unavailable->setText(tr("Suggestions are hidden in calibration reads and gold tests, so "
                              "that every reading there is your own."));
    m_unavailable->hide();

    m_threshold->setRange(0, 100);
    m_threshold->setPageStep(5);
    m_threshold->setFocusPolicy(Qt::ClickFocus);
    m_threshold->setToolTip(tr("Suggestions scoring below this are not drawn, and Accept all "
                               "leaves them"));
    m_thresholdValue->setMinimumWidth(
        m_thresholdValue->fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 4);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(new QLabel(tr("Minimum score"), this));
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_thresholdValue);

    m_list->setHeaderLabels({tr("Label"), tr("Score"), tr("Decision")});
    m_list->setRootIsDecorated(false);
    m_list->setFocusPolicy(Qt::ClickFocus);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    setActionShortcuts(m_accept, tr("Accept the selected suggestion (or the best one) as your own"),
                       {QKeySequence(Qt::Key_A)});
    setActionShortcuts(m_acceptAll,
                       tr("Accept every suggestion on this image at or above the minimum score"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_A)});
    setActionShortcuts(m_reject, tr("Reject the selected suggestion (or the best one), saying why"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_R)});
    setActionShortcuts(m_next, tr("Select the next suggestion"), {QKeySequence(Qt::Key_S)});
    setActionShortcuts(m_previous, tr("Select the previous suggestion"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_S)});
    connect(m_accept, &QAction::triggered, this, &SuggestionsPanel::acceptTarget);
    connect(m_acceptAll, &QAction::triggered, this, &SuggestionsPanel::acceptAllAboveThreshold);
    connect(m_reject, &QAction::triggered, this, &SuggestionsPanel::rejectTarget);
    connect(m_next, &QAction::triggered, m_layer, [this] { m_layer->selectNext(+1); });
    connect(m_previous, &QAction::triggered, m_layer, [this] { m_layer->selectNext(-1); });
    // Two rows, so the panel stays as narrow as its neighbours in the tabbed column (the image
    // keeps at least 70 % of the window).
    auto *buttons = new QGridLayout;
    buttons->addWidget(buttonFor(m_accept, this), 0, 0);
    buttons->addWidget(buttonFor(m_reject, this), 0, 1);
    buttons->addWidget(buttonFor(m_acceptAll, this), 1, 0, 1, 2);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_hint->setText(tr("A accepts, Shift+A accepts all at or above the minimum score, Shift+R "
                       "rejects, S and Shift+S step through. Accepted shapes are yours to edit."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_sets);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_unavailable);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    m_threshold->setValue(
        int(std::lround(QSettings().value(ThresholdSetting, 0.5).toDouble() * 100)));
    m_layer->setThreshold(m_threshold->value() / 100.0);
    showThreshold();
    connect(m_threshold, &QSlider::valueChanged, this, [this](int value) {
        m_layer->setThreshold(value / 100.0);
        QSettings().setValue(ThresholdSetting, value / 100.0);
        showThreshold();
    });
    connect(m_sets, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *row) {
        if (!m_syncing)
            m_layer->setSetShown(row->data(0, SetIdRole).toString(),
                                 row->checkState(0) == Qt::Checked);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &SuggestionsPanel::listSelectionChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { acceptTarget(); });
    connect(m_layer, &SuggestionLayer::changed, this, [this] {
        refreshSets();
        refreshList();
    });
    for (auto signal : {&LabelingContext::annotationsChanged, &LabelingContext::currentItemChanged})
        connect(m_context, signal, this, [this] {
            refreshSets();
            refreshList();
        });
    connect(m_context, &LabelingContext::selectionChanged, this, &SuggestionsPanel::refreshList);

    // A calibration read or gold test must stay the reader's own: no model in it either.
    auto followSession = [this] {
        const bool available = m_context->workspace()->readingPlan() == nullptr;
        m_layer->setAvailable(available);
        m_unavailable->setVisible(!available);
    };
    connect(m_context->workspace(), &Workspace::sessionChanged, this, followSession);
    followSession();

    // Sets arrive while the window is open (a model run, an import by a colleague). Events
    // where the file system gives them, and a poll where it does not (network shares).
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &SuggestionsPanel::reloadIfChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SuggestionsPanel::reloadIfChanged);
    connect(m_context->workspace(), &Workspace::projectChanged, this,
            &SuggestionsPanel::reloadIfChanged);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &SuggestionsPanel::reloadIfChanged);
    m_poll.start();
    refreshActions();
}

QList<QAction *> SuggestionsPanel::decisionActions() const
{
    return {m_accept, m_acceptAll, m_reject, m_next, m_previous};
}

QStringList SuggestionsPanel::commonRejectReasons()
{
    return {tr("Not present (false positive)"), tr("Wrong label"), tr("Wrong position or size"),
            tr("Duplicate of another finding"), tr("Not part of this task")};
}

QByteArray SuggestionsPanel::folderFingerprint() const
{
    QByteArray fingerprint;
    const QDir folder(prelabelFolder(m_context->workspace()->folder().root()));
    for (const QFileInfo &file :
         folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name))
        fingerprint += file.fileName().toUtf8() + ' ' + QByteArray::number(file.size()) + ' ' +
                       QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
    return fingerprint;
}

void SuggestionsPanel::watchFolder()
{
    const QString root = m_context->workspace()->folder().root();
    const QString folder = prelabelFolder(root);
    // The project folder, for the moment prelabels/ is made; then prelabels/ itself.
    for (const QString &path : {root, folder}) {
        if (QFileInfo(path).isDir() && !m_watcher.directories().contains(path))
            m_watcher.addPath(path);
    }
}

void SuggestionsPanel::reloadIfChanged()
{
    if (folderFingerprint() != m_fingerprint)
        reload();
}

void SuggestionsPanel::reload()
{
    const QString root = m_context->workspace()->folder().root();
    watchFolder();
    m_fingerprint = folderFingerprint();
    std::vector<FileError> problems;
    Expected<std::vector<PrelabelSet>> all = readPrelabelSets(root);
    std::vector<PrelabelSet> sets;
    if (all) {
        sets = std::move(*all);
    } else {
        // One damaged file must not hide the other sets: read them one by one.
        const QDir folder(prelabelFolder(root));
        for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.json")},
                                                          QDir::Files | QDir::System, QDir::Name)) {
            Expected<PrelabelSet> set = readPrelabelSet(root, file.completeBaseName());
            if (set)
                sets.push_back(std::move(*set));
            else
                problems.push_back(set.error());
        }
        if (problems.empty()) // the damage was not in a file of its own (the folder itself)
            problems.push_back(all.error());
    }
    const bool problemsDiffer = problems.size() != m_problems.size() ||
                                !std::equal(problems.begin(), problems.end(), m_problems.begin(),
                                            [](const FileError &a, const FileError &b) {
                                                return a.toString() == b.toString();
                                            });
    m_problems = std::move(problems);
    QStringList lines;
    for (const FileError &problem : m_problems)
        lines << problem.toString();
    m_problemLabel->setText(m_problems.empty()
                                ? QString()
                                : tr("These pre-label sets cannot be read and are not shown:\n%1")
                                      .arg(lines.join(QLatin1Char('\n'))));
    m_problemLabel->setVisible(!m_problems.empty());
    m_layer->setSets(std::move(sets));
    if (problemsDiffer) {
        Q_EMIT problemsChanged(m_problems);
        if (!m_problems.empty())
            Q_EMIT statusMessage(tr("Pre-label set not read: %1").arg(lines.first()), 10000);
    }
}

QString SuggestionsPanel::problemText() const
{
    return m_problemLabel->isVisible() ? m_problemLabel->text() : QString();
}

void SuggestionsPanel::showThreshold()
{
    const QString value = QString::number(m_threshold->value() / 100.0, 'f', 2);
    m_thresholdValue->setText(value);
    m_acceptAll->setText(tr("Accept all ≥ %1").arg(value));
}

void SuggestionsPanel::refreshSets()
{
    m_syncing = true;
    const QString itemId = m_context->currentItemId();
    const std::vector<PrelabelSet> &sets = m_layer->sets();
    // Rows are updated in place while the sets are the same: this runs from within the list's
    // own itemChanged (a set switched on or off), and deleting the row being changed there
    // would pull it from under QTreeWidget.
    bool sameSets = m_sets->topLevelItemCount() == int(sets.size()) && !sets.empty();
    for (size_t i = 0; sameSets && i < sets.size(); ++i)
        sameSets = m_sets->topLevelItem(int(i))->data(0, SetIdRole).toString() == sets[i].id;
    if (!sameSets)
        m_sets->clear();
    for (size_t i = 0; i < sets.size(); ++i) {
        const PrelabelSet &set = sets[i];
        const auto onItem = std::count_if(
            set.suggestions.begin(), set.suggestions.end(),
            [&itemId](const Suggestion &suggestion) { return suggestion.itemId == itemId; });
        QTreeWidgetItem *row =
            sameSets ? m_sets->topLevelItem(int(i)) : new QTreeWidgetItem(m_sets);
        row->setText(0, set.source.modelName.isEmpty() ? set.id : set.source.modelName);
        row->setText(1, set.source.modelVersion);
        row->setText(2, QString::number(onItem));
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(0, m_layer->isSetShown(set.id) ? Qt::Checked : Qt::Unchecked);
        row->setData(0, SetIdRole, set.id);
        row->setToolTip(0, tr("Set %1 (%2), made %3: %n suggestion(s) in all", nullptr,
                              int(set.suggestions.size()))
                               .arg(set.id, set.source.origin, set.source.createdAt));
    }
    if (sets.empty()) {
        auto *row = new QTreeWidgetItem(m_sets, {tr("No pre-label sets in this project")});
        row->setFlags(Qt::NoItemFlags);
        row->setFirstColumnSpanned(true);
    }
    m_syncing = false;
}

void SuggestionsPanel::refreshList()
{
    m_syncing = true;
    m_list->clear();
    const Taxonomy &taxonomy = m_context->taxonomy();
    QTreeWidgetItem *selectedRow = nullptr;
    for (const SuggestionLayer::Entry &entry : m_layer->itemSuggestions()) {
        const Suggestion &suggestion = *entry.suggestion;
        const Label *label = taxonomy.find(suggestion.labelId);
        QString name = label ? label->name : tr("(deleted label)");
        if (suggestion.kind == SuggestionKind::ImageLabel)
            name = tr("%1 (image label)").arg(name);
        QString state = tr("to decide");
        if (entry.decision && entry.decision->kind == SuggestionDecision::Kind::Accepted)
            state = tr("accepted");
        else if (entry.decision)
            state = entry.decision->reason.isEmpty()
                        ? tr("rejected")
                        : tr("rejected: %1").arg(entry.decision->reason);
        else if (suggestion.score < m_layer->threshold())
            state = tr("below the minimum score");
        auto *row =
            new QTreeWidgetItem(m_list, {name, QString::number(suggestion.score, 'f', 2), state});
        row->setData(0, KeyRole, entry.key());
        row->setToolTip(0, tr("From %1").arg(entry.set->source.modelName.isEmpty()
                                                 ? entry.set->id
                                                 : entry.set->source.modelName));
        if (label)
            row->setForeground(0, QColor(label->color));
        const bool pending = !entry.decision && suggestion.score >= m_layer->threshold();
        if (!pending) {
            for (int column = 1; column < 3; ++column)
                row->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (entry.decision && entry.decision->kind == SuggestionDecision::Kind::Accepted)
            row->setData(0, AnnotationRole, entry.decision->annotationId);
        if (entry.key() == m_layer->selectedKey() ||
            (entry.decision && entry.decision->annotationId != 0 &&
             entry.decision->annotationId == m_context->selectedBoxId()))
            selectedRow = row;
    }
    if (selectedRow) {
        m_list->setCurrentItem(selectedRow);
        m_list->scrollToItem(selectedRow);
    }
    m_syncing = false;
    refreshActions();
}

void SuggestionsPanel::refreshActions()
{
    const bool any = m_layer->target().has_value();
    m_accept->setEnabled(any);
    m_acceptAll->setEnabled(any);
    m_reject->setEnabled(any);
    m_next->setEnabled(any);
    m_previous->setEnabled(any);
}

void SuggestionsPanel::listSelectionChanged()
{
    if (m_syncing)
        return;
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    QTreeWidgetItem *row = selected.front();
    const quint64 annotationId = row->data(0, AnnotationRole).toULongLong();
    if (annotationId != 0) {
        m_context->setSelectedBoxId(annotationId); // an accepted one: the shape it became
        return;
    }
    m_layer->select(row->data(0, KeyRole).toString());
}

void SuggestionsPanel::acceptTarget()
{
    const std::optional<SuggestionLayer::Entry> target = m_layer->target();
    if (!target) {
        Q_EMIT statusMessage(tr("No suggestion to decide on this image."), 4000);
        return;
    }
    const Label *label = m_context->taxonomy().find(target->suggestion->labelId);
    const QString name = label ? label->name : tr("(deleted label)");
    if (m_layer->accept(*target))
        Q_EMIT statusMessage(tr("Accepted %1 (%2) as your own; Ctrl+Z takes it back.")
                                 .arg(name, QString::number(target->suggestion->score, 'f', 2)),
                             4000);
}

void SuggestionsPanel::acceptAllAboveThreshold()
{
    const int accepted = m_layer->acceptAllAboveThreshold();
    Q_EMIT statusMessage(accepted == 0
                             ? tr("No suggestion to decide on this image.")
                             : tr("Accepted %n suggestion(s) as your own; Ctrl+Z takes them back.",
                                  nullptr, accepted),
                         4000);
}

void SuggestionsPanel::rejectTarget()
{
    const std::optional<SuggestionLayer::Entry> target = m_layer->target();
    if (!target) {
        Q_EMIT statusMessage(tr("No suggestion to decide on this image."), 4000);
        return;
    }
    // The common reasons, with the last one given first so that rejecting a run of the same
    // mistake is Shift+R, Enter.
    QSettings settings;
    const QString last = settings.value(LastReasonSetting).toString();
    QStringList reasons = commonRejectReasons();
    if (!last.isEmpty()) {
        reasons.removeAll(last);
        reasons.prepend(last);
    }
    const Label *label = m_context->taxonomy().find(target->suggestion->labelId);
    QInputDialog dialog(window());
    dialog.setWindowTitle(tr("Reject suggestion"));
    dialog.setLabelText(tr("Why is %1 (%2) wrong? Choose a reason or type your own.")
                            .arg(label ? label->name : tr("(deleted label)"),
                                 QString::number(target->suggestion->score, 'f', 2)));
    dialog.setComboBoxItems(reasons);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(reasons.front());
    m_layer->select(target->key()); // the one being asked about stands out on the image
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.textValue().simplified();
    if (reason.isEmpty()) {
        Q_EMIT statusMessage(tr("Not rejected: a reason is needed."), 4000);
        return;
    }
    // The entry may be stale: the sets can have been read again while the dialog was open.
    const std::optional<SuggestionLayer::Entry> still = m_layer->target();
    if (!still || still->key() != target->key())
        return;
    settings.setValue(LastReasonSetting, reason);
    if (m_layer->reject(*still, reason))
        Q_EMIT statusMessage(tr("Rejected: %1").arg(reason), 4000);
}

} // namespace concord
