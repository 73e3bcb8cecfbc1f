// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/taxonomy.h"

#include <QTest>

using namespace concord;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indentedTextBuildsHierarchy()
    {
        const Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral(
            "Finding\n  Opacity\n    Nodule\n    Consolidation\n  Pneumothorax\n"
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
