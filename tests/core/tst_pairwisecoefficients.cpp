// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/pairwisecoefficients.h"

#include "tests/core/agreementfixtures.h"

#include <QTest>

using namespace concord;
using namespace concord::testing;

namespace {

// A 3×3 table used for the weighted kappas worked by hand below (N = 40).
std::vector<std::vector<int>> handTable()
{
    return {{10, 3, 1}, {2, 12, 4}, {0, 2, 6}};
}

} // namespace

class TestPairwiseCoefficients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wikipediaCohenExample()
    {
        // Wikipedia, "Cohen's kappa", example 1: 50 proposals, both yes 20, A yes/B no 5,
        // A no/B yes 10, both no 15: p_o = 0.7, p_e = 0.5, κ = 0.4.
        const AgreementResult r = cohenKappa(pairTable({{20, 5}, {10, 15}}), 0, 1);
        QVERIFY(near(*r.value, 0.4));
        QVERIFY(near(*r.observedAgreement, 0.7));
        QVERIFY(near(*r.expectedAgreement, 0.5));
        QCOMPARE(r.units, 50);
        QCOMPARE(r.landisKoch, QStringLiteral("fair"));
    }

    void irrCacAbstractors()
    {
        // irrCAC vignette "overview" on cont3x3abstractors (Gwet 2014):
        // kappa2.table 0.7964094 (se 0.05891072), scott2.table 0.7962397, gwet.ac1.table
        // 0.8493305, bp2.table 0.835, pa2.table 0.89.
        const RatingTable t = pairTable(abstractors());
        const AgreementResult kappa = cohenKappa(t, 0, 1);
        QVERIFY(std::abs(*kappa.value - 0.7964094) < 5e-8);
        // The Fleiss-Cohen-Everitt SE, which irrCAC's kappa2.table also uses.
        QVERIFY(std::abs(*kappa.standardError - 0.05891072) < 5e-9);
        QVERIFY(kappa.ci);
        QVERIFY(
            near(kappa.ci->lower, *kappa.value - 1.959963984540054 * *kappa.standardError, 1e-9));
        QVERIFY(std::abs(*scottPi(t, 0, 1).value - 0.7962397) < 5e-8);
        QVERIFY(std::abs(*pairGwetAc(t, 0, 1).value - 0.8493305) < 5e-8);
        QVERIFY(near(*pairBrennanPrediger(t, 0, 1).value, 0.835));
        QVERIFY(near(*pairPercentAgreement(t, 0, 1).value, 0.89));
        // The raw-data SE of AC1 divides by n(n-1) where the table form divides by n², so it
        // is the published 0.04321747 · sqrt(100/99).
        QVERIFY(std::abs(*pairGwetAc(t, 0, 1).standardError -
                         0.04321747 * std::sqrt(100.0 / 99.0)) < 1e-8);
    }

    void weightedKappaByHand()
    {
        // Rows (coder 0) 14, 18, 8 and columns (coder 1) 12, 17, 11 of N = 40:
        // p_i. = .35 .45 .20, p_.j = .30 .425 .275.
        // Diagonal: p_o = 28/40 = .7; Σ p_i. p_.i = .105 + .19125 + .055 = .35125.
        // Cells one step apart: 11/40 = .275 observed, .14875+.135+.12375+.085 = .4925 expected.
        // Unweighted: (.7 - .35125) / (1 - .35125) = .34875 / .64875 = 0.53757225433526...
        // Linear (w = 1, 1/2, 0): p_o = .7 + .1375 = .8375, p_e = .35125 + .24625 = .5975,
        //   κ = .24 / .4025 = 0.59627329192546...
        // Quadratic (w = 1, 3/4, 0): p_o = .7 + .20625 = .90625, p_e = .35125 + .369375 = .720625,
        //   κ = .185625 / .279375 = 0.66442953020134...
        const RatingTable t = pairTable(handTable());
        QVERIFY(near(*cohenKappa(t, 0, 1).value, .34875 / .64875));
        QVERIFY(near(*cohenKappa(t, 0, 1, KappaWeights::Linear).value, .24 / .4025));
        QVERIFY(near(*cohenKappa(t, 0, 1, KappaWeights::Quadratic).value, .185625 / .279375));
        // Fleiss-Cohen-Everitt SEs recomputed independently with fractions.
        QVERIFY(near(*cohenKappa(t, 0, 1).standardError, 0.11168691133864692, 1e-12));
        QVERIFY(near(*cohenKappa(t, 0, 1, KappaWeights::Linear).standardError, 0.10322357664464557,
                     1e-12));
        QVERIFY(near(*cohenKappa(t, 0, 1, KappaWeights::Quadratic).standardError,
                     0.10493012856035333, 1e-12));
    }

    void weightsUsePositionsAmongUsedCategories()
    {
        // Like sklearn and irr::kappa2: a label only a third coder used (3) does not shift the
        // positions of the labels coders 0 and 1 used (1, 2, 4).
        const std::vector<std::vector<int>> pair = {{1, 1}, {2, 4}, {4, 4}, {2, 2}, {1, 2}, {4, 1}};
        std::vector<std::vector<int>> three = pair;
        for (auto &row : three)
            row.push_back(3);
        for (KappaWeights w : {KappaWeights::Linear, KappaWeights::Quadratic}) {
            QCOMPARE(*cohenKappa(wideTable(three), 0, 1, w).value,
                     *cohenKappa(wideTable(pair), 0, 1, w).value);
        }
    }

    void orderAndRenaming()
    {
        const RatingTable t = pairTable(handTable());
        // Swapping the coders transposes the table: kappa is symmetric.
        QVERIFY(near(*cohenKappa(t, 1, 0, KappaWeights::Linear).value,
                     *cohenKappa(t, 0, 1, KappaWeights::Linear).value));
        QVERIFY(near(*scottPi(t, 1, 0).value, *scottPi(t, 0, 1).value));
        // Renaming categories 0,1,2 -> 7,3,5 keeps unweighted kappa and pi.
        std::vector<std::vector<int>> rows;
        const int rename[] = {7, 3, 5};
        const auto counts = handTable();
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                for (int n = 0; n < counts[size_t(i)][size_t(j)]; ++n)
                    rows.push_back({rename[i], rename[j]});
        std::reverse(rows.begin(), rows.end());
        const RatingTable renamed = wideTable(rows);
        QVERIFY(near(*cohenKappa(renamed, 0, 1).value, *cohenKappa(t, 0, 1).value));
        QVERIFY(near(*scottPi(renamed, 0, 1).value, *scottPi(t, 0, 1).value));
        QVERIFY(near(*pairGwetAc(renamed, 0, 1).value, *pairGwetAc(t, 0, 1).value));
        // Weighted kappa depends on the order, so it changes.
        QVERIFY(!near(*cohenKappa(renamed, 0, 1, KappaWeights::Linear).value,
                      *cohenKappa(t, 0, 1, KappaWeights::Linear).value, 1e-6));
    }

    void prevalenceParadoxWarns()
    {
        // p_o = .91 but κ = .014 / .104 = 0.1346...: one category dominates.
        const AgreementResult r = cohenKappa(pairTable({{90, 5}, {4, 1}}), 0, 1);
        QVERIFY(near(*r.value, 0.014 / 0.104));
        QCOMPARE(r.landisKoch, QStringLiteral("slight"));
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("AC1")));
        QVERIFY(cohenKappa(pairTable(abstractors()), 0, 1).warnings.isEmpty());
    }

    void perfectAgreementIsOne()
    {
        const RatingTable t = pairTable({{5, 0, 0}, {0, 3, 0}, {0, 0, 2}});
        QCOMPARE(*cohenKappa(t, 0, 1).value, 1.0);
        QCOMPARE(*cohenKappa(t, 0, 1, KappaWeights::Quadratic).value, 1.0);
        QCOMPARE(*scottPi(t, 0, 1).value, 1.0);
        QCOMPARE(*pairGwetAc(t, 0, 1).value, 1.0);
        QCOMPARE(*pairBrennanPrediger(t, 0, 1).value, 1.0);
    }

    void missingRatingsArePairwiseDeleted()
    {
        const RatingTable t = wideTable({{1, 1}, {2, 2}, {1, NA}, {NA, 2}, {1, 2}});
        const AgreementResult r = pairPercentAgreement(t, 0, 1);
        QCOMPARE(r.units, 3);
        QVERIFY(near(*r.value, 2.0 / 3.0));
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("2 unit(s)")));
    }

    void kappaMatrix()
    {
        const RatingTable t = wideTable({{1, 1, 2}, {2, 2, 2}, {1, 1, 1}, {2, 1, 2}});
        const auto m = cohenKappaMatrix(t);
        QCOMPARE(m.size(), size_t(9));
        QCOMPARE(*m[0], 1.0);
        QCOMPARE(*m[1], *cohenKappa(t, 0, 1).value);
        QCOMPARE(*m[3], *m[1]);
        QCOMPARE(*m[5], *cohenKappa(t, 1, 2).value);
    }

    void degenerateInputs()
    {
        // Empty table and invalid coders.
        QVERIFY(!cohenKappa(RatingTable(), 0, 1).value);
        QVERIFY(!cohenKappa(wideTable({{1, 2}}), 0, 0).value);
        QVERIFY(!cohenKappa(wideTable({{1, 2}}), 0, 5).value);
        QVERIFY(!pairGwetAc(wideTable({{1}}), 0, 1).value);
        // No unit rated by both.
        QVERIFY(!cohenKappa(wideTable({{1, NA}, {NA, 2}}), 0, 1).value);
        // Both coders used one category: p_e = 1.
        const AgreementResult r = cohenKappa(wideTable({{1, 1}, {1, 1}}), 0, 1);
        QVERIFY(!r.value);
        QVERIFY(near(*r.observedAgreement, 1.0));
        QVERIFY(!r.warnings.isEmpty());
        QVERIFY(!scottPi(wideTable({{1, 1}, {1, 1}}), 0, 1).value);
        QVERIFY(near(*pairPercentAgreement(wideTable({{1, 1}, {1, 1}}), 0, 1).value, 1.0));
    }
};

QTEST_GUILESS_MAIN(TestPairwiseCoefficients)
#include "tst_pairwisecoefficients.moc"
