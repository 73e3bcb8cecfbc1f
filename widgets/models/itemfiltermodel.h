// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/annotation.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace concord {

// Narrows the item list to one status and/or a file-name substring.
class ItemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatusFilter(std::optional<ItemStatus> status);
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ItemStatus> m_status;
    QString m_text;
};

} // namespace concord
