// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/annotatorwork.h"
#include "core/project/boxagreement.h"

#include <QTest>

using namespace concord;

// Box agreement between readers, pooled over the items both read, on boxes whose overlaps are
// worked out by hand.
class TestBoxAgreement : public QObject
{
    Q_OBJECT

private:
    Project m_project = Project::create(
        QStringLiteral("Boxes"),
        Taxonomy::fromIndentedText(QStringLiteral("Finding\n  Nodule\n  Effusion\nDevice\n")));
    ItemList m_items;
    AnnotationStore m_store;
    quint64 m_nextId = 1;

    int label(const char *name) const
    {
        return m_project.taxonomy.findByName(QLatin1String(name))->id;
    }

    void apply(const QString &reader, const QString &item, const char *op, Json data,
               int version = 1)
    {
        JournalEvent e;
        e.annotatorId = reader;
        e.sessionId = reader + QStringLiteral("-s%1").arg(version);
        e.itemId = item;
        e.guidelineVersion = version;
        e.timeMs = 1763000000000;
        e.op = op;
        e.data = std::move(data);
        const QString problem = m_store.apply(e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void box(const QString &reader, const QString &item, const char *labelName, double x, double y,
             double w, double h, int version = 1)
    {
        BoxAnnotation b;
        b.id = m_nextId++;
        b.labelId = label(labelName);
        b.rect = {x, y, w, h};
        apply(reader, item, ops::BoxAdd, boxToJson(b), version);
    }

    void done(const QString &reader, const QString &item)
    {
        apply(reader, item, ops::ItemStatusSet, Json{{"status", "done"}});
    }

private Q_SLOTS:
    void init()
    {
        m_items = ItemList();
        for (int i = 1; i <= 3; ++i)
            m_items.add(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
        m_store = AnnotationStore();
        const QString a = QStringLiteral("a"), b = QStringLiteral("b");
        const QString i1 = QStringLiteral("i1"), i2 = QStringLiteral("i2"),
                      i3 = QStringLiteral("i3");
        // i1: one true match (IoU 90/110), one box each that the other missed.
        box(a, i1, "Nodule", 0, 0, 10, 10);
        box(a, i1, "Effusion", 50, 50, 10, 10);
        box(b, i1, "Nodule", 1, 0, 10, 10);
        box(b, i1, "Device", 100, 100, 5, 5);
        // i2: a found nothing (done, no box), b marked one: a false positive of b.
        done(a, i2);
        box(b, i2, "Effusion", 20, 20, 8, 8);
        // i3: only a read it, so it is not compared.
        box(a, i3, "Nodule", 5, 5, 5, 5);
    }

    void pooledOverItemsBothRead()
    {
        const auto pairs = pairwiseBoxAgreement(m_project, m_items, m_store, {});
        QCOMPARE(pairs.size(), size_t(1));
        const ReaderPairBoxAgreement &p = pairs.front();
        QCOMPARE(p.readerA, QStringLiteral("a"));
        QCOMPARE(p.readerB, QStringLiteral("b"));
        QCOMPARE(p.items, 2);
        QCOMPARE(p.boxesA, 2);
        QCOMPARE(p.boxesB, 3);
        QCOMPARE(p.matched, 1);
        QCOMPARE(*p.precision, 1.0 / 3.0);
        QCOMPARE(*p.recall, 1.0 / 2.0);
        QCOMPARE(*p.f1, 2.0 / 5.0);
        QVERIFY(qAbs(*p.meanIoU - 90.0 / 110.0) < 1e-12);
        QCOMPARE(*p.labelAgreement, 1.0);
    }

    void labelsAgreeAtAParentLevel()
    {
        // b relabels its match as Effusion: they disagree on the kind, not on "Finding".
        box(QStringLiteral("b"), QStringLiteral("i1"), "Effusion", 0, 0, 10, 10);
        ProjectRatingSelection leaves;
        leaves.annotatorIds = {QStringLiteral("a"), QStringLiteral("b")};
        auto pairs = pairwiseBoxAgreement(m_project, m_items, m_store, leaves);
        // The optimal matching pairs a's Nodule with b's exact Effusion box (IoU 1 beats 0.82).
        QCOMPARE(pairs.front().matched, 1);
        QCOMPARE(*pairs.front().meanIoU, 1.0);
        QCOMPARE(*pairs.front().labelAgreement, 0.0);
        ProjectRatingSelection topLevel = leaves;
        topLevel.taxonomyDepth = 0;
        pairs = pairwiseBoxAgreement(m_project, m_items, m_store, topLevel);
        QCOMPARE(*pairs.front().labelAgreement, 1.0);
    }

    void selectionFiltersBoxes()
    {
        ProjectRatingSelection nodules;
        nodules.labelIds = {label("Nodule")};
        const auto pairs = pairwiseBoxAgreement(m_project, m_items, m_store, nodules);
        QCOMPARE(pairs.size(), size_t(1));
        // Only i1 is compared: on i2, b's only box is an Effusion and b never marked it done,
        // so b gave no nodule reading there.
        QCOMPARE(pairs.front().items, 1);
        QCOMPARE(pairs.front().boxesA, 1);
        QCOMPARE(pairs.front().boxesB, 1);
        QCOMPARE(*pairs.front().f1, 1.0);
    }

    void undefinedRatiosAreEmpty()
    {
        ProjectRatingSelection version2;
        version2.guidelineVersion = 2; // nobody drew under version 2
        QVERIFY(pairwiseBoxAgreement(m_project, m_items, m_store, version2).empty());
        // One reader with boxes: no pair.
        ProjectRatingSelection onlyA;
        onlyA.annotatorIds = {QStringLiteral("a")};
        QVERIFY(pairwiseBoxAgreement(m_project, m_items, m_store, onlyA).empty());
    }
};

QTEST_GUILESS_MAIN(TestBoxAgreement)
#include "tst_boxagreement.moc"
