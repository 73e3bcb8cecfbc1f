// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace concord {

// Interns names (unit, coder or category identifiers) and hands out dense indices 0, 1, 2, ...
// in order of first appearance. Names live in one UTF-8 arena plus an offset array, so a million
// unit names cost a few allocations instead of a million QStrings, and lookups by
// std::string_view need no temporary strings (the CSV reader looks up views into its buffer).
// Not thread-safe for writing; const access may be shared.
class NameIndex
{
public:
    NameIndex() = default;

    // Returns the index of `name`, adding it when it is new.
    qint32 intern(std::string_view name);
    // Returns the index of `name`, or -1 when it was never interned.
    qint32 find(std::string_view name) const;

    qint32 size() const { return qint32(m_offsets.size()) - 1; }
    bool isEmpty() const { return size() == 0; }
    std::string_view view(qint32 index) const
    {
        const qint64 begin = m_offsets[size_t(index)];
        return std::string_view(m_arena.data() + begin,
                                size_t(m_offsets[size_t(index) + 1] - begin));
    }
    QString name(qint32 index) const;

    void reserve(qint64 names, qint64 bytes);

    // Interns every name of `other`, in its order, and returns their indices here. Faster than
    // interning them one by one: it reuses other's hashes, sizes the table once, and fetches
    // the slots it will probe ahead of time, since a big table is probed at random.
    // `other` may be unindexed (see appendUnindexed()); repeats in it map to one index here.
    std::vector<qint32> internAll(const NameIndex &other);

    // Adds `name` as a new entry without looking it up, so a name may end up here twice. Saves
    // the one random memory access per name that a lookup in a big table costs, for readers of
    // data where repeats are rare. An index built this way only answers size(), view() and
    // name(); copy it into an indexed one with internAll(), which merges the repeats.
    void appendUnindexed(std::string_view name);
    // The same for the names of `other` from index `first` on, reusing their hashes.
    void appendUnindexed(const NameIndex &other, qint32 first = 0);
    // Indexes the names added by appendUnindexed() in place, in one pass that fetches the slots
    // it will probe ahead of time. Returns false, leaving the index unindexed, when some name is
    // there twice (then internAll() into a new index merges the repeats).
    bool indexUniqueNames();

private:
    void resetSlots(size_t capacity); // `capacity` empty slots
    void grow();
    void growTo(size_t capacity);
    qint32 internHashed(std::string_view name, quint64 hash);
    static quint64 hash(std::string_view name);

    // Names with at most this many entries are found by a linear scan, which beats hashing for
    // the handful of coders and labels a rating file has.
    static constexpr qint32 LinearScanLimit = 8;

    std::string m_arena;
    std::vector<qint64> m_offsets{0}; // name i is m_arena[m_offsets[i], m_offsets[i + 1])
    std::vector<quint64> m_hashes;    // hash of name i, so growing never rehashes
    // Open addressing with linear probing; size is a power of two. Each slot keeps 32 bits of
    // the name's hash, so a probe rejects other names without touching the arena.
    struct Slot
    {
        qint32 index = -1; // -1 = empty
        quint32 tag = 0;
    };
    std::vector<Slot> m_slots;
    bool m_unindexed = false; // appendUnindexed() was used: m_slots does not cover every name
};

} // namespace concord
