// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/taxonomy.h"

#include <QAbstractItemModel>

namespace concord {

// The taxonomy being edited, as a tree for QTreeView: name (with its colour), hotkey and
// attributes. It owns a working copy; nothing reaches the project until the lead publishes it
// with a guideline version. Labels can be renamed and given a hotkey in place, and dragged to
// re-parent or reorder them (the whole subtree moves). GUI thread.
class TaxonomyModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, HotkeyColumn, AttributesColumn, ColumnCount };
    static constexpr int LabelIdRole = Qt::UserRole + 1;

    explicit TaxonomyModel(Taxonomy taxonomy, QObject *parent = nullptr);

    const Taxonomy &taxonomy() const { return m_taxonomy; }
    QModelIndex indexOf(int labelId, int column = NameColumn) const;
    int labelIdAt(const QModelIndex &index) const;

    // Edits of the working copy; each emits taxonomyEdited().
    void updateLabel(const Label &label);
    int addLabel(const QString &name, int parentId);
    void removeLabel(int labelId);
    bool moveLabel(int labelId, int newParentId, int beforeSiblingId);
    void setLeafLabelsOnly(bool leafOnly);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void taxonomyEdited();

private:
    int rowOf(int labelId) const;

    Taxonomy m_taxonomy;
};

} // namespace concord
