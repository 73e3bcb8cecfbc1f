// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/krippendorffalpha.h"

#include "tests/core/agreementfixtures.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace concord;
using namespace concord::testing;

class TestKrippendorffAlpha : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedExample_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("published");
        QTest::addColumn<double>("exact");
        // Krippendorff (2011), section C, 4 coders × 12 units with missing values: published
        // α to three decimals. The exact fractions come from an independent computation of the
        // coincidence matrix with Python's fractions.Fraction:
        // nominal 113/152, ordinal 108577/133160, interval 951/1120, ratio 18222619/22852465.
        QTest::newRow("nominal") << int(MeasurementLevel::Nominal) << 0.743 << 113.0 / 152.0;
        QTest::newRow("ordinal") << int(MeasurementLevel::Ordinal) << 0.815 << 108577.0 / 133160.0;
        QTest::newRow("interval") << int(MeasurementLevel::Interval) << 0.849 << 951.0 / 1120.0;
        QTest::newRow("ratio") << int(MeasurementLevel::Ratio) << 0.797 << 18222619.0 / 22852465.0;
    }

    void publishedExample()
    {
        QFETCH(int, level);
        QFETCH(double, published);
        QFETCH(double, exact);
        const RatingTable table = wideTable(krippendorff2011());
        const AgreementResult r = krippendorffAlpha(table, MeasurementLevel(level));
        QVERIFY(r.value);
        QCOMPARE(std::round(*r.value * 1000) / 1000, published);
        QVERIFY2(std::abs(*r.value - exact) < 1e-12,
                 qPrintable(QString::number(*r.value, 'g', 17)));
        // Unit 12 has a single value and is not pairable; 11 units remain.
        QCOMPARE(r.units, 11);
        QCOMPARE(r.coders, 4);
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("single rating")));
    }

    void twoCodersMatchIrrCac()
    {
        // irrCAC vignette "overview": krippen2.table(cont3x3abstractors) = 0.7972585.
        const AgreementResult r =
            krippendorffAlpha(pairTable(abstractors()), MeasurementLevel::Nominal);
        QVERIFY(r.value);
        QVERIFY(std::abs(*r.value - 0.7972585) < 5e-8);
        QCOMPARE(r.units, 100);
    }

    void perfectAgreementIsOne()
    {
        const RatingTable table = wideTable({{1, 1, 1}, {2, 2, NA}, {3, 3, 3}, {1, NA, 1}});
        for (MeasurementLevel level : {MeasurementLevel::Nominal, MeasurementLevel::Ordinal,
                                       MeasurementLevel::Interval, MeasurementLevel::Ratio}) {
            const AgreementResult r = krippendorffAlpha(table, level);
            QVERIFY(r.value);
            QCOMPARE(*r.value, 1.0);
            QCOMPARE(r.landisKoch, QStringLiteral("almost perfect"));
        }
    }

    void orderOfUnitsAndCodersDoesNotMatter()
    {
        std::vector<std::vector<int>> rows = krippendorff2011();
        const RatingTable original = wideTable(rows);
        std::mt19937 engine(7);
        for (int round = 0; round < 5; ++round) {
            std::shuffle(rows.begin(), rows.end(), engine);
            std::vector<int> coderOrder = {0, 1, 2, 3};
            std::shuffle(coderOrder.begin(), coderOrder.end(), engine);
            std::vector<std::vector<int>> permuted;
            for (const auto &row : rows) {
                std::vector<int> p;
                for (int c : coderOrder)
                    p.push_back(row[size_t(c)]);
                permuted.push_back(p);
            }
            const RatingTable shuffled = wideTable(permuted);
            for (MeasurementLevel level : {MeasurementLevel::Nominal, MeasurementLevel::Ordinal,
                                           MeasurementLevel::Interval, MeasurementLevel::Ratio}) {
                // The tallies are integers combined once at the end, so the values are equal
                // to the last bit, not just close.
                QCOMPARE(*krippendorffAlpha(shuffled, level).value,
                         *krippendorffAlpha(original, level).value);
            }
        }
    }

    void renamingCategoriesKeepsNominalAlpha()
    {
        std::vector<std::vector<int>> rows = krippendorff2011();
        // A permutation of labels that scrambles their order: 1->50, 2->7, 3->31, 4->2, 5->19.
        const std::map<int, int> rename = {{1, 50}, {2, 7}, {3, 31}, {4, 2}, {5, 19}};
        for (auto &row : rows)
            for (int &v : row)
                if (v != NA)
                    v = rename.at(v);
        const double renamed = *krippendorffAlpha(wideTable(rows), MeasurementLevel::Nominal).value;
        QVERIFY(std::abs(renamed - 113.0 / 152.0) < 1e-12);
        // Ordinal alpha depends on order, so it changes.
        const double ordinal = *krippendorffAlpha(wideTable(rows), MeasurementLevel::Ordinal).value;
        QVERIFY(std::abs(ordinal - 108577.0 / 133160.0) > 1e-3);
    }

    void largeUnitsUseTheCountingPath()
    {
        // 20 coders per unit exceeds the pair-loop limit: both paths must agree with the
        // formula. Unit 1: 10 × a, 10 × b; unit 2: 20 × a; unit 3: 15 × b, 5 × a.
        std::vector<std::vector<int>> rows(3, std::vector<int>(20));
        for (int c = 0; c < 20; ++c) {
            rows[0][size_t(c)] = c < 10 ? 0 : 1;
            rows[1][size_t(c)] = 0;
            rows[2][size_t(c)] = c < 15 ? 1 : 0;
        }
        // By hand: n = 60, n_a = 35, n_b = 25. Disagreeing ordered pairs per unit over m-1 = 19:
        // unit 1: 2·10·10 = 200, unit 3: 2·15·5 = 150 -> Σ o_ab+o_ba = 350/19.
        // α = 1 - (n-1)·(350/19) / (2·35·25) = 1 - 59·350 / (19·1750).
        const double expected = 1.0 - 59.0 * 350.0 / (19.0 * 1750.0);
        QVERIFY(std::abs(*krippendorffAlpha(wideTable(rows), MeasurementLevel::Nominal).value -
                         expected) < 1e-12);
        QVERIFY(std::abs(*krippendorffAlpha(wideTable(rows), MeasurementLevel::Interval).value -
                         expected) < 1e-12);
    }

    void degenerateInputs()
    {
        // Empty table.
        AgreementResult r = krippendorffAlpha(RatingTable(), MeasurementLevel::Nominal);
        QVERIFY(!r.value);
        QVERIFY(!r.warnings.isEmpty());
        // One coder: nothing is pairable.
        r = krippendorffAlpha(wideTable({{1}, {2}, {3}}), MeasurementLevel::Interval);
        QVERIFY(!r.value);
        QCOMPARE(r.units, 0);
        // A single category used: expected disagreement 0, alpha = 0/0.
        r = krippendorffAlpha(wideTable({{1, 1}, {1, 1}, {1, NA}}), MeasurementLevel::Nominal);
        QVERIFY(!r.value);
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("one category")));
        // All units with a single rating.
        r = krippendorffAlpha(wideTable({{1, NA}, {NA, 2}}), MeasurementLevel::Ordinal);
        QVERIFY(!r.value);
        // Non-numeric labels at interval level fall back to positions, with a warning.
        RatingTableBuilder builder;
        builder.add("u1", "a", "low");
        builder.add("u1", "b", "high");
        builder.add("u2", "a", "low");
        builder.add("u2", "b", "low");
        r = krippendorffAlpha(builder.build(), MeasurementLevel::Interval);
        QVERIFY(r.value);
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("positions")));
    }
};

QTEST_GUILESS_MAIN(TestKrippendorffAlpha)
#include "tst_krippendorffalpha.moc"
