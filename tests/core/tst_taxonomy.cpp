// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taxonomy.h"

#include <QTest>

using namespace concord;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moveReparentsAndReordersWithSubtree()
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(
            QStringLiteral("Finding\n  Opacity\n    Nodule\n  Pneumothorax\nDevice\n  Tube\n"));
        const int opacity = taxonomy.findByName(QStringLiteral("Opacity"))->id;
        const int device = taxonomy.findByName(QStringLiteral("Device"))->id;
        const int tube = taxonomy.findByName(QStringLiteral("Tube"))->id;
        const int finding = taxonomy.findByName(QStringLiteral("Finding"))->id;

        // Opacity with its Nodule moves under Device, before Tube.
        QVERIFY(taxonomy.move(opacity, device, tube));
        QCOMPARE(
            taxonomy.toIndentedText(),
            QStringLiteral("Finding\n  Pneumothorax\nDevice\n  Opacity\n    Nodule\n  Tube\n"));
        // Back to the top level, last.
        QVERIFY(taxonomy.move(opacity, 0));
        QCOMPARE(taxonomy.toIndentedText(),
                 QStringLiteral("Finding\n  Pneumothorax\nDevice\n  Tube\nOpacity\n  Nodule\n"));
        // Reorder at the top level.
        QVERIFY(taxonomy.move(opacity, 0, finding));
        QCOMPARE(taxonomy.labels().front().id, opacity);

        // A label cannot go inside itself; nothing changes.
        const Taxonomy before = taxonomy;
        const int nodule = taxonomy.findByName(QStringLiteral("Nodule"))->id;
        QVERIFY(!taxonomy.move(opacity, nodule));
        QVERIFY(!taxonomy.move(opacity, 999));
        QVERIFY(!taxonomy.move(opacity, device, finding)); // Finding is not a child of Device
        QCOMPARE(taxonomy, before);
    }

    void updateKeepsPlaceAndRemoveTakesSubtree()
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("A\n  B\n    C\nD\n"));
        Label b = *taxonomy.findByName(QStringLiteral("B"));
        b.name = QStringLiteral("B2");
        b.parentId = 0; // ignored: only move() changes the tree
        b.attributes.push_back(
            {QStringLiteral("severity"),
             AttributeScale::Ordinal,
             {QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")}});
        QVERIFY(taxonomy.update(b));
        QCOMPARE(taxonomy.pathOf(b.id), QStringLiteral("A / B2"));
        QCOMPARE(taxonomy.find(b.id)->attributes.size(), size_t(1));
        const int next = taxonomy.nextId();
        taxonomy.remove(b.id);
        QCOMPARE(taxonomy.toIndentedText(), QStringLiteral("A\nD\n"));
        QCOMPARE(taxonomy.nextId(), next); // ids are never reused
    }

    void leafOnlyMakesCategoriesUnassignable()
    {
        Taxonomy taxonomy =
            Taxonomy::fromIndentedText(QStringLiteral("Opacity\n  Nodule\nNormal\n"));
        const int opacity = taxonomy.findByName(QStringLiteral("Opacity"))->id;
        const int nodule = taxonomy.findByName(QStringLiteral("Nodule"))->id;
        QVERIFY(taxonomy.isAssignable(opacity));
        taxonomy.setLeafLabelsOnly(true);
        QVERIFY(!taxonomy.isAssignable(opacity));
        QVERIFY(taxonomy.isAssignable(nodule));
        QVERIFY(taxonomy.isAssignable(taxonomy.findByName(QStringLiteral("Normal"))->id));
        QVERIFY(!taxonomy.isAssignable(999));
    }

    void indentedTextBuildsHierarchy()
    {
        const Taxonomy taxonomy = Taxonomy::fromIndentedText(
            QStringLiteral("Finding\n  Opacity\n    Nodule\n    Consolidation\n  Pneumothorax\n"
                           "# a comment\n\nDevice\n\tTube\n"));
        QCOMPARE(int(taxonomy.labels().size()), 7);
        const Label *nodule = taxonomy.findByName(QStringLiteral("nodule"));
        QVERIFY(nodule);
        QCOMPARE(taxonomy.pathOf(nodule->id), QStringLiteral("Finding / Opacity / Nodule"));
        QCOMPARE(taxonomy.depthOf(nodule->id), 2);
        const Label *opacity = taxonomy.findByName(QStringLiteral("Opacity"));
        QCOMPARE(taxonomy.ancestorAtDepth(nodule->id, 1), opacity->id);
        QCOMPARE(taxonomy.ancestorAtDepth(opacity->id, 2), opacity->id);
        const Label *tube = taxonomy.findByName(QStringLiteral("Tube"));
        QCOMPARE(taxonomy.find(tube->parentId)->name, QStringLiteral("Device"));
        // Hotkeys go to the first nine labels in order.
        QCOMPARE(taxonomy.findByHotkey(QStringLiteral("3"))->name, QStringLiteral("Nodule"));
        QCOMPARE(taxonomy.toIndentedText(),
                 QStringLiteral("Finding\n  Opacity\n    Nodule\n    Consolidation\n"
                                "  Pneumothorax\nDevice\n  Tube\n"));
    }

    void tooDeepIndentIsReportedAndRepaired()
    {
        QString error;
        const Taxonomy taxonomy =
            Taxonomy::fromIndentedText(QStringLiteral("A\n      B\n"), &error);
        QVERIFY(error.contains(QStringLiteral("Line 2")));
        QCOMPARE(taxonomy.depthOf(taxonomy.findByName(QStringLiteral("B"))->id), 1);
    }

    void idsAreNeverReused()
    {
        Taxonomy taxonomy;
        const int a = taxonomy.add({0, QStringLiteral("A")});
        const int b = taxonomy.add({0, QStringLiteral("B")});
        QVERIFY(a != b);
        const int child = taxonomy.add({0, QStringLiteral("A1"), {}, {}, {}, a});
        // Depth-first order: the child sits right after its parent.
        QCOMPARE(taxonomy.labels()[1].id, child);
        QVERIFY(taxonomy.nextId() > child);
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
