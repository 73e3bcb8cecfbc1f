// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/models/taxonomymodel.h"

#include <QColor>
#include <QIODevice>
#include <QMimeData>

namespace concord {

static const QString LabelMimeType = QStringLiteral("application/x-concord-label-id");

TaxonomyModel::TaxonomyModel(Taxonomy taxonomy, QObject *parent)
    : QAbstractItemModel(parent)
    , m_taxonomy(std::move(taxonomy))
{}

int TaxonomyModel::rowOf(int labelId) const
{
    const Label *label = m_taxonomy.find(labelId);
    if (!label)
        return -1;
    const std::vector<int> siblings = m_taxonomy.childrenOf(label->parentId);
    return int(std::find(siblings.begin(), siblings.end(), labelId) - siblings.begin());
}

QModelIndex TaxonomyModel::indexOf(int labelId, int column) const
{
    const int row = rowOf(labelId);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(labelId));
}

int TaxonomyModel::labelIdAt(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

void TaxonomyModel::updateLabel(const Label &label)
{
    if (!m_taxonomy.update(label))
        return;
    Q_EMIT dataChanged(indexOf(label.id, NameColumn), indexOf(label.id, ColumnCount - 1));
    Q_EMIT taxonomyEdited();
}

int TaxonomyModel::addLabel(const QString &name, int parentId)
{
    const QModelIndex parentIndex = indexOf(parentId);
    const int row = int(m_taxonomy.childrenOf(parentId).size());
    beginInsertRows(parentIndex, row, row);
    Label label;
    label.name = name;
    label.parentId = parentId;
    const int id = m_taxonomy.add(label);
    endInsertRows();
    Q_EMIT taxonomyEdited();
    return id;
}

void TaxonomyModel::removeLabel(int labelId)
{
    const Label *label = m_taxonomy.find(labelId);
    if (!label)
        return;
    const int row = rowOf(labelId);
    beginRemoveRows(indexOf(label->parentId), row, row);
    m_taxonomy.remove(labelId);
    endRemoveRows();
    Q_EMIT taxonomyEdited();
}

bool TaxonomyModel::moveLabel(int labelId, int newParentId, int beforeSiblingId)
{
    Taxonomy moved = m_taxonomy;
    if (!moved.move(labelId, newParentId, beforeSiblingId))
        return false;
    // Moves are rare and taxonomies small: a reset is simpler than mapping rows across parents.
    beginResetModel();
    m_taxonomy = std::move(moved);
    endResetModel();
    Q_EMIT taxonomyEdited();
    return true;
}

void TaxonomyModel::setLeafLabelsOnly(bool leafOnly)
{
    if (m_taxonomy.leafLabelsOnly() == leafOnly)
        return;
    m_taxonomy.setLeafLabelsOnly(leafOnly);
    Q_EMIT taxonomyEdited();
}

QModelIndex TaxonomyModel::index(int row, int column, const QModelIndex &parent) const
{
    const std::vector<int> children = m_taxonomy.childrenOf(labelIdAt(parent));
    if (row < 0 || row >= int(children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex TaxonomyModel::parent(const QModelIndex &child) const
{
    const Label *label = m_taxonomy.find(labelIdAt(child));
    return label && label->parentId ? indexOf(label->parentId) : QModelIndex();
}

int TaxonomyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_taxonomy.childrenOf(labelIdAt(parent)).size());
}

int TaxonomyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaxonomyModel::data(const QModelIndex &index, int role) const
{
    const Label *label = m_taxonomy.find(labelIdAt(index));
    if (!label)
        return {};
    if (role == LabelIdRole)
        return label->id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return label->name;
        if (role == Qt::DecorationRole)
            return QColor(label->color);
        if (role == Qt::ToolTipRole)
            return label->description.isEmpty() ? m_taxonomy.pathOf(label->id) : label->description;
        break;
    case HotkeyColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return label->hotkey;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case AttributesColumn:
        if (role == Qt::DisplayRole) {
            QStringList names;
            for (const LabelAttribute &attribute : label->attributes)
                names.append(attribute.name);
            return names.join(QStringLiteral(", "));
        }
        break;
    }
    return {};
}

bool TaxonomyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Label *found = m_taxonomy.find(labelIdAt(index));
    if (!found || role != Qt::EditRole)
        return false;
    Label label = *found;
    const QString text = value.toString().trimmed();
    if (index.column() == NameColumn) {
        if (text.isEmpty())
            return false; // a label needs a name; keep the old one
        label.name = text;
    } else if (index.column() == HotkeyColumn) {
        label.hotkey = text.toUpper();
    } else {
        return false;
    }
    updateLabel(label);
    return true;
}

QVariant TaxonomyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Label");
    case HotkeyColumn: return tr("Key");
    case AttributesColumn: return tr("Attributes");
    }
    return {};
}

Qt::ItemFlags TaxonomyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on the empty area makes a top-level label
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn || index.column() == HotkeyColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

Qt::DropActions TaxonomyModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TaxonomyModel::mimeTypes() const
{
    return {LabelMimeType};
}

QMimeData *TaxonomyModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(LabelMimeType, QByteArray::number(labelIdAt(indexes.front())));
    return data;
}

bool TaxonomyModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(LabelMimeType))
        return false;
    const int labelId = data->data(LabelMimeType).toInt();
    const int newParentId = labelIdAt(parent);
    // row -1 means "onto the parent": the label becomes its last child.
    const std::vector<int> siblings = m_taxonomy.childrenOf(newParentId);
    int beforeSiblingId = row >= 0 && row < int(siblings.size()) ? siblings[size_t(row)] : 0;
    if (beforeSiblingId == labelId) // dropped just before itself: nothing moves
        return false;
    // The view removes the dragged row itself after a successful move; our removeRows() is the
    // default that refuses, so the move here is the only change.
    return moveLabel(labelId, newParentId, beforeSiblingId);
}

} // namespace concord
