// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/ratingtable.h"

#include "core/util/check.h"

#include <charconv>
#include <cmath>

namespace concord {

bool parseFiniteNumber(std::string_view text, double *value)
{
    if (text.empty())
        return false;
    double parsed = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

RatingTable::RatingTable(qint32 unitCount, qint32 coderCount, const QStringList &categoryNames)
    : m_unitCount(qMax(unitCount, 0))
    , m_coderCount(qMax(coderCount, 0))
    , m_cells(size_t(m_unitCount) * size_t(m_coderCount), Missing)
{
    for (const QString &name : categoryNames)
        m_categories.intern(name.toStdString());
    initCategoryValues();
}

RatingTable::RatingTable(NameIndex units, NameIndex coders, NameIndex categories)
    : m_unitCount(units.size())
    , m_coderCount(coders.size())
    , m_cells(size_t(m_unitCount) * size_t(m_coderCount), Missing)
    , m_units(std::move(units))
    , m_coders(std::move(coders))
    , m_categories(std::move(categories))
{
    initCategoryValues();
}

RatingTable::RatingTable(NameIndex units, NameIndex coders, NameIndex categories,
                         std::vector<qint32> cells)
    : m_unitCount(units.size())
    , m_coderCount(coders.size())
    , m_cells(std::move(cells))
    , m_units(std::move(units))
    , m_coders(std::move(coders))
    , m_categories(std::move(categories))
{
    CONCORD_CHECK(m_cells.size() == size_t(m_unitCount) * size_t(m_coderCount),
                  m_cells.assign(size_t(m_unitCount) * size_t(m_coderCount), Missing));
    initCategoryValues();
}

void RatingTable::initCategoryValues()
{
    const qint32 count = m_categories.size();
    m_categoryValues.assign(size_t(count), 0.0);
    m_categoriesNumeric = count > 0;
    for (qint32 k = 0; k < count; ++k) {
        if (!parseFiniteNumber(m_categories.view(k), &m_categoryValues[size_t(k)])) {
            m_categoriesNumeric = false;
            break;
        }
    }
    if (!m_categoriesNumeric) {
        for (qint32 k = 0; k < count; ++k)
            m_categoryValues[size_t(k)] = double(k + 1);
    }
}

void RatingTable::set(qint32 unit, qint32 coder, qint32 category)
{
    CONCORD_CHECK(unit >= 0 && unit < m_unitCount && coder >= 0 && coder < m_coderCount, return );
    CONCORD_CHECK(category == Missing || (category >= 0 && category < categoryCount()), return );
    m_cells[size_t(unit) * size_t(m_coderCount) + size_t(coder)] = category;
}

qint64 RatingTable::ratingCount() const
{
    qint64 count = 0;
    for (const qint32 cell : m_cells)
        count += cell != Missing;
    return count;
}

QString RatingTable::unitName(qint32 unit) const
{
    return unit < m_units.size() ? m_units.name(unit) : QString::number(unit + 1);
}

QString RatingTable::coderName(qint32 coder) const
{
    return coder < m_coders.size() ? m_coders.name(coder) : QString::number(coder + 1);
}

QStringList RatingTable::categoryNames() const
{
    QStringList names;
    names.reserve(categoryCount());
    for (qint32 k = 0; k < categoryCount(); ++k)
        names.append(m_categories.name(k));
    return names;
}

RatingTable RatingTable::selectUnits(const std::vector<qint32> &units) const
{
    RatingTable result;
    selectUnits(units, &result);
    return result;
}

void RatingTable::selectUnits(const std::vector<qint32> &units, RatingTable *into) const
{
    CONCORD_CHECK(into && into != this, return );
    // Copy-assignment reuses the capacity `into` already has, so repeated calls do not allocate.
    into->m_coders = m_coders;
    into->m_categories = m_categories;
    into->m_categoryValues = m_categoryValues;
    into->m_categoriesNumeric = m_categoriesNumeric;
    into->m_units = NameIndex();
    into->m_unitCount = qint32(units.size());
    into->m_coderCount = m_coderCount;
    into->m_cells.resize(units.size() * size_t(m_coderCount));
    qint32 *out = into->m_cells.data();
    for (const qint32 unit : units) {
        CONCORD_CHECK(unit >= 0 && unit < m_unitCount, *into = RatingTable(); return );
        const qint32 *in = row(unit);
        out = std::copy(in, in + m_coderCount, out);
    }
}

RatingTable RatingTable::selectCoders(const std::vector<qint32> &coders) const
{
    RatingTable result;
    result.m_unitCount = m_unitCount;
    result.m_coderCount = qint32(coders.size());
    result.m_units = m_units;
    result.m_categories = m_categories;
    result.m_categoryValues = m_categoryValues;
    result.m_categoriesNumeric = m_categoriesNumeric;
    for (const qint32 coder : coders) {
        CONCORD_CHECK(coder >= 0 && coder < m_coderCount, return RatingTable());
        result.m_coders.intern(m_coders.isEmpty() ? coderName(coder).toStdString()
                                                  : std::string(m_coders.view(coder)));
    }
    if (result.m_coders.size() != result.m_coderCount)
        result.m_coders = NameIndex(); // a coder chosen twice: names would no longer be unique
    result.m_cells.resize(size_t(m_unitCount) * coders.size());
    qint32 *out = result.m_cells.data();
    for (qint32 unit = 0; unit < m_unitCount; ++unit) {
        const qint32 *in = row(unit);
        for (const qint32 coder : coders)
            *out++ = in[coder];
    }
    return result;
}

} // namespace concord
