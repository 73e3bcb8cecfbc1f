// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/multiratercoefficients.h"

#include "tests/core/agreementfixtures.h"

#include <QTest>

using namespace concord;
using namespace concord::testing;

class TestMultiRaterCoefficients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gwetAc1OnFourRaters()
    {
        // irrCAC's cac.raw4raters is the Krippendorff (2011) table; its documented
        // gwet.ac1.raw output is pa 0.8181818, pe 0.1903212, AC1 0.77544, se 0.14295.
        // Independent recomputation with fractions: AC1 0.775444068126995,
        // se 0.1429499506407653, pe 0.19032118055555555.
        const AgreementResult r = gwetAc(wideTable(krippendorff2011()));
        QCOMPARE(r.metric, QStringLiteral("gwet_ac1"));
        QVERIFY(near(*r.value, 0.775444068126995));
        QVERIFY(near(*r.observedAgreement, 9.0 / 11.0));
        QVERIFY(near(*r.expectedAgreement, 0.19032118055555555));
        QVERIFY(near(*r.standardError, 0.1429499506407653));
        QCOMPARE(r.units, 11);
        QVERIFY(r.ci);
        QVERIFY(r.ci->upper <= 1.0);
    }

    void weightedAc2AndBrennanPrediger()
    {
        // Independent recomputation with fractions of irrCAC's formulas, weights over label
        // values 1..5 (linear: 1 - |k-l|/4, quadratic: 1 - (k-l)²/16).
        const RatingTable t = wideTable(krippendorff2011());
        const AgreementResult linear = gwetAc(t, KappaWeights::Linear);
        QCOMPARE(linear.metric, QStringLiteral("gwet_ac2"));
        QVERIFY(near(*linear.value, 0.8587391364326113));
        QVERIFY(near(*linear.standardError, 0.11732902188136357));
        const AgreementResult quadratic = gwetAc(t, KappaWeights::Quadratic);
        QVERIFY(near(*quadratic.value, 0.9140007235516048));
        QVERIFY(near(*quadratic.standardError, 0.10396224464505995));
        const AgreementResult bp = brennanPrediger(t);
        QVERIFY(near(*bp.value, 0.7727272727272727)); // (9/11 - 1/5) / (1 - 1/5)
        QVERIFY(near(*bp.standardError, 0.14471661989948315));
        QVERIFY(near(*brennanPrediger(t, KappaWeights::Quadratic).value, 0.9015151515151515));
        const AgreementResult pa = percentAgreement(t);
        QVERIFY(near(*pa.value, 9.0 / 11.0));
        QVERIFY(near(*pa.standardError, 0.125608959946865));
    }

    void ac1StaysHighUnderSkewedPrevalence()
    {
        // 100 units, 2 coders, 95 % of ratings in one category: kappa collapses, AC1 does not.
        std::vector<std::vector<int>> counts = {{90, 5}, {4, 1}};
        std::vector<std::vector<int>> rows;
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 2; ++j)
                for (int n = 0; n < counts[size_t(i)][size_t(j)]; ++n)
                    rows.push_back({i, j});
        const AgreementResult r = gwetAc(wideTable(rows));
        // π = (.945, .055): p_e = 2·.945·.055 = .10395, AC1 = (.91 - .10395) / (1 - .10395).
        QVERIFY(near(*r.value, (0.91 - 0.10395) / (1 - 0.10395)));
        QVERIFY(r.warnings.isEmpty());
    }

    void coderAndUnitOrderDoNotMatter()
    {
        std::vector<std::vector<int>> rows = krippendorff2011();
        std::reverse(rows.begin(), rows.end());
        for (auto &row : rows)
            std::reverse(row.begin(), row.end());
        const RatingTable a = wideTable(krippendorff2011());
        const RatingTable b = wideTable(rows);
        QVERIFY(near(*gwetAc(a).value, *gwetAc(b).value));
        QVERIFY(near(*gwetAc(a).standardError, *gwetAc(b).standardError));
        QVERIFY(near(*percentAgreement(a).value, *percentAgreement(b).value));
    }

    void degenerateInputs()
    {
        QVERIFY(!gwetAc(RatingTable()).value);
        QVERIFY(!percentAgreement(wideTable({{1}, {2}})).value);
        // One category in the whole scale: AC1 undefined, percent agreement 1.
        const RatingTable one = wideTable({{1, 1}, {1, 1}});
        QVERIFY(!gwetAc(one).value);
        QCOMPARE(*percentAgreement(one).value, 1.0);
        // A unit with one rating counts toward prevalence only.
        const AgreementResult r = gwetAc(wideTable({{1, 1}, {2, 2}, {1, NA}}));
        QCOMPARE(r.units, 2);
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("single rating")));
    }
};

QTEST_GUILESS_MAIN(TestMultiRaterCoefficients)
#include "tst_multiratercoefficients.moc"
