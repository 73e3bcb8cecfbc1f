// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weaksupervision/goldlabels.h"
#include "core/weaksupervision/labelingfunctionanalysis.h"
#include "tests/core/filebytes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Labeling-function analysis (Snorkel's LFAnalysis definitions, docs/weak-supervision.md) on a
// matrix small enough to count by hand, and the gold-label CSV it reads.
class TestLabelingFunctionAnalysis : public QObject
{
    Q_OBJECT

private:
    // Six units, three sources A, B, C, classes a and b ('-' = abstains):
    //        A  B  C    votes  conflict
    //   u1   a  a  -      2       no
    //   u2   a  b  -      2       yes
    //   u3   -  b  b      2       no
    //   u4   b  -  -      1       no
    //   u5   -  -  -      0       no
    //   u6   a  b  b      3       yes
    static RatingTable sixUnits()
    {
        NameIndex units, sources, classes;
        for (const char *u : {"u1", "u2", "u3", "u4", "u5", "u6"})
            units.intern(u);
        for (const char *s : {"A", "B", "C"})
            sources.intern(s);
        classes.intern("a");
        classes.intern("b");
        const qint32 _ = RatingTable::Missing;
        std::vector<qint32> cells = {0, 0, _, 0, 1, _, _, 1, 1, 1, _, _, _, _, _, 0, 1, 1};
        return RatingTable(std::move(units), std::move(sources), std::move(classes),
                           std::move(cells));
    }

    QTemporaryDir m_dir;

    // `text` written as the gold-label CSV in the test's folder; empty when it cannot be.
    QString goldCsv(const QByteArray &text) const
    {
        const QString path = m_dir.filePath(QStringLiteral("gold.csv"));
        return testing::writeAll(path, text) ? path : QString();
    }

private Q_SLOTS:
    void coverageOverlapsAndConflicts()
    {
        const LabelingFunctionAnalysis a = analyseLabelingFunctions(sixUnits());
        QCOMPARE(a.units, 6);
        QVERIFY(!a.hasGold);
        QCOMPARE(a.coverage, 5.0 / 6); // every unit but u5
        QCOMPARE(a.overlap, 4.0 / 6);  // u1, u2, u3, u6
        QCOMPARE(a.conflict, 2.0 / 6); // u2, u6
        QCOMPARE(a.sources.size(), size_t(3));
        // A votes on u1 u2 u4 u6; overlaps on u1 u2 u6; conflicts on u2 u6.
        const SourceAnalysis &A = a.sources[0];
        QCOMPARE(A.name, QStringLiteral("A"));
        QCOMPARE(A.votes, 4);
        QCOMPARE(A.coverage, 4.0 / 6);
        QCOMPARE(A.overlaps, 3.0 / 6);
        QCOMPARE(A.conflicts, 2.0 / 6);
        QCOMPARE(A.polarity, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!A.empiricalAccuracy);
        // B votes on u1 u2 u3 u6, all overlapping; conflicts on u2 u6.
        const SourceAnalysis &B = a.sources[1];
        QCOMPARE(B.coverage, 4.0 / 6);
        QCOMPARE(B.overlaps, 4.0 / 6);
        QCOMPARE(B.conflicts, 2.0 / 6);
        // C votes b on u3 and u6; conflicts only on u6, where A says a.
        const SourceAnalysis &C = a.sources[2];
        QCOMPARE(C.coverage, 2.0 / 6);
        QCOMPARE(C.overlaps, 2.0 / 6);
        QCOMPARE(C.conflicts, 1.0 / 6);
        QCOMPARE(C.polarity, QStringList{QStringLiteral("b")});
    }

    void empiricalAccuracyAgainstGold()
    {
        const RatingTable votes = sixUnits();
        // u2 has no gold; u4's gold "c" is no class any source voted; u9 is not in the table.
        const std::vector<GoldLabel> gold = {
            {QStringLiteral("u1"), QStringLiteral("a"), 2},
            {QStringLiteral("u3"), QStringLiteral("b"), 3},
            {QStringLiteral("u4"), QStringLiteral("c"), 4},
            {QStringLiteral("u5"), QStringLiteral("a"), 5},
            {QStringLiteral("u6"), QStringLiteral("b"), 6},
            {QStringLiteral("u9"), QStringLiteral("a"), 7},
        };
        const AlignedGold aligned = alignGoldLabels(votes, gold);
        QCOMPARE(aligned.unitsWithGold, 5);
        QCOMPARE(aligned.unitsWithoutVotes, 1);
        QCOMPARE(aligned.perUnit,
                 (std::vector<qint32>{0, NoGoldLabel, 1, GoldLabelOutsideClasses, 0, 1}));

        const LabelingFunctionAnalysis a = analyseLabelingFunctions(votes, aligned.perUnit);
        QVERIFY(a.hasGold);
        // A: u1 a = a right; u4 b ≠ c wrong; u6 a ≠ b wrong (u2 has no gold).
        QCOMPARE(a.sources[0].correct, 1);
        QCOMPARE(a.sources[0].incorrect, 2);
        QCOMPARE(*a.sources[0].empiricalAccuracy, 1.0 / 3);
        // B: u1, u3, u6 right.
        QCOMPARE(a.sources[1].correct, 3);
        QCOMPARE(a.sources[1].incorrect, 0);
        QCOMPARE(*a.sources[1].empiricalAccuracy, 1.0);
        // C: u3, u6 right.
        QCOMPARE(a.sources[2].correct, 2);
        QCOMPARE(*a.sources[2].empiricalAccuracy, 1.0);
    }

    void readsGoldCsv()
    {
        const QString path = goldCsv("\xEF\xBB\xBFUnit,Label\r\nu1,a\r\n\r\n\"u,2\", b \r\n");
        const Expected<std::vector<GoldLabel>> gold = readGoldLabelCsv(path);
        QVERIFY2(gold.ok(), qPrintable(gold ? QString() : gold.error().toString()));
        QCOMPARE(gold->size(), size_t(2));
        QCOMPARE((*gold)[1].unit, QStringLiteral("u,2"));
        QCOMPARE((*gold)[1].label, QStringLiteral("b"));
        QCOMPARE((*gold)[1].line, 4);
    }

    void refusesBadGoldCsv_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("header") << QByteArray("unit,coder,label\nu1,x,a\n") << 1
                                << QStringLiteral("expected the header 'unit,label'");
        QTest::newRow("header after blank lines")
            << QByteArray("\n  \nitem,label\nu1,a\n") << 3
            << QStringLiteral("expected the header 'unit,label', found 'item,label'");
        QTest::newRow("empty label")
            << QByteArray("unit,label\nu1,a\nu2,\n") << 3 << QStringLiteral("empty label");
        QTest::newRow("repeat") << QByteArray("unit,label\nu1,a\nu2,b\nu1,b\n") << 4
                                << QStringLiteral("unit 'u1' already has a gold label, on line 2");
        QTest::newRow("fields") << QByteArray("unit,label\nu1,a,b\n") << 2
                                << QStringLiteral("expected 2 field");
        QTest::newRow("empty") << QByteArray("") << 1 << QStringLiteral("empty");
    }

    void refusesBadGoldCsv()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const QString path = goldCsv(text);
        const Expected<std::vector<GoldLabel>> gold = readGoldLabelCsv(path);
        QVERIFY(!gold);
        QCOMPARE(gold.error().path, path);
        QCOMPARE(gold.error().line, line);
        QVERIFY2(gold.error().message.contains(message), qPrintable(gold.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLabelingFunctionAnalysis)
#include "tst_labelingfunctionanalysis.moc"
