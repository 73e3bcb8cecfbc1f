// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/goldcomparison.h"

#include "core/agreement/pairwisecoefficients.h"
#include "core/util/check.h"

namespace concord {

namespace {

GoldComparison compare(const RatingTable &table, const std::vector<qint32> &reference,
                       const QString &referenceName, qint32 skipCoder)
{
    GoldComparison out;
    out.referenceName = referenceName;
    out.categories = table.categoryNames();
    const qint32 q = table.categoryCount();
    CONCORD_CHECK(qint32(reference.size()) == table.unitCount(), return out);
    for (qint32 value : reference) {
        if (value >= 0 && value < q)
            ++out.referenceUnits;
    }
    for (qint32 c = 0; c < table.coderCount(); ++c) {
        if (c == skipCoder)
            continue;
        GoldReaderResult r;
        r.coder = c;
        r.coderName = table.coderName(c);
        r.confusion.assign(size_t(q) * size_t(q), 0);
        // Cohen's kappa comes from the engine on a two-column table: reference, coder.
        RatingTable pair(table.unitCount(), 2, table.categoryNames());
        for (qint32 u = 0; u < table.unitCount(); ++u) {
            const qint32 gold = reference[size_t(u)];
            const qint32 said = table.at(u, c);
            const bool goldValid = gold >= 0 && gold < q;
            if (goldValid)
                pair.set(u, 0, gold);
            pair.set(u, 1, said);
            if (!goldValid || said == RatingTable::Missing)
                continue;
            ++r.units;
            if (said == gold)
                ++r.correct;
            ++r.confusion[size_t(gold) * size_t(q) + size_t(said)];
        }
        if (r.units > 0)
            r.accuracy = double(r.correct) / double(r.units);
        r.kappa = cohenKappa(pair, 0, 1);
        out.readers.push_back(std::move(r));
    }
    return out;
}

} // namespace

GoldComparison compareWithGold(const RatingTable &table, qint32 referenceCoder)
{
    std::vector<qint32> reference(size_t(table.unitCount()), RatingTable::Missing);
    if (referenceCoder < 0 || referenceCoder >= table.coderCount())
        return compare(table, reference, QString(), -1);
    for (qint32 u = 0; u < table.unitCount(); ++u)
        reference[size_t(u)] = table.at(u, referenceCoder);
    return compare(table, reference, table.coderName(referenceCoder), referenceCoder);
}

GoldComparison compareWithGold(const RatingTable &table, const std::vector<qint32> &reference,
                               const QString &referenceName)
{
    return compare(table, reference, referenceName, -1);
}

} // namespace concord
