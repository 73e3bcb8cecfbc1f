// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/quality/goldscores.h"
#include "core/quality/qcreport.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Gold scores for boxes and masks (docs/quality.md, "Gold items"): a gold item's reference
// shapes are its reference author's own boxes, polygons and masks; each reader gets the mean
// box F1 (same label, IoU >= 0.5), the pooled IoU of matched boxes and the mean Dice of their
// pixels, and is flagged on the lowest of their label, box and mask scores.
//
// Shapes are scored only on gold items whose reference has that kind of shape: a reference
// given as a label answer alone says nothing about where the findings are.
//
// Item g (100 x 100), lea's reference: box A (0,0,10,10), box B (50,50,20,20), polygon A over
// the square (20,20)-(40,40).
//   ann: both boxes exactly, the polygon exactly          -> F1 1, IoU 1, Dice 1
//   ben: box A moved 1 px right only; the polygon moved 10 px right
//        -> F1 2*1/(1+2) = 2/3, IoU 90/110, Dice 2*200/(400+400) = 1/2
class TestGoldShapeScores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    quint64 m_nextId = 1;

    BoxAnnotation box(int label, double x, double y, double w, double h)
    {
        return BoxAnnotation{m_nextId++, label, {x, y, w, h}, {}, {}};
    }
    PolygonAnnotation square(int label, double x, double y, double side)
    {
        return PolygonAnnotation{m_nextId++,
                                 label,
                                 {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}},
                                 {},
                                 {}};
    }

    void draw(const QString &who, const std::vector<BoxAnnotation> &boxes,
              const std::vector<PolygonAnnotation> &polygons, bool submit,
              const QString &item = QStringLiteral("g"))
    {
        QVERIFY(!m_workspace->startSession(who));
        for (const BoxAnnotation &b : boxes)
            QVERIFY(!m_workspace->commit(edits::addBox(item, b).forward));
        for (const PolygonAnnotation &p : polygons)
            QVERIFY(!m_workspace->commit(edits::addPolygon(item, p).forward));
        if (submit)
            QVERIFY(!m_workspace->commit(
                edits::setItemStatus(item, ItemStatus::New, ItemStatus::Done).forward));
        else
            QVERIFY(!m_workspace->recordReferenceLabel(item, {}));
        QVERIFY(!m_workspace->endSession());
    }

    GoldScores scores(double threshold = 0.7)
    {
        QualityPolicy policy;
        policy.readerScoreThreshold = threshold;
        return scoreReadersOnGold(m_workspace->project(), m_workspace->items(),
                                  WorkspaceInternals::store(*m_workspace), policy);
    }

    static int indexOf(const GoldScores &s, const QString &reader)
    {
        for (size_t i = 0; i < s.score.comparison.readers.size(); ++i) {
            if (s.score.comparison.readers[i].coderName == reader)
                return int(i);
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = createProject(
            m_dir.path(), projectWithLabels(QStringLiteral("G"), QStringLiteral("A\nB")),
            {{QStringLiteral("lea"), QStringLiteral("Lea"), Role::Lead},
             {QStringLiteral("ann"), QStringLiteral("Ann")},
             {QStringLiteral("ben"), QStringLiteral("Ben")}},
            {Item{QStringLiteral("g"), QStringLiteral("g.png"), {}, 100, 100},
             Item{QStringLiteral("h"), QStringLiteral("h.png"), {}, 100, 100}});
        QVERIFY(m_workspace);
        draw(QStringLiteral("lea"), {box(1, 0, 0, 10, 10), box(2, 50, 50, 20, 20)},
             {square(1, 20, 20, 20)}, false);
        draw(QStringLiteral("ann"), {box(1, 0, 0, 10, 10), box(2, 50, 50, 20, 20)},
             {square(1, 20, 20, 20)}, true);
        draw(QStringLiteral("ben"), {box(1, 1, 0, 10, 10)}, {square(1, 30, 20, 20)}, true);
        // Item h's reference is a label answer only (no image label, no shapes): it says nothing
        // about where findings are, so ann's shapes there are not scored.
        draw(QStringLiteral("lea"), {}, {}, false, QStringLiteral("h"));
        draw(QStringLiteral("ann"), {box(1, 5, 5, 10, 10)}, {square(1, 60, 60, 10)}, true,
             QStringLiteral("h"));
    }

    void readersAreScoredAgainstTheReferenceShapes()
    {
        const GoldScores s = scores();
        QCOMPARE(s.score.items, 2);
        QCOMPARE(s.shapes.size(), s.score.comparison.readers.size());
        QCOMPARE(indexOf(s, QStringLiteral("lea")), -1); // who set the reference is not scored
        const GoldShapeScore &ann = s.shapes[size_t(indexOf(s, QStringLiteral("ann")))];
        QCOMPARE(ann.boxItems, 1);
        QCOMPARE(*ann.boxF1, 1.0);
        QCOMPARE(*ann.boxIoU, 1.0);
        QCOMPARE(ann.maskItems, 1);
        QCOMPARE(*ann.maskOverlap, 1.0);
        const GoldShapeScore &ben = s.shapes[size_t(indexOf(s, QStringLiteral("ben")))];
        QCOMPARE(*ben.boxF1, 2.0 / 3.0);
        QCOMPARE(*ben.boxIoU, 90.0 / 110.0);
        QCOMPARE(*ben.maskOverlap, 0.5);
    }

    // Both gave no image label, as the reference did: labels alone would pass ben.
    void flaggingTakesTheLowestKind()
    {
        const GoldScores s = scores(0.7);
        const GoldReaderResult &benLabels =
            s.score.comparison.readers[size_t(indexOf(s, QStringLiteral("ben")))];
        QCOMPARE(*benLabels.accuracy, 1.0);
        QCOMPARE(s.flagged, QStringList{QStringLiteral("ben")});
        QCOMPARE(*goldScoreValue(benLabels, s.shapes[size_t(indexOf(s, QStringLiteral("ben")))]),
                 0.5);
        QVERIFY(scores(0.4).flagged.isEmpty());
    }

    // Gold items are accepted by their reference but are not what QC samples from.
    void goldItemsAreNotInQcsPopulation()
    {
        QualityPolicy everything;
        everything.qcRate = 1.0;
        const QcReport report = buildQcReport(m_workspace->project(), m_workspace->items(),
                                              WorkspaceInternals::store(*m_workspace), everything);
        QCOMPARE(report.accepted, qint64(0));
        QCOMPARE(report.drawn, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestGoldShapeScores)
#include "tst_goldshapescores.moc"
