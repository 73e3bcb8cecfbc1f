// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/ratingtablebuilder.h"

#include <algorithm>
#include <numeric>

namespace concord {

void RatingTableBuilder::reserveUnits(qint64 units)
{
    m_units.reserve(units, units * 8);
}

qint32 RatingTableBuilder::unitIndex(std::string_view unit)
{
    if (m_lastUnit >= 0 && m_units.view(m_lastUnit) == unit)
        return m_lastUnit;
    const qint32 before = m_units.size();
    m_lastUnit = m_units.intern(unit);
    if (m_lastUnit == before) {
        for (std::vector<qint32> &column : m_columns)
            column.push_back(RatingTable::Missing);
    }
    return m_lastUnit;
}

qint32 RatingTableBuilder::coderIndex(std::string_view coder)
{
    if (m_lastCoder >= 0 && m_coders.view(m_lastCoder) == coder)
        return m_lastCoder;
    // Long files list one unit's ratings coder after coder in a fixed order, so the coder
    // after the previous one is the likely next.
    if (const qint32 next = m_lastCoder + 1; next > 0 && next < m_coders.size() &&
                                             m_coders.view(next) == coder) {
        m_lastCoder = next;
        return next;
    }
    if (m_coders.size() > 0 && m_lastCoder == m_coders.size() - 1 && m_coders.view(0) == coder) {
        m_lastCoder = 0;
        return 0;
    }
    const qint32 before = m_coders.size();
    m_lastCoder = m_coders.intern(coder);
    if (m_lastCoder == before)
        m_columns.emplace_back(size_t(m_units.size()), RatingTable::Missing);
    return m_lastCoder;
}

qint32 RatingTableBuilder::categoryIndex(std::string_view label)
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
    const std::vector<qint32> unitMap = m_units.internAll(later.m_units);
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
    later = RatingTableBuilder();
    return true;
}

RatingTable RatingTableBuilder::build()
{
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

    const qint32 coderCount = m_coders.size();
    const qint32 unitCount = m_units.size();
    std::vector<std::vector<qint32>> columns = std::move(m_columns);
    RatingTable table(std::move(m_units), std::move(m_coders), std::move(sortedCategories));
    for (qint32 c = 0; c < coderCount; ++c) {
        const std::vector<qint32> &column = columns[size_t(c)];
        for (qint32 u = 0; u < unitCount; ++u) {
            const qint32 category = column[size_t(u)];
            if (category != RatingTable::Missing)
                table.set(u, c, remap[size_t(category)]);
        }
        columns[size_t(c)] = {}; // release as we go: peak memory stays near one copy
    }
    *this = RatingTableBuilder();
    return table;
}

} // namespace concord
