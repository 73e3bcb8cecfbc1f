// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/curation/splitrecords.h"
#include "core/model/annotation.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <optional>

namespace concord {

class Workspace;

// The project's items as a table: the file with the current annotator's status of each, and
// the item's split in the newest recorded split (docs/curation.md, "In the window"). Reads the
// workspace; never changes it. Cheap per row, so views over 100,000 items stay fluid.
class ItemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { ItemIdRole = Qt::UserRole + 1, StatusRole, SplitRole };
    enum Columns { ItemColumn, SplitColumn, ColumnCount };

    explicit ItemListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The split the Split column shows (the newest recorded version), or none: the column is
    // empty. SplitRole gives an item's split name, empty when it is in none.
    void setRecordedSplit(std::optional<RecordedSplit> split);
    const std::optional<RecordedSplit> &recordedSplit() const { return m_split; }
    // Which recorded split the column shows: "split version 2, made by ann on 2026-12-07
    // 04:01 UTC"; empty without one.
    QString splitDescription() const;

    static QColor statusColor(ItemStatus status);
    static QIcon statusIcon(ItemStatus status);

private:
    QString splitOf(const QString &itemId) const;

    Workspace *m_workspace;
    std::optional<RecordedSplit> m_split;
};

} // namespace concord
