// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/nameindex.h"

#include "core/util/hugepages.h"

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

QString NameIndex::name(qint32 index) const
{
    const std::string_view v = view(index);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

void NameIndex::reserve(qint64 names, qint64 bytes)
{
    reserveWithHugePages(m_offsets, size_t(names) + 1);
    reserveWithHugePages(m_hashes, size_t(names));
    m_arena.reserve(size_t(bytes));
    adviseHugePages(m_arena.data() + m_arena.size(), m_arena.capacity() - m_arena.size());
}

qint32 NameIndex::find(std::string_view name) const
{
    Q_ASSERT(!m_unindexed);
    if (size() <= LinearScanLimit) {
        for (qint32 index = 0; index < size(); ++index)
            if (view(index) == name)
                return index;
        return -1;
    }
    const quint64 h = hash(name);
    const quint32 tag = quint32(h >> 32);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
        const Slot &s = m_slots[slot];
        if (s.index < 0)
            return -1;
        if (s.tag == tag && view(s.index) == name)
            return s.index;
    }
}

qint32 NameIndex::intern(std::string_view name)
{
    if (size() < LinearScanLimit) {
        const qint32 found = find(name);
        if (found >= 0)
            return found;
    }
    return internHashed(name, hash(name));
}

qint32 NameIndex::internHashed(std::string_view name, quint64 h)
{
    Q_ASSERT(!m_unindexed);
    // Keep the load factor at or below one half so probe sequences stay short.
    if (size_t(size() + 1) * 2 > m_slots.size())
        grow();
    const quint32 tag = quint32(h >> 32);
    const size_t mask = m_slots.size() - 1;
    size_t slot = h & mask;
    for (;; slot = (slot + 1) & mask) {
        const Slot &s = m_slots[slot];
        if (s.index < 0)
            break;
        if (s.tag == tag && view(s.index) == name)
            return s.index;
    }
    const qint32 index = size();
    m_arena.append(name);
    m_offsets.push_back(qint64(m_arena.size()));
    m_hashes.push_back(h);
    m_slots[slot] = Slot{index, tag};
    return index;
}

std::vector<qint32> NameIndex::internAll(const NameIndex &other)
{
    const qint32 count = other.size();
    std::vector<qint32> indices(static_cast<size_t>(count));
    size_t capacity = m_slots.empty() ? 16 : m_slots.size();
    while (size_t(size() + count) * 2 > capacity)
        capacity *= 2;
    if (capacity != m_slots.size())
        growTo(capacity);
    m_arena.reserve(m_arena.size() + other.m_arena.size());
    m_offsets.reserve(m_offsets.size() + size_t(count));
    m_hashes.reserve(m_hashes.size() + size_t(count));
    const size_t mask = m_slots.size() - 1;
    constexpr qint32 Ahead = 16; // enough to cover a memory access at this loop's pace
    for (qint32 i = 0; i < count; ++i) {
        if (i + Ahead < count)
            __builtin_prefetch(&m_slots[other.m_hashes[size_t(i + Ahead)] & mask]);
        indices[size_t(i)] = internHashed(other.view(i), other.m_hashes[size_t(i)]);
    }
    return indices;
}

void NameIndex::appendUnindexed(std::string_view name)
{
    m_unindexed = true;
    m_arena.append(name);
    m_offsets.push_back(qint64(m_arena.size()));
    m_hashes.push_back(hash(name));
}

void NameIndex::appendUnindexed(const NameIndex &other, qint32 first)
{
    if (first >= other.size())
        return;
    m_unindexed = true;
    const qint64 from = other.m_offsets[size_t(first)];
    const qint64 shift = qint64(m_arena.size()) - from;
    m_arena.append(other.m_arena, size_t(from));
    m_offsets.reserve(m_offsets.size() + size_t(other.size() - first));
    for (size_t i = size_t(first) + 1; i < other.m_offsets.size(); ++i)
        m_offsets.push_back(other.m_offsets[i] + shift);
    m_hashes.insert(m_hashes.end(), other.m_hashes.begin() + first, other.m_hashes.end());
}

bool NameIndex::indexUniqueNames()
{
    if (!m_unindexed)
        return true;
    size_t capacity = 16;
    while (size_t(size()) * 2 > capacity)
        capacity *= 2;
    resetSlots(capacity);
    const size_t mask = capacity - 1;
    constexpr qint32 Ahead = 16; // as in internAll()
    for (qint32 index = 0; index < size(); ++index) {
        if (index + Ahead < size())
            __builtin_prefetch(&m_slots[m_hashes[size_t(index + Ahead)] & mask]);
        const quint64 h = m_hashes[size_t(index)];
        const quint32 tag = quint32(h >> 32);
        size_t slot = h & mask;
        for (; m_slots[slot].index >= 0; slot = (slot + 1) & mask) {
            const Slot &s = m_slots[slot];
            if (s.tag == tag && view(s.index) == view(index)) {
                m_slots.clear();
                return false;
            }
        }
        m_slots[slot] = Slot{index, tag};
    }
    m_unindexed = false;
    return true;
}

void NameIndex::resetSlots(size_t capacity)
{
    std::vector<Slot> slots; // a fresh buffer: huge pages only help before the first touch
    reserveWithHugePages(slots, capacity);
    slots.resize(capacity);
    m_slots = std::move(slots);
}

void NameIndex::grow()
{
    growTo(m_slots.empty() ? 16 : m_slots.size() * 2);
}

void NameIndex::growTo(size_t capacity)
{
    resetSlots(capacity);
    const size_t mask = capacity - 1;
    for (qint32 index = 0; index < size(); ++index) {
        const quint64 h = m_hashes[size_t(index)];
        size_t slot = h & mask;
        while (m_slots[slot].index >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = Slot{index, quint32(h >> 32)};
    }
}

} // namespace concord
