// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/nameindex.h"
#include "core/agreement/ratingtable.h"

#include <array>
#include <string_view>
#include <vector>

namespace concord {

// Collects long-format ratings (unit, coder, label), one at a time, into a RatingTable.
// Units and coders keep their order of first appearance. Categories are put in a canonical
// order when the table is built: numerically when every label is a number, otherwise by code
// point, as sklearn (np.unique) and R factor levels do, so weighted and ordinal coefficients
// agree with those tools. Memory is one qint32 per cell plus the names.
class RatingTableBuilder
{
public:
    // How the ratings of one unit arrive.
    enum class UnitGrouping {
        // In any order: each new unit name is looked up.
        Any,
        // Usually on consecutive add()s, as long-format files list them: a unit name that
        // differs from the previous one is taken as a new unit without a lookup, and a unit
        // that comes back later is joined with its earlier ratings by mergeRepeatedUnits().
        // A million-unit file then costs no random memory access per unit while it is read.
        Contiguous,
    };

    explicit RatingTableBuilder(UnitGrouping grouping = UnitGrouping::Any)
        : m_grouping(grouping)
    {}

    // Adds one rating. Returns false, changing nothing, when the unit already has a rating from
    // this coder. With UnitGrouping::Contiguous only a rating of the current run of one unit is
    // checked here; mergeRepeatedUnits() checks the rest.
    bool add(std::string_view unit, std::string_view coder, std::string_view label);
    // Joins the runs of a unit whose ratings were not all consecutive (UnitGrouping::Contiguous;
    // a no-op otherwise) and returns false when two of them hold a rating from the same coder,
    // leaving the builder unusable. Afterwards the builder looks units up like UnitGrouping::Any.
    bool mergeRepeatedUnits();
    // Makes a label part of the scale even if nobody used it (e.g. from a taxonomy).
    void addCategory(std::string_view label) { m_categories.intern(label); }
    void reserveUnits(qint64 units);
    // Reserves room for about `ratings` ratings in all, extrapolating the units per rating seen
    // so far, so that a big file's columns are not regrown and copied as they fill.
    void reserveForRatings(qint64 ratings);
    // Adds every rating of a builder that read later ratings (e.g. the second half of a file
    // parsed on another thread), as if they had been add()ed here in order. Returns false when
    // some unit has a rating from the same coder in both; this builder is then unusable.
    bool append(RatingTableBuilder &&later);

    qint64 ratingCount() const { return m_ratings; }

    // Builds the table; the builder is left empty. With UnitGrouping::Contiguous call
    // mergeRepeatedUnits() first and build only if it succeeded.
    RatingTable build();

private:
    qint32 unitIndex(std::string_view unit);
    qint32 newUnitRun(std::string_view unit);
    qint32 coderIndex(std::string_view coder);
    qint32 lookUpCoder(std::string_view coder);
    qint32 categoryIndex(std::string_view label);

    // Up to this many coders, coderIndex() compares names in order instead of hashing.
    static constexpr qint32 CodersTriedInOrder = 16;

    UnitGrouping m_grouping = UnitGrouping::Any;
    NameIndex m_units; // unindexed, one entry per run of a unit, while m_grouping is Contiguous
    NameIndex m_coders;
    NameIndex m_categories;
    // One column per coder, indexed by unit, holding first-appearance category indices.
    // Column-wise so a new unit costs one push_back per coder and a new coder one allocation.
    std::vector<std::vector<qint32>> m_columns;
    qint64 m_ratings = 0;
    qint64 m_reservedUnits = 0;
    // Long files list a unit's ratings together and use few coders and labels, so the previous
    // lookup usually answers the next one without hashing.
    qint32 m_lastUnit = -1;
    qint32 m_lastCoder = -1;
    qint32 m_lastCategory = -1;
    // Labels are mostly one-character codes ("0".."9", "A"), looked up once per rating:
    // those go through this table instead of hashing. -1 = not seen yet.
    std::array<qint32, 256> m_singleByteCategory = filledWithMissing();

    static std::array<qint32, 256> filledWithMissing()
    {
        std::array<qint32, 256> table;
        table.fill(-1);
        return table;
    }
};

} // namespace concord
