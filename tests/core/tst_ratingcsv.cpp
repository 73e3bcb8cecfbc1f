// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/ratingcsv.h"
#include "tests/core/filebytes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

class TestRatingCsv : public QObject
{
    Q_OBJECT

private:
    static Expected<RatingTable> parse(const char *text)
    {
        return parseRatingCsv(QByteArrayView(text), QStringLiteral("ratings.csv"));
    }

private Q_SLOTS:
    void readsLongFormat()
    {
        const auto t = parse("unit,coder,label\n"
                             "img1,ann,nodule\n"
                             "img1,bob,normal\n"
                             "img2,ann,normal\n");
        QVERIFY(t.ok());
        QCOMPARE(t->unitCount(), 2);
        QCOMPARE(t->coderCount(), 2);
        QCOMPARE(t->categoryCount(), 2);
        QCOMPARE(t->at(1, 1), RatingTable::Missing);
        QCOMPARE(t->categoryName(t->at(0, 0)), QStringLiteral("nodule"));
    }

    void toleratesCommonVariations()
    {
        // BOM, CRLF, upper-case header, spaces, blank lines, quoted fields, no final newline.
        const auto t = parse("\xEF\xBB\xBFUnit, Coder ,LABEL\r\n"
                             "\r\n"
                             " img1 , ann , \"a, b\"\r\n"
                             "\"img \"\"1\"\"\",bob,x\r\n"
                             "img1,bob,\"a, b\"");
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().toString()));
        QCOMPARE(t->unitCount(), 2);
        QCOMPARE(t->unitName(1), QStringLiteral("img \"1\""));
        QCOMPARE(t->categoryName(t->at(0, 0)), QStringLiteral("a, b"));
        QCOMPARE(t->at(0, 1), t->at(0, 0));
    }

    void headerOnlyIsAnEmptyTable()
    {
        const auto t = parse("unit,coder,label\n");
        QVERIFY(t.ok());
        QVERIFY(t->isEmpty());
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray("") << 1 << QStringLiteral("empty");
        QTest::newRow("blank file") << QByteArray("\n \r\n") << 1 << QStringLiteral("empty");
        QTest::newRow("wrong header")
            << QByteArray("item,rater,label\na,b,c\n") << 1 << QStringLiteral("header");
        QTest::newRow("wide format")
            << QByteArray("unit,ann,bob\n") << 1 << QStringLiteral("header");
        QTest::newRow("too few fields")
            << QByteArray("unit,coder,label\na,b,c\nd,e\n") << 3 << QStringLiteral("found 2");
        QTest::newRow("too many fields")
            << QByteArray("unit,coder,label\na,b,c,d\n") << 2 << QStringLiteral("found 4");
        QTest::newRow("duplicate") << QByteArray("unit,coder,label\na,x,1\nb,x,1\na,x,2\n") << 4
                                   << QStringLiteral("already has a rating");
        QTest::newRow("empty label")
            << QByteArray("unit,coder,label\na,x,\n") << 2 << QStringLiteral("empty label");
        QTest::newRow("unterminated quote")
            << QByteArray("unit,coder,label\n\"a,x,1\n") << 2 << QStringLiteral("quote");
        QTest::newRow("blank lines count")
            << QByteArray("unit,coder,label\n\n\na,x\n") << 4 << QStringLiteral("found 2");
    }

    void malformedInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto t = parseRatingCsv(QByteArrayView(text), QStringLiteral("bad.csv"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().path, QStringLiteral("bad.csv"));
        QCOMPARE(t.error().line, qint64(line));
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
        QVERIFY(t.error().toString().startsWith(QStringLiteral("bad.csv:%1: ").arg(line)));
    }

    // Files over a few megabytes are parsed in two halves on two threads. The result and the
    // errors must be exactly those of one sequential pass.
    static QByteArray bigFile(int units, QList<qint64> *lineOfUnit = nullptr)
    {
        QByteArray text = "unit,coder,label\n";
        qint64 line = 1;
        for (int u = 0; u < units; ++u) {
            if (lineOfUnit)
                lineOfUnit->append(line + 1);
            for (int c = 0; c < 3; ++c) {
                if ((u + c) % 7 == 3)
                    continue; // missing rating
                text += "case-" + QByteArray::number(u) + ",reader" + QByteArray::number(c) + ',' +
                        QByteArray::number((u * 3 + c * 5) % 11) + '\n';
                ++line;
            }
        }
        return text;
    }

    void bigFilesParseInParallelLikeOnePass()
    {
        const int units = 300000; // about 7 MB, over the parallel threshold
        const QByteArray text = bigFile(units);
        QVERIFY(text.size() > 6'000'000);
        const auto t = parseRatingCsv(QByteArrayView(text), QStringLiteral("big.csv"));
        QVERIFY(t.ok());
        QCOMPARE(t->unitCount(), units);
        QCOMPARE(t->coderCount(), 3);
        QCOMPARE(t->categoryCount(), 11);
        // Units in order of first appearance, categories numerically sorted.
        QCOMPARE(t->unitName(units - 1), QStringLiteral("case-%1").arg(units - 1));
        QCOMPARE(t->categoryName(10), QStringLiteral("10"));
        qint64 ratings = 0;
        for (int u = 0; u < units; ++u) {
            for (int c = 0; c < 3; ++c) {
                const qint32 expected =
                    (u + c) % 7 == 3 ? RatingTable::Missing : (u * 3 + c * 5) % 11;
                if (t->at(u, c) != expected)
                    QFAIL(qPrintable(QStringLiteral("unit %1 coder %2").arg(u).arg(c)));
                ratings += expected != RatingTable::Missing;
            }
        }
        QCOMPARE(t->ratingCount(), ratings);
    }

    // The reader takes each change of unit name as a new unit and joins a unit's runs at the
    // end. A file sorted by coder, where every unit comes back once per coder, must read exactly
    // like the same ratings listed unit by unit, in one pass and in two halves.
    void unitsNeedNotBeOnConsecutiveLines_data()
    {
        QTest::addColumn<int>("units");
        QTest::newRow("small, one pass") << 50;
        QTest::newRow("big, two halves") << 300000;
    }

    void unitsNeedNotBeOnConsecutiveLines()
    {
        QFETCH(int, units);
        QByteArray text = "unit,coder,label\n";
        for (int c = 0; c < 3; ++c) {
            for (int u = 0; u < units; ++u) {
                if ((u + c) % 7 == 3)
                    continue;
                text += "case-" + QByteArray::number(u) + ",reader" + QByteArray::number(c) + ',' +
                        QByteArray::number((u * 3 + c * 5) % 11) + '\n';
            }
        }
        const auto t = parseRatingCsv(QByteArrayView(text), QStringLiteral("by-coder.csv"));
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().toString()));
        QCOMPARE(t->unitCount(), units);
        QCOMPARE(t->coderCount(), 3);
        for (int row = 0; row < units; ++row) {
            const int u = t->unitName(row).mid(5).toInt(); // "case-<u>"
            for (int c = 0; c < 3; ++c) {
                const QString label = t->at(row, c) == RatingTable::Missing
                                          ? QString()
                                          : t->categoryName(t->at(row, c));
                const QString expected =
                    (u + c) % 7 == 3 ? QString() : QString::number((u * 3 + c * 5) % 11);
                if (label != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("unit %1 coder %2: %3").arg(u).arg(c).arg(label)));
            }
        }
        // Units keep the order of first appearance: reader0's units, then those reader0 skipped.
        QCOMPARE(t->unitName(3), QStringLiteral("case-4"));
        int lastSkipped = units - 1;
        while (lastSkipped % 7 != 3)
            --lastSkipped;
        QCOMPARE(t->unitName(units - 1), QStringLiteral("case-%1").arg(lastSkipped));
    }

    void bigFilesNameTheBadLine()
    {
        QList<qint64> lineOfUnit;
        const int units = 300000;
        // A malformed line near the end: its number counts every line of the first half.
        QByteArray broken = bigFile(units, &lineOfUnit);
        const QByteArray target = "\ncase-299990,reader1,";
        const qsizetype at = broken.indexOf(target);
        QVERIFY(at > 0);
        broken.insert(at + 1 + 12, ',');
        auto t = parseRatingCsv(QByteArrayView(broken), QStringLiteral("big.csv"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().line, broken.left(at + 1).count('\n') + 1);
        QVERIFY(t.error().message.contains(QStringLiteral("found 4")));

        // A rating repeated in the second half of a unit rated in the first: a duplicate
        // found only when the halves are joined, still named by its line.
        QByteArray duplicate = bigFile(units);
        duplicate += "case-1,reader1,3\n";
        t = parseRatingCsv(QByteArrayView(duplicate), QStringLiteral("big.csv"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().line, duplicate.count('\n'));
        QVERIFY(t.error().message.contains(QStringLiteral("already has a rating")));
    }

    void readsFilesAndReportsMissingOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.csv"));
        QVERIFY(testing::writeAll(path, "unit,coder,label\nu1,a,1\nu1,b,2\n"));
        const auto t = readRatingCsv(path);
        QVERIFY(t.ok());
        QCOMPARE(t->ratingCount(), 2);

        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(testing::writeAll(empty, {}));
        QVERIFY(!readRatingCsv(empty).ok());
        QCOMPARE(readRatingCsv(empty).error().path, empty);

        const auto missing = readRatingCsv(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("cannot open")));
    }
};

QTEST_GUILESS_MAIN(TestRatingCsv)
#include "tst_ratingcsv.moc"
