// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/nameindex.h"

namespace concord {

quint64 NameIndex::hash(std::string_view name)
{
    // FNV-1a followed by a final mix: cheap for the short identifiers of rating files, and the
    // mix spreads sequential names ("case0001", "case0002") over the whole table.
    quint64 h = 1469598103934665603ULL;
    for (const char c : name) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

std::string_view NameIndex::view(qint32 index) const
{
    const qint64 begin = m_offsets[size_t(index)];
    const qint64 end = m_offsets[size_t(index) + 1];
    return std::string_view(m_arena).substr(size_t(begin), size_t(end - begin));
}

QString NameIndex::name(qint32 index) const
{
    const std::string_view v = view(index);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

void NameIndex::reserve(qint64 names, qint64 bytes)
{
    m_offsets.reserve(size_t(names) + 1);
    m_arena.reserve(size_t(bytes));
}

qint32 NameIndex::find(std::string_view name) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash(name) & mask;; slot = (slot + 1) & mask) {
        const qint32 index = m_slots[slot];
        if (index < 0)
            return -1;
        if (view(index) == name)
            return index;
    }
}

qint32 NameIndex::intern(std::string_view name)
{
    // Keep the load factor at or below one half so probe sequences stay short.
    if (size_t(size() + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash(name) & mask;
    for (;; slot = (slot + 1) & mask) {
        const qint32 index = m_slots[slot];
        if (index < 0)
            break;
        if (view(index) == name)
            return index;
    }
    const qint32 index = size();
    m_arena.append(name);
    m_offsets.push_back(qint64(m_arena.size()));
    m_slots[slot] = index;
    return index;
}

void NameIndex::grow()
{
    const size_t capacity = m_slots.empty() ? 16 : m_slots.size() * 2;
    m_slots.assign(capacity, -1);
    const size_t mask = capacity - 1;
    for (qint32 index = 0; index < size(); ++index) {
        size_t slot = hash(view(index)) & mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = index;
    }
}

} // namespace concord
