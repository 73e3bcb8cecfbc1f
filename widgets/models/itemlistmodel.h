// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"

#include <QAbstractListModel>
#include <QIcon>

namespace concord {

class Workspace;

// The project's items as a list, with the current annotator's status of each. Reads the
// workspace; never changes it. Cheap per row, so views over 100,000 items stay fluid.
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { ItemIdRole = Qt::UserRole + 1, StatusRole };

    explicit ItemListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QColor statusColor(ItemStatus status);
    static QIcon statusIcon(ItemStatus status);

private:
    Workspace *m_workspace;
};

} // namespace concord
