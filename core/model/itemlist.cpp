// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/itemlist.h"

namespace concord {

const Item *ItemList::find(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_items[size_t(index)];
}

bool ItemList::add(Item item)
{
    if (m_index.contains(item.id))
        return false;
    m_index.insert(item.id, int(m_items.size()));
    m_items.push_back(std::move(item));
    return true;
}

bool ItemList::recordPixelSpacing(const QString &id, const PixelSpacing &spacing)
{
    const int index = indexOf(id);
    if (index < 0 || m_items[size_t(index)].pixelSpacing)
        return false;
    m_items[size_t(index)].pixelSpacing = spacing;
    return true;
}

void ItemList::reserve(int count)
{
    m_items.reserve(size_t(count));
    m_index.reserve(count);
}

} // namespace concord
