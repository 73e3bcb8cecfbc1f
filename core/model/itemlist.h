// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/item.h"

#include <QHash>

#include <vector>

namespace concord {

// The items of a project in import order, with lookup by id.
class ItemList
{
public:
    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }
    const Item &at(int index) const { return m_items[size_t(index)]; }
    const std::vector<Item> &items() const { return m_items; }

    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Item *find(const QString &id) const;
    // Adds the item unless one with the same id exists; returns whether it was added.
    bool add(Item item);
    // Gives the item with this id the spacing, if it has none yet (it was imported before items
    // recorded spacing); returns whether it changed. Recorded spacing is never overwritten.
    bool recordPixelSpacing(const QString &id, const PixelSpacing &spacing);
    void reserve(int count);

private:
    std::vector<Item> m_items;
    QHash<QString, int> m_index;
};

} // namespace concord
