// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/goldcomparison.h"

#include <QTest>

using namespace concord;

// Accuracy, Cohen's kappa and confusion against a reference, checked by hand.
class TestGoldComparison : public QObject
{
    Q_OBJECT

private:
    // Categories no = 0, yes = 1. Coders: gold, r1, r2 (r2 misses units 1 and 4).
    //   gold: y y y n n n
    //   r1:   y y n n n y
    //   r2:   y - y n - n
    static RatingTable table()
    {
        RatingTable t(6, 3, {QStringLiteral("no"), QStringLiteral("yes")});
        const int gold[] = {1, 1, 1, 0, 0, 0};
        const int r1[] = {1, 1, 0, 0, 0, 1};
        const int r2[] = {1, -1, 1, 0, -1, 0};
        for (int u = 0; u < 6; ++u) {
            t.set(u, 0, gold[u]);
            t.set(u, 1, r1[u]);
            t.set(u, 2, r2[u]);
        }
        return t;
    }

    static void checkReaders(const GoldComparison &g)
    {
        QCOMPARE(g.referenceUnits, 6);
        QCOMPARE(g.readers.size(), size_t(2));
        const GoldReaderResult &r1 = g.readers[0];
        QCOMPARE(r1.units, 6);
        QCOMPARE(r1.correct, 4);
        QVERIFY(qFuzzyCompare(*r1.accuracy, 4.0 / 6.0));
        // p_o = 4/6; both marginals are 1/2, so p_e = 1/2 and kappa = (2/3 - 1/2) / (1/2) = 1/3.
        QVERIFY(std::abs(*r1.kappa.value - 1.0 / 3.0) < 1e-12);
        // Rows gold (no, yes), columns reader: no->no 2, no->yes 1, yes->no 1, yes->yes 2.
        QCOMPARE(r1.confusion, (std::vector<qint64>{2, 1, 1, 2}));
        const GoldReaderResult &r2 = g.readers[1];
        QCOMPARE(r2.units, 4);
        QCOMPARE(r2.correct, 4);
        QCOMPARE(*r2.accuracy, 1.0);
        QVERIFY(std::abs(*r2.kappa.value - 1.0) < 1e-12);
        QCOMPARE(r2.confusion, (std::vector<qint64>{2, 0, 0, 2}));
    }

private Q_SLOTS:
    void referenceCoder()
    {
        const GoldComparison g = compareWithGold(table(), 0);
        QCOMPARE(g.referenceName, QStringLiteral("1"));
        QCOMPARE(g.readers[0].coder, 1);
        checkReaders(g);
    }

    void referenceLabels()
    {
        const RatingTable t = table().selectCoders({1, 2});
        const GoldComparison g = compareWithGold(t, {1, 1, 1, 0, 0, 0}, QStringLiteral("panel"));
        QCOMPARE(g.referenceName, QStringLiteral("panel"));
        checkReaders(g);
    }

    void degenerate()
    {
        // No reference, a reference of the wrong size, an empty table: defined, no crash.
        const GoldComparison none = compareWithGold(table(), 7);
        QCOMPARE(none.referenceUnits, 0);
        for (const GoldReaderResult &r : none.readers) {
            QCOMPARE(r.units, 0);
            QVERIFY(!r.accuracy);
            QVERIFY(!r.kappa.value);
        }
        QVERIFY(compareWithGold(table(), std::vector<qint32>{1}, QString()).readers.empty());
        QVERIFY(compareWithGold(RatingTable(), 0).readers.empty());
    }
};

QTEST_GUILESS_MAIN(TestGoldComparison)
#include "tst_goldcomparison.moc"
