// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/nameindex.h"
#include "core/agreement/ratingtable.h"
#include "core/agreement/ratingtablebuilder.h"

#include <QTest>

using namespace concord;

class TestRatingTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameIndexInternsInOrder()
    {
        NameIndex names;
        QCOMPARE(names.intern("b"), 0);
        QCOMPARE(names.intern("a"), 1);
        QCOMPARE(names.intern("b"), 0);
        QCOMPARE(names.find("a"), 1);
        QCOMPARE(names.find("zz"), -1);
        for (int i = 0; i < 10000; ++i) // forces several rehashes
            QCOMPARE(names.intern("case" + std::to_string(i)), qint32(i + 2));
        QCOMPARE(names.size(), 10002);
        QCOMPARE(names.name(5002), QStringLiteral("case5000"));
        QCOMPARE(names.find("case9999"), 10001);
    }

    void builderKeepsFirstAppearanceAndSortsCategories()
    {
        RatingTableBuilder builder;
        QVERIFY(builder.add("img2", "bob", "10"));
        QVERIFY(builder.add("img2", "ann", "9"));
        QVERIFY(builder.add("img1", "ann", "2.5"));
        QVERIFY(!builder.add("img2", "bob", "9")); // duplicate
        QCOMPARE(builder.ratingCount(), 3);
        const RatingTable t = builder.build();
        QCOMPARE(t.unitCount(), 2);
        QCOMPARE(t.coderCount(), 2);
        QCOMPARE(t.unitName(0), QStringLiteral("img2"));
        QCOMPARE(t.coderName(1), QStringLiteral("ann"));
        // Numeric labels sort by value, not as text ("10" after "9").
        QCOMPARE(t.categoryNames(),
                 (QStringList{QStringLiteral("2.5"), QStringLiteral("9"), QStringLiteral("10")}));
        QVERIFY(t.categoriesAreNumeric());
        QCOMPARE(t.categoryValue(2), 10.0);
        QCOMPARE(t.at(0, 0), 2);
        QCOMPARE(t.at(0, 1), 1);
        QCOMPARE(t.at(1, 0), RatingTable::Missing); // bob did not rate img1
        QCOMPARE(t.at(1, 1), 0);
        QCOMPARE(t.ratingCount(), 3);
    }

    void contiguousBuilderJoinsAUnitThatComesBack()
    {
        RatingTableBuilder builder(RatingTableBuilder::UnitGrouping::Contiguous);
        QVERIFY(builder.add("img2", "bob", "1"));
        QVERIFY(builder.add("img1", "bob", "2"));
        QVERIFY(builder.add("img2", "ann", "3")); // img2 again, after img1
        QVERIFY(builder.mergeRepeatedUnits());
        const RatingTable t = builder.build();
        QCOMPARE(t.unitCount(), 2);
        QCOMPARE(t.unitName(0), QStringLiteral("img2"));
        QCOMPARE(t.categoryName(t.at(0, 0)), QStringLiteral("1"));
        QCOMPARE(t.categoryName(t.at(0, 1)), QStringLiteral("3"));
        QCOMPARE(t.categoryName(t.at(1, 0)), QStringLiteral("2"));
        QCOMPARE(t.at(1, 1), RatingTable::Missing);

        RatingTableBuilder repeated(RatingTableBuilder::UnitGrouping::Contiguous);
        QVERIFY(repeated.add("img2", "bob", "1"));
        QVERIFY(!repeated.add("img2", "bob", "2")); // same run: found at once
        QVERIFY(repeated.add("img1", "bob", "2"));
        QVERIFY(repeated.add("img2", "bob", "3")); // a later run: found when joining
        QVERIFY(!repeated.mergeRepeatedUnits());
    }

    // The CSV reader splits a big file between two threads, usually inside one unit's lines:
    // that unit's runs in the two builders are one run, so it is neither a repeat nor two units,
    // and a coder who rated it on both sides of the split is still a duplicate.
    void appendJoinsAUnitSplitBetweenBuilders()
    {
        using Grouping = RatingTableBuilder::UnitGrouping;
        RatingTableBuilder earlier(Grouping::Contiguous);
        QVERIFY(earlier.add("img1", "ann", "1"));
        QVERIFY(earlier.add("img2", "ann", "2"));
        RatingTableBuilder later(Grouping::Contiguous);
        QVERIFY(later.add("img2", "cid", "3")); // img2 goes on; a coder new to `earlier`
        QVERIFY(later.add("img3", "ann", "1"));
        QVERIFY(later.add("img3", "cid", "2"));
        QVERIFY(earlier.append(std::move(later)));
        QVERIFY(earlier.mergeRepeatedUnits());
        const RatingTable t = earlier.build();
        QCOMPARE(t.unitCount(), 3);
        QCOMPARE(t.coderCount(), 2);
        QCOMPARE(t.unitName(1), QStringLiteral("img2"));
        QCOMPARE(t.categoryName(t.at(1, 0)), QStringLiteral("2"));
        QCOMPARE(t.categoryName(t.at(1, 1)), QStringLiteral("3"));
        QCOMPARE(t.at(0, 1), RatingTable::Missing);
        QCOMPARE(t.categoryName(t.at(2, 1)), QStringLiteral("2"));
        QCOMPARE(t.ratingCount(), 5);

        RatingTableBuilder first(Grouping::Contiguous);
        QVERIFY(first.add("img1", "ann", "1"));
        RatingTableBuilder second(Grouping::Contiguous);
        QVERIFY(second.add("img1", "ann", "2")); // ann rated img1 on both sides
        QVERIFY(!first.append(std::move(second)));
    }

    // Coders are guessed from the order of the previous unit's; a unit that skips coders or
    // lists them in another order must still put every rating in its coder's column.
    void codersInAnyOrder()
    {
        RatingTableBuilder builder(RatingTableBuilder::UnitGrouping::Contiguous);
        for (const char *coder : {"a", "b", "c", "d"})
            QVERIFY(builder.add("u1", coder, "1"));
        QVERIFY(builder.add("u2", "c", "2"));
        QVERIFY(builder.add("u2", "a", "3"));
        QVERIFY(builder.add("u2", "d", "4"));
        QVERIFY(!builder.add("u2", "c", "5")); // c again: a duplicate, whatever the order
        QVERIFY(builder.add("u3", "d", "5"));
        QVERIFY(builder.add("u3", "e", "6")); // a new coder
        QVERIFY(builder.mergeRepeatedUnits());
        const RatingTable t = builder.build();
        QCOMPARE(t.coderCount(), 5);
        QCOMPARE(t.categoryName(t.at(1, 0)), QStringLiteral("3"));
        QCOMPARE(t.at(1, 1), RatingTable::Missing);
        QCOMPARE(t.categoryName(t.at(1, 2)), QStringLiteral("2"));
        QCOMPARE(t.categoryName(t.at(1, 3)), QStringLiteral("4"));
        QCOMPARE(t.categoryName(t.at(2, 3)), QStringLiteral("5"));
        QCOMPARE(t.categoryName(t.at(2, 4)), QStringLiteral("6"));
        QCOMPARE(t.at(0, 4), RatingTable::Missing);
        QCOMPARE(t.ratingCount(), 9);
    }

    void textLabelsSortByCodePoint()
    {
        RatingTableBuilder builder;
        builder.add("u", "a", "normal");
        builder.add("u", "b", "Nodule");
        builder.add("v", "a", "effusion");
        const RatingTable t = builder.build();
        QCOMPARE(t.categoryNames(),
                 (QStringList{QStringLiteral("Nodule"), QStringLiteral("effusion"),
                              QStringLiteral("normal")}));
        QVERIFY(!t.categoriesAreNumeric());
        QCOMPARE(t.categoryValue(0), 1.0); // positions stand in for values
    }

    void selectUnitsAndCoders()
    {
        RatingTable t(3, 2, {QStringLiteral("x"), QStringLiteral("y")});
        t.set(0, 0, 0);
        t.set(1, 1, 1);
        t.set(2, 0, 1);
        t.set(2, 1, 5); // invalid category: rejected by the check, cell unchanged
        QCOMPARE(t.at(2, 1), RatingTable::Missing);
        const RatingTable units = t.selectUnits({2, 2, 0});
        QCOMPARE(units.unitCount(), 3);
        QCOMPARE(units.at(0, 0), 1);
        QCOMPARE(units.at(1, 0), 1);
        QCOMPARE(units.at(2, 0), 0);
        const RatingTable coders = t.selectCoders({1});
        QCOMPARE(coders.coderCount(), 1);
        QCOMPARE(coders.at(1, 0), 1);
        QCOMPARE(coders.coderName(0), QStringLiteral("2"));
    }

    void emptyTable()
    {
        const RatingTable t;
        QVERIFY(t.isEmpty());
        QCOMPARE(t.ratingCount(), 0);
        const RatingTable built = RatingTableBuilder().build();
        QVERIFY(built.isEmpty());
        QCOMPARE(built.categoryCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRatingTable)
#include "tst_ratingtable.moc"
