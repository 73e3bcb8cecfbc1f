// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/panels/labelpalette.h"

#include "widgets/editing/actionicons.h"
#include "widgets/editing/labelingcontext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace concord {

static constexpr int LabelIdRole = Qt::UserRole + 1;
static constexpr int ShowColumn = 2;

static QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

LabelPalette::LabelPalette(LabelingContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    m_search->setPlaceholderText(tr("Search labels  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Label"), tr("Key"), QString()});
    // An eye rather than a word: the narrow dock gives the label names the room, and "Show" is
    // twice as long in German, which cut the names short.
    m_tree->headerItem()->setIcon(ShowColumn, actionIcon(QStringLiteral("show-labels")));
    m_tree->headerItem()->setToolTip(ShowColumn,
                                     tr("Show or hide this label's annotations on the image "
                                        "(hold H to hide all)"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ShowColumn, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setFocusPolicy(Qt::ClickFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &LabelPalette::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
            Q_EMIT labelChosen((*it)->data(0, LabelIdRole).toInt());
            m_search->clear();
            return;
        }
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int column) {
        if (column != ShowColumn) // ticking visibility does not choose the label
            Q_EMIT labelChosen(item->data(0, LabelIdRole).toInt());
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == ShowColumn)
            m_context->setLabelVisible(item->data(0, LabelIdRole).toInt(),
                                       item->checkState(ShowColumn) == Qt::Checked);
    });
    connect(m_context, &LabelingContext::activeLabelChanged, this, &LabelPalette::syncSelection);
    rebuild();
}

void LabelPalette::rebuild()
{
    const QSignalBlocker blocker(m_tree); // filling in the ticks is not the user hiding labels
    m_tree->clear();
    std::map<int, QTreeWidgetItem *> byId;
    for (const Label &label : m_context->taxonomy().labels()) {
        auto parent = byId.find(label.parentId);
        auto *item = parent != byId.end() ? new QTreeWidgetItem(parent->second)
                                          : new QTreeWidgetItem(m_tree);
        item->setText(0, label.name);
        item->setIcon(0, swatch(label.color));
        item->setText(1, label.hotkey);
        item->setTextAlignment(1, Qt::AlignCenter);
        item->setData(0, LabelIdRole, label.id);
        item->setCheckState(ShowColumn,
                            m_context->isLabelVisible(label.id) ? Qt::Checked : Qt::Unchecked);
        QString tip = m_context->taxonomy().pathOf(label.id);
        if (!label.description.isEmpty())
            tip += QStringLiteral("\n") + label.description;
        if (!label.hotkey.isEmpty())
            tip += tr("\nKey %1: use for boxes · Ctrl+%1: toggle as image label").arg(label.hotkey);
        if (!m_context->taxonomy().isAssignable(label.id)) {
            // A category when only leaf labels may be used: a heading, not a choice.
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
            item->setForeground(0, m_tree->palette().brush(QPalette::PlaceholderText));
            tip += tr("\nA category: choose one of the labels under it.");
        }
        item->setToolTip(0, tip);
        byId[label.id] = item;
    }
    m_tree->expandAll();
    syncSelection();
}

void LabelPalette::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LabelPalette::applyFilter(const QString &text)
{
    // A label stays visible when it or any descendant matches, so the hierarchy stays readable.
    std::function<bool(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = visit(item->child(i)) || anyChild;
        const bool matches = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive);
        item->setHidden(!(matches || anyChild));
        return matches || anyChild;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        visit(m_tree->topLevelItem(i));
}

void LabelPalette::syncSelection()
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, LabelIdRole).toInt() == m_context->activeLabelId()) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

} // namespace concord
