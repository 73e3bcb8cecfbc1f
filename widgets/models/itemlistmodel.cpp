// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/itemlistmodel.h"

#include "core/project/workspace.h"

#include <QColor>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace concord {

ItemListModel::ItemListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::itemChanged, this, [this](const QString &itemId) {
        const int row = m_workspace->items().indexOf(itemId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, ItemColumn), index(row, ItemColumn));
    });
    // Statuses are the open session's own (a calibration read starts blank).
    connect(workspace, &Workspace::sessionChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, ItemColumn), index(rowCount() - 1, ItemColumn));
    });
    connect(workspace, &Workspace::itemsAdded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_workspace->items().size();
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ItemListModel::setRecordedSplit(std::optional<RecordedSplit> split)
{
    m_split = std::move(split);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SplitColumn), index(rowCount() - 1, SplitColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, SplitColumn, SplitColumn);
}

QString ItemListModel::splitDescription() const
{
    if (!m_split)
        return {};
    return tr("split version %1, made by %2 on %3 UTC")
        .arg(m_split->version)
        .arg(m_split->createdBy,
             m_split->created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString ItemListModel::splitOf(const QString &itemId) const
{
    if (!m_split)
        return {};
    const auto found = m_split->splitOfItem.find(itemId);
    return found == m_split->splitOfItem.end() ? QString() : found->second;
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == SplitColumn ? tr("Split") : tr("Item");
    if (role == Qt::ToolTipRole && section == SplitColumn) {
        return m_split ? tr("Each item's split in %1 (concord-cli split)").arg(splitDescription())
                       : tr("No split is recorded; concord-cli split makes one");
    }
    return {};
}

QColor ItemListModel::statusColor(ItemStatus status)
{
    switch (status) {
    case ItemStatus::New: return QColor(0x9e, 0x9e, 0x9e);
    case ItemStatus::InProgress: return QColor(0xf5, 0xa6, 0x23);
    case ItemStatus::Done: return QColor(0x2e, 0xb8, 0x5c);
    case ItemStatus::Skipped: return QColor(0x5b, 0x8d, 0xef);
    }
    return {};
}

QIcon ItemListModel::statusIcon(ItemStatus status)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(status));
    if (it == icons.end()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        it = icons.insert(int(status), QIcon(pixmap));
    }
    return *it;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workspace->items().size())
        return {};
    const Item &item = m_workspace->items().at(index.row());
    if (index.column() == SplitColumn && m_split &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString split = splitOf(item.id);
        if (role == Qt::DisplayRole)
            return split;
        // Items imported after the split was made are in none of its splits.
        return split.isEmpty() ? tr("In no split: imported after %1").arg(splitDescription())
                               : tr("In \"%1\" of %2").arg(split, splitDescription());
    }
    if (index.column() == SplitColumn && role != ItemIdRole && role != StatusRole &&
        role != SplitRole)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2")
            .arg(index.row() + 1, 4)
            .arg(QFileInfo(item.path).fileName());
    case Qt::ToolTipRole:
        return tr("%1\n%2 × %3 px\nStatus: %4")
            .arg(item.path)
            .arg(item.width)
            .arg(item.height)
            .arg(itemStatusDisplayName(m_workspace->myStatus(item.id)));
    case Qt::DecorationRole: return statusIcon(m_workspace->myStatus(item.id));
    case ItemIdRole: return item.id;
    case StatusRole: return int(m_workspace->myStatus(item.id));
    case SplitRole: return splitOf(item.id);
    default: return {};
    }
}

} // namespace concord
