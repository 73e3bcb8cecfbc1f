// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/fleisskappa.h"

#include "tests/core/agreementfixtures.h"

#include <QTest>

using namespace concord;
using namespace concord::testing;

namespace {

// Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories,
// P̄ = 0.378, P̄e = 0.213, κ = 0.210.
std::vector<std::vector<int>> wikipediaExample()
{
    return {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
}

} // namespace

class TestFleissKappa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wikipediaExample()
    {
        const FleissKappa k = fleissKappa(countsTable(::wikipediaExample()));
        QVERIFY(k.overall.value);
        QCOMPARE(std::round(*k.overall.value * 1000) / 1000, 0.210);
        // Exact: P̄ = 1.72/4.55 = 0.378021978..., P̄e = 0.2127551020..., computed independently
        // with fractions: κ = 0.20993070442195524.
        QVERIFY(near(*k.overall.value, 0.20993070442195524));
        QVERIFY(near(*k.overall.observedAgreement, 0.378021978021978));
        QVERIFY(near(*k.overall.expectedAgreement, 0.21275510204081632));
        QCOMPARE(k.overall.units, 10);
        QCOMPARE(k.overall.coders, 14);
        QCOMPARE(k.overall.landisKoch, QStringLiteral("fair"));
        // Fleiss, Nee & Landis (1979) SE under the null, as R irr::kappam.fleiss computes it:
        // sqrt(2/(N n (n-1))) / Σpq · sqrt((Σpq)² - Σ pq(q-p)) = 0.01696506922439313.
        QVERIFY(k.standardErrorUnderNull);
        QVERIFY(near(*k.standardErrorUnderNull, 0.01696506922439313, 1e-14));
        QVERIFY(near(*k.z, 0.20993070442195524 / 0.01696506922439313, 1e-9));
        QVERIFY(k.overall.warnings.isEmpty());
    }

    void perCategoryKappas()
    {
        // Fleiss (1971) eq. 11 for each category of the Wikipedia example, computed
        // independently with fractions.
        const FleissKappa k = fleissKappa(countsTable(::wikipediaExample()));
        const double expected[] = {0.2012820512820513, 0.07967032967032966, 0.17159763313609466,
                                   0.030381383322559793, 0.5076566951566952};
        QCOMPARE(k.perCategory.size(), size_t(5));
        for (int j = 0; j < 5; ++j) {
            QVERIFY(k.perCategory[size_t(j)].value);
            QVERIFY(near(*k.perCategory[size_t(j)].value, expected[j]));
            // sqrt(2 / (10 · 14 · 13))
            QVERIFY(near(*k.perCategory[size_t(j)].standardError, 0.033149677206589796, 1e-15));
        }
    }

    void nonNullIntervalFromGwet()
    {
        // Gwet's linearised SE (irrCAC fleiss.kappa.raw) on the 4-rater Krippendorff data,
        // recomputed independently with fractions: κ = 0.7611692754224111, se = 0.1530192034694924.
        const FleissKappa k = fleissKappa(wideTable(krippendorff2011()));
        QVERIFY(near(*k.overall.value, 0.7611692754224111));
        QVERIFY(near(*k.overall.standardError, 0.1530192034694924));
        QVERIFY(k.overall.ci);
        QVERIFY(k.overall.ci->lower < *k.overall.value && k.overall.ci->upper <= 1.0);
        // Units have 1 to 4 ratings: no null SE, and a warning says why.
        QVERIFY(!k.standardErrorUnderNull);
        QVERIFY(k.overall.warnings.join(u'\n').contains(QStringLiteral("different numbers")));
    }

    void twoRatersEqualScottsPi()
    {
        // Fleiss' kappa for two raters is Scott's pi: irrCAC scott2.table(cont3x3abstractors)
        // = 0.7962397.
        const FleissKappa k = fleissKappa(pairTable(abstractors()));
        QVERIFY(std::abs(*k.overall.value - 0.7962397) < 5e-8);
    }

    void orderAndNamesDoNotMatter()
    {
        std::vector<std::vector<int>> counts = ::wikipediaExample();
        std::reverse(counts.begin(), counts.end());
        for (auto &unit : counts)
            std::reverse(unit.begin(), unit.end()); // renames category j to 4 - j
        const FleissKappa k = fleissKappa(countsTable(counts));
        QVERIFY(near(*k.overall.value, 0.20993070442195524));
    }

    void perfectAgreementIsOne()
    {
        const FleissKappa k = fleissKappa(countsTable({{3, 0}, {0, 3}, {3, 0}}));
        QCOMPARE(*k.overall.value, 1.0);
    }

    void degenerateInputs()
    {
        FleissKappa k = fleissKappa(RatingTable());
        QVERIFY(!k.overall.value);
        QVERIFY(k.perCategory.empty());
        // One coder.
        k = fleissKappa(wideTable({{1}, {2}}));
        QVERIFY(!k.overall.value);
        // A single category: chance agreement 1.
        k = fleissKappa(countsTable({{3}, {3}}));
        QVERIFY(!k.overall.value);
        QVERIFY(!k.overall.warnings.isEmpty());
        QVERIFY(!k.perCategory[0].value);
        // A category in the scale that nobody used has no per-category kappa.
        RatingTableBuilder builder;
        builder.addCategory("unused");
        builder.add("u1", "a", "x");
        builder.add("u1", "b", "x");
        builder.add("u2", "a", "y");
        builder.add("u2", "b", "x");
        k = fleissKappa(builder.build());
        QVERIFY(k.overall.value);
        QVERIFY(!k.perCategory[0].value); // "unused" sorts first
    }
};

QTEST_GUILESS_MAIN(TestFleissKappa)
#include "tst_fleisskappa.moc"
