// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/nameindex.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

// The input of every agreement statistic: units (items) × coders (annotators), each cell holding
// a nominal category id or Missing.
//
// Cells are one contiguous qint32 array in unit-major order, so one unit's ratings are adjacent
// and every coefficient is a single pass over memory (1,000,000 units × 5 coders is 20 MB).
// Category ids are dense, 0..categoryCount()-1, and their order is meaningful: it is the order
// ordinal and weighted coefficients use (RatingTableBuilder sorts labels numerically when all are
// numbers, otherwise by code point, like sklearn and R factors). Interval and ratio statistics
// use categoryValue(), the numeric label, or the 1-based position when labels are not numeric.
//
// Unit and coder names are optional: tables derived for resampling carry none, and then
// unitName()/coderName() return the 1-based number. A value type; copies are deep.
class RatingTable
{
public:
    static constexpr qint32 Missing = -1;

    RatingTable() = default;
    // An all-missing table with anonymous units and coders.
    RatingTable(qint32 unitCount, qint32 coderCount, const QStringList &categoryNames);
    // An all-missing table with named units, coders and categories.
    RatingTable(NameIndex units, NameIndex coders, NameIndex categories);
    // The same with its cells, unit-major, each Missing or a valid category id (the caller's
    // promise, as RatingTableBuilder keeps it; only the count is checked).
    RatingTable(NameIndex units, NameIndex coders, NameIndex categories, std::vector<qint32> cells);

    qint32 unitCount() const { return m_unitCount; }
    qint32 coderCount() const { return m_coderCount; }
    qint32 categoryCount() const { return m_categories.size(); }
    bool isEmpty() const { return m_unitCount == 0 || m_coderCount == 0; }

    qint32 at(qint32 unit, qint32 coder) const
    {
        return m_cells[size_t(unit) * size_t(m_coderCount) + size_t(coder)];
    }
    // Sets one cell; `category` must be Missing or a valid id (checked, ignored when invalid).
    void set(qint32 unit, qint32 coder, qint32 category);
    // The coderCount() cells of one unit.
    const qint32 *row(qint32 unit) const
    {
        return m_cells.data() + size_t(unit) * size_t(m_coderCount);
    }
    // Copies the ratings of `unit` that are not Missing, in coder order, to `values` (room for
    // coderCount()); returns how many there are. Inline: every coefficient calls it per unit.
    qint32 presentRatings(qint32 unit, qint32 *values) const
    {
        const qint32 *cells = row(unit);
        qint32 count = 0;
        for (qint32 c = 0; c < m_coderCount; ++c) {
            if (cells[c] != Missing)
                values[count++] = cells[c];
        }
        return count;
    }
    const std::vector<qint32> &cells() const { return m_cells; }
    qint64 ratingCount() const;

    QString unitName(qint32 unit) const;
    QString coderName(qint32 coder) const;
    QString categoryName(qint32 category) const { return m_categories.name(category); }
    QStringList categoryNames() const;
    double categoryValue(qint32 category) const { return m_categoryValues[size_t(category)]; }
    // True when every category name is a finite number, so categoryValue() is that number.
    bool categoriesAreNumeric() const { return m_categoriesNumeric; }

    // A table with the given units (repeats allowed, as a bootstrap needs) and the same coders
    // and categories. Unit names are not carried over.
    RatingTable selectUnits(const std::vector<qint32> &units) const;
    // The same into an existing table, reusing its memory: a bootstrap draws thousands of
    // resamples, and fresh multi-megabyte allocations per resample cost more than the statistic.
    void selectUnits(const std::vector<qint32> &units, RatingTable *into) const;
    // A table with the given coders, in that order, and the same units and categories.
    RatingTable selectCoders(const std::vector<qint32> &coders) const;

private:
    void initCategoryValues();

    qint32 m_unitCount = 0;
    qint32 m_coderCount = 0;
    std::vector<qint32> m_cells;
    NameIndex m_units;  // empty when units are anonymous
    NameIndex m_coders; // empty when coders are anonymous
    NameIndex m_categories;
    std::vector<double> m_categoryValues;
    bool m_categoriesNumeric = false;
};

// Parses a whole string as a finite decimal number; used to decide category order and values.
bool parseFiniteNumber(std::string_view text, double *value);

} // namespace concord
