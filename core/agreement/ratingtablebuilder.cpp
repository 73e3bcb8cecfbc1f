// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/ratingtablebuilder.h"

#include "core/util/hugepages.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace concord {

namespace {

// Equality of two short names without a library call: every rating's unit and coder are compared
// with the previous ones, and for names of a few bytes the call costs more than the comparison.
// Names of 4 to 16 bytes are compared as two overlapping words from each end, with no loop whose
// exit the processor would mispredict once per line.
[[gnu::always_inline]] inline bool sameName(std::string_view a, std::string_view b)
{
    const size_t size = a.size();
    if (size != b.size())
        return false;
    auto word = [](const char *p, auto type) {
        decltype(type) w;
        std::memcpy(&w, p, sizeof w);
        return w;
    };
    if (size >= 8 && size <= 16) {
        return word(a.data(), quint64()) == word(b.data(), quint64()) &&
               word(a.data() + size - 8, quint64()) == word(b.data() + size - 8, quint64());
    }
    if (size >= 4 && size < 8) {
        return word(a.data(), quint32()) == word(b.data(), quint32()) &&
               word(a.data() + size - 4, quint32()) == word(b.data() + size - 4, quint32());
    }
    for (size_t i = 0; i < size; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

} // namespace

void RatingTableBuilder::reserveUnits(qint64 units)
{
    m_reservedUnits = units;
    m_units.reserve(units, units * 8);
    for (std::vector<qint32> &column : m_columns)
        reserveWithHugePages(column, size_t(units));
}

void RatingTableBuilder::reserveForRatings(qint64 ratings)
{
    if (m_ratings == 0)
        return;
    const double unitsPerRating = double(m_units.size()) / double(m_ratings);
    reserveUnits(qint64(unitsPerRating * double(ratings) * 1.05) + 16);
}

// unitIndex() and coderIndex() run for every rating: their usual answer (the previous unit, a
// coder near the previous one) is inlined into add(), and the rest is a call.
[[gnu::always_inline]] inline qint32 RatingTableBuilder::unitIndex(std::string_view unit)
{
    if (m_lastUnit >= 0 && sameName(m_units.view(m_lastUnit), unit))
        return m_lastUnit;
    return newUnitRun(unit);
}

qint32 RatingTableBuilder::newUnitRun(std::string_view unit)
{
    const qint32 before = m_units.size();
    if (m_grouping == UnitGrouping::Contiguous) {
        m_units.appendUnindexed(unit);
        m_lastUnit = before;
    } else {
        m_lastUnit = m_units.intern(unit);
    }
    if (m_lastUnit == before) {
        for (std::vector<qint32> &column : m_columns)
            column.push_back(RatingTable::Missing);
    }
    return m_lastUnit;
}

[[gnu::always_inline]] inline qint32 RatingTableBuilder::coderIndex(std::string_view coder)
{
    // Long files list one unit's ratings coder after coder in a fixed order, so the coders after
    // the previous one are tried in that order, wrapping around to the first: the next one
    // usually matches, or the one after when a rating is missing. With many coders only the
    // next one is tried before a lookup.
    const qint32 count = m_coders.size();
    qint32 c = m_lastCoder + 1 < count ? m_lastCoder + 1 : 0;
    const qint32 tries = count <= CodersTriedInOrder ? count : 1;
    for (qint32 tried = 0; tried < tries; ++tried) {
        if (sameName(m_coders.view(c), coder)) {
            m_lastCoder = c;
            return c;
        }
        if (++c == count)
            c = 0;
    }
    return lookUpCoder(coder);
}

qint32 RatingTableBuilder::lookUpCoder(std::string_view coder)
{
    const qint32 before = m_coders.size();
    m_lastCoder = m_coders.intern(coder);
    if (m_lastCoder == before) {
        m_columns.emplace_back();
        reserveWithHugePages(m_columns.back(),
                             size_t(std::max<qint64>(m_reservedUnits, m_units.size())));
        m_columns.back().resize(size_t(m_units.size()), RatingTable::Missing);
    }
    return m_lastCoder;
}

[[gnu::always_inline]] inline qint32 RatingTableBuilder::categoryIndex(std::string_view label)
{
    if (label.size() == 1) {
        qint32 &slot = m_singleByteCategory[static_cast<unsigned char>(label.front())];
        if (slot < 0)
            slot = m_categories.intern(label);
        return slot;
    }
    if (m_lastCategory >= 0 && m_categories.view(m_lastCategory) == label)
        return m_lastCategory;
    m_lastCategory = m_categories.intern(label);
    return m_lastCategory;
}

bool RatingTableBuilder::add(std::string_view unit, std::string_view coder, std::string_view label)
{
    const qint32 u = unitIndex(unit);
    const qint32 c = coderIndex(coder);
    qint32 &cell = m_columns[size_t(c)][size_t(u)];
    if (cell != RatingTable::Missing)
        return false;
    cell = categoryIndex(label);
    ++m_ratings;
    return true;
}

bool RatingTableBuilder::append(RatingTableBuilder &&later)
{
    std::vector<qint32> coderMap(static_cast<size_t>(later.m_coders.size()));
    for (qint32 c = 0; c < later.m_coders.size(); ++c)
        coderMap[size_t(c)] = coderIndex(later.m_coders.view(c));
    std::vector<qint32> categoryMap(static_cast<size_t>(later.m_categories.size()));
    for (qint32 k = 0; k < later.m_categories.size(); ++k)
        categoryMap[size_t(k)] = categoryIndex(later.m_categories.view(k));
    const qint32 laterUnits = later.m_units.size();
    std::vector<qint32> unitMap;
    if (m_grouping == UnitGrouping::Contiguous) {
        // Later's runs become runs here; mergeRepeatedUnits() joins those of one unit. A file
        // split between two threads is usually split inside one unit's lines: its run here and
        // its run at the start of `later` are one run, so that unit is not a repeat (which
        // would send mergeRepeatedUnits() down its slow path of looking up every unit).
        const bool continuesLastRun =
            laterUnits > 0 && m_units.size() > 0 &&
            sameName(later.m_units.view(0), m_units.view(m_units.size() - 1));
        unitMap.resize(size_t(laterUnits));
        const qint32 first = continuesLastRun ? 1 : 0;
        if (continuesLastRun)
            unitMap[0] = m_units.size() - 1;
        std::iota(unitMap.begin() + first, unitMap.end(), m_units.size());
        m_units.appendUnindexed(later.m_units, first);
    } else {
        unitMap = m_units.internAll(later.m_units);
    }
    for (std::vector<qint32> &column : m_columns)
        column.resize(size_t(m_units.size()), RatingTable::Missing);
    for (qint32 c = 0; c < later.m_coders.size(); ++c) {
        const std::vector<qint32> &from = later.m_columns[size_t(c)];
        std::vector<qint32> &to = m_columns[size_t(coderMap[size_t(c)])];
        for (qint32 u = 0; u < laterUnits; ++u) {
            const qint32 category = from[size_t(u)];
            if (category == RatingTable::Missing)
                continue;
            qint32 &cell = to[size_t(unitMap[size_t(u)])];
            if (cell != RatingTable::Missing)
                return false;
            cell = categoryMap[size_t(category)];
            ++m_ratings;
        }
    }
    if (laterUnits > 0) // the last add() was of later's last unit
        m_lastUnit = unitMap.back();
    later = RatingTableBuilder();
    return true;
}

bool RatingTableBuilder::mergeRepeatedUnits()
{
    if (m_grouping != UnitGrouping::Contiguous)
        return true;
    m_grouping = UnitGrouping::Any;
    m_lastUnit = -1;
    if (m_units.indexUniqueNames()) // the usual case: every unit's ratings were consecutive
        return true;
    NameIndex units;
    const std::vector<qint32> unitOfRun = units.internAll(m_units);
    m_units = std::move(units);
    for (std::vector<qint32> &column : m_columns) {
        std::vector<qint32> merged(size_t(m_units.size()), RatingTable::Missing);
        for (size_t run = 0; run < column.size(); ++run) {
            if (column[run] == RatingTable::Missing)
                continue;
            qint32 &cell = merged[size_t(unitOfRun[run])];
            if (cell != RatingTable::Missing)
                return false;
            cell = column[run];
        }
        column = std::move(merged);
    }
    return true;
}

RatingTable RatingTableBuilder::build()
{
    Q_ASSERT(m_grouping == UnitGrouping::Any); // mergeRepeatedUnits() ran
    // Canonical category order: numeric when every label is a number (ties between spellings of
    // one number, "1" and "1.0", broken by text), else by UTF-8 bytes, i.e. by code point.
    const qint32 categoryCount = m_categories.size();
    std::vector<double> values(static_cast<size_t>(categoryCount), 0.0);
    bool numeric = categoryCount > 0;
    for (qint32 k = 0; k < categoryCount && numeric; ++k)
        numeric = parseFiniteNumber(m_categories.view(k), &values[size_t(k)]);
    std::vector<qint32> order(static_cast<size_t>(categoryCount));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        if (numeric && values[size_t(a)] != values[size_t(b)])
            return values[size_t(a)] < values[size_t(b)];
        return m_categories.view(a) < m_categories.view(b);
    });
    NameIndex sortedCategories;
    std::vector<qint32> remap(static_cast<size_t>(categoryCount));
    for (qint32 position = 0; position < categoryCount; ++position) {
        sortedCategories.intern(m_categories.view(order[size_t(position)]));
        remap[size_t(order[size_t(position)])] = position;
    }

    // The columns, one per coder, become the table's unit-major cells: every cell is written
    // once, in order, reading the columns side by side.
    const size_t coderCount = size_t(m_coders.size());
    const size_t unitCount = size_t(m_units.size());
    std::vector<qint32> cells;
    reserveWithHugePages(cells, unitCount * coderCount);
    cells.resize(unitCount * coderCount);
    constexpr size_t UnitsPerBlock = 4096; // blocks keep every column's stream in the cache
    for (size_t begin = 0; begin < unitCount; begin += UnitsPerBlock) {
        const size_t end = std::min(unitCount, begin + UnitsPerBlock);
        for (size_t c = 0; c < coderCount; ++c) {
            const qint32 *column = m_columns[c].data();
            qint32 *cell = cells.data() + begin * coderCount + c;
            for (size_t u = begin; u < end; ++u, cell += coderCount) {
                const qint32 category = column[u];
                *cell = category == RatingTable::Missing ? category : remap[size_t(category)];
            }
        }
    }
    m_columns = {};
    RatingTable table(std::move(m_units), std::move(m_coders), std::move(sortedCategories),
                      std::move(cells));
    *this = RatingTableBuilder();
    return table;
}

} // namespace concord
