// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskdelta.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/blobstore.h"
#include "tests/core/brushstrokes.h"
#include "tests/core/projectfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace concord;
using namespace concord::testing;

// Polygons and mask instances go through the same edit path as boxes: edits::* builders,
// Workspace::commit, the journal, and replay on reopening. A mask stroke is journaled as the
// pixels it flipped (inline or in blobs/), and the same flip undoes it.
class TestMaskEdits : public QObject
{
    Q_OBJECT

private:
    const QString item = QStringLiteral("i1");

    static std::unique_ptr<Workspace> makeProject(const QString &dir)
    {
        auto workspace = createOrDie(
            dir, projectWithLabels(QStringLiteral("Masks"), QStringLiteral("Nodule\nEffusion")),
            {Item{QStringLiteral("i1"), QStringLiteral("a.png")}});
        workspace->addAnnotator(
            {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator});
        if (workspace->startSession(QStringLiteral("alice")))
            qFatal("cannot start a session");
        return workspace;
    }

    static MaskAnnotation disc(quint64 id, cv::Point centre, int radius)
    {
        cv::Rect dirty;
        return MaskAnnotation{id, 1, paintDabs({}, {centre}, radius, 1, &dirty), {}};
    }

private Q_SLOTS:
    void flippingTwiceRestoresAndNeverWritesIntoASharedCopy()
    {
        const BinaryMask before = disc(1, {40, 40}, 10).mask;
        cv::Rect dirty;
        const BinaryMask after = paintDabs(before, {{55, 40}, {60, 45}}, 6, 1, &dirty);
        const BinaryMask flips = maskDifference(before, after, dirty);
        QVERIFY(!flips.isEmpty());
        QVERIFY((dirty & flips.bounds) == flips.bounds);

        BinaryMask mask = before; // shares pixel data with `before`
        const BinaryMask untouched{before.bounds, before.pixels.clone()};
        flipPixels(mask, flips);
        QVERIFY(samePixels(mask, after));
        QVERIFY(samePixels(before, untouched)); // the shared original was not written into
        flipPixels(mask, flips);
        QVERIFY(samePixels(mask, before));
        QVERIFY(maskDifference(before, before, dirty).bounds.empty());
    }

    void regionRunsRoundTripAndRejectWrongCounts()
    {
        const BinaryMask mask = disc(1, {100, 70}, 9).mask;
        const cv::Rect region(85, 55, 40, 30);
        const QByteArray runs = encodeRegionRuns(mask, region);
        const Expected<BinaryMask> decoded = decodeRegionRuns(region, runs, QStringLiteral("x"));
        QVERIFY(decoded.ok());
        QVERIFY(samePixels(*decoded, mask));
        // The same runs do not cover a region of another size.
        const Expected<BinaryMask> wrong =
            decodeRegionRuns(cv::Rect(85, 55, 41, 30), runs, QStringLiteral("journal.jsonl"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().toString().contains(QStringLiteral("journal.jsonl")));
    }

    void polygonsAreAddedChangedAndRemovedAndSurviveReopening()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        PolygonAnnotation triangle{7, 1, {{10.5, 10}, {40, 12.25}, {20, 35}}, {}};
        QVERIFY(!workspace->commit(edits::addPolygon(item, triangle).forward));
        QCOMPARE(workspace->myStatus(item), ItemStatus::InProgress);
        PolygonAnnotation moved = *workspace->myWork(item)->findPolygon(7);
        moved.vertices.insert(moved.vertices.begin() + 1, ImagePoint{25, 5}); // insert a vertex
        moved.vertices.back() = {22, 38};                                     // move one
        moved.labelId = 2;
        QVERIFY(!workspace->commit(edits::changePolygon(item, triangle, moved).forward));
        PolygonAnnotation second{8, 2, {{1, 1}, {5, 1}, {5, 5}}, {}};
        QVERIFY(!workspace->commit(edits::addPolygon(item, second).forward));
        const ReversibleEdit removal =
            edits::removePolygon(item, *workspace->myWork(item)->findPolygon(8));
        QVERIFY(!workspace->commit(removal.forward));
        QVERIFY(!workspace->commit(removal.backward)); // undo brings it back
        QVERIFY(workspace->commit(
            edits::removePolygon(item, PolygonAnnotation{99, 1, {}, {}}).forward));

        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        QVERIFY2(workspace->openProblems().empty(), qPrintable(problemsOf(*workspace)));
        const ItemWork *work = workspace->myWork(item);
        QVERIFY(work);
        QCOMPARE(int(work->polygons.size()), 2);
        const PolygonAnnotation *restored = work->findPolygon(7);
        QVERIFY(restored);
        QCOMPARE(restored->vertices, moved.vertices);
        QCOMPARE(restored->labelId, 2);
        QCOMPARE(restored->provenance.annotatorId, QStringLiteral("alice"));
        QVERIFY(work->findPolygon(8));
    }

    void aPolygonWithTooFewVerticesIsRefused()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const MaybeError error = workspace->commit(
            edits::addPolygon(item, PolygonAnnotation{1, 1, {{0, 0}, {5, 5}}, {}}).forward);
        QVERIFY(error);
        QVERIFY(error->message.contains(QStringLiteral("3 vertices")));
        QVERIFY(!workspace->myWork(item));
    }

    void strokesAreJournaledAsDeltasAndUndoneByTheSameDelta()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const MaskAnnotation lesion = disc(11, {300, 200}, 25);
        QVERIFY(!workspace->commit(edits::addMask(item, lesion).forward));
        const MaskAnnotation *model = workspace->myWork(item)->findMask(11);
        QVERIFY(model && samePixels(model->mask, lesion.mask));

        // Brush: grow the lesion to the right. Eraser: cut a notch out of it.
        cv::Rect dirty;
        const BinaryMask grown = paintDabs(model->mask, {{330, 200}, {345, 205}}, 8, 1, &dirty);
        const std::optional<ReversibleEdit> brush = edits::strokeMask(item, *model, grown, dirty);
        QVERIFY(brush);
        QVERIFY(brush->forward.op == ops::MaskStroke);
        QVERIFY(brush->forward.pixelRuns.size() <
                edits::addMask(item, {11, 1, grown, {}}).forward.pixelRuns.size());
        QVERIFY(!workspace->commit(brush->forward));
        QVERIFY(samePixels(workspace->myWork(item)->findMask(11)->mask, grown));

        const MaskAnnotation afterBrush = *workspace->myWork(item)->findMask(11);
        const BinaryMask notched = paintDabs(afterBrush.mask, {{290, 190}}, 6, 0, &dirty);
        const std::optional<ReversibleEdit> eraser =
            edits::strokeMask(item, afterBrush, notched, dirty);
        QVERIFY(eraser);
        QVERIFY(!workspace->commit(eraser->forward));
        QVERIFY(samePixels(workspace->myWork(item)->findMask(11)->mask, notched));
        // A stroke over pixels already painted changes nothing and gives no edit.
        QVERIFY(!edits::strokeMask(item, *workspace->myWork(item)->findMask(11), notched, dirty));

        // Undo the eraser (the same flip again); the undo step holds the runs once.
        QVERIFY(static_cast<const void *>(eraser->backward.pixelRuns.constData()) ==
                static_cast<const void *>(eraser->forward.pixelRuns.constData()));
        QVERIFY(undoMemoryBytes(*eraser) < 2 * eraser->forward.pixelRuns.size() + 200);
        QVERIFY(!workspace->commit(eraser->backward));
        QVERIFY(samePixels(workspace->myWork(item)->findMask(11)->mask, grown));
        QVERIFY(!workspace->commit(eraser->forward)); // redo

        QVERIFY(!sessionJournalText(*workspace).contains("\"blob\"")); // small strokes stay inline
        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        QVERIFY2(workspace->openProblems().empty(), qPrintable(problemsOf(*workspace)));
        const MaskAnnotation *replayed = workspace->myWork(item)->findMask(11);
        QVERIFY(replayed);
        QVERIFY(samePixels(replayed->mask, notched));
        QCOMPARE(replayed->labelId, 1);
        QCOMPARE(replayed->provenance.annotatorId, QStringLiteral("alice"));
    }

    void overlappingInstancesAreKeptApartAndRelabeledAndRemoved()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const MaskAnnotation a = disc(1, {50, 50}, 20);
        MaskAnnotation b = disc(2, {65, 50}, 20);
        b.labelId = 2;
        QVERIFY(!workspace->commit(edits::addMask(item, a).forward));
        QVERIFY(!workspace->commit(edits::addMask(item, b).forward));
        QVERIFY(workspace->commit(edits::addMask(item, b).forward)); // same id twice
        QVERIFY(!workspace->commit(edits::relabelMask(item, a, 2).forward));
        const ReversibleEdit removal =
            edits::removeMask(item, *workspace->myWork(item)->findMask(2));
        QVERIFY(!workspace->commit(removal.forward));
        QVERIFY(!workspace->myWork(item)->findMask(2));
        QVERIFY(!workspace->commit(removal.backward));

        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        const ItemWork *work = workspace->myWork(item);
        QCOMPARE(int(work->masks.size()), 2);
        QCOMPARE(work->findMask(1)->labelId, 2);
        QVERIFY(samePixels(work->findMask(1)->mask, a.mask));
        QVERIFY(samePixels(work->findMask(2)->mask, b.mask));
        QVERIFY(intersectionArea(work->findMask(1)->mask, work->findMask(2)->mask) > 0);
    }

    void largeStrokesGoToBlobsAndADamagedBlobIsReported()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        QVERIFY(!workspace->commit(edits::addMask(item, disc(5, {500, 500}, 10)).forward));
        // A long scribble of small dabs: many runs, more than fits a journal line.
        std::vector<cv::Point> centres;
        for (int i = 0; i < 800; ++i) {
            centres.push_back({100 + 2 * i, 500 + int(120 * std::sin(i * 0.21))});
            centres.push_back({100 + 2 * i, 500 + int(150 * std::cos(i * 0.13))});
        }
        const MaskAnnotation before = *workspace->myWork(item)->findMask(5);
        cv::Rect dirty;
        const BinaryMask after = paintDabs(before.mask, centres, 3, 1, &dirty);
        const std::optional<ReversibleEdit> stroke = edits::strokeMask(item, before, after, dirty);
        QVERIFY(stroke);
        QVERIFY(stroke->forward.pixelRuns.size() > Workspace::InlinePixelRunsLimit);
        QVERIFY(!workspace->commit(stroke->forward));
        const QByteArray journal = sessionJournalText(*workspace);
        QVERIFY(journal.contains("\"blob\""));
        QVERIFY(!journal.contains(stroke->forward.pixelRuns));
        const QStringList blobs = QDir(workspace->folder().blobsDir()).entryList(QDir::Files);
        QCOMPARE(blobs.size(), 1);
        QVERIFY(BlobStore::isBlobName(blobs.front()));

        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        QVERIFY(workspace->openProblems().empty());
        QVERIFY(samePixels(workspace->myWork(item)->findMask(5)->mask, after));

        // Damage the blob: the stroke is reported, naming the blob, and the mask stays as it
        // was before the stroke instead of taking garbage.
        const QString blobPath = workspace->folder().blobsDir() + QLatin1Char('/') + blobs.front();
        workspace.reset();
        QFile blob(blobPath);
        QVERIFY(blob.open(QIODevice::ReadWrite));
        blob.seek(10);
        blob.write("zz");
        blob.close();
        auto damaged = Workspace::open(dir.path());
        QVERIFY(damaged.ok());
        QCOMPARE(int((*damaged)->openProblems().size()), 1);
        QVERIFY((*damaged)->openProblems().front().toString().contains(blobs.front()));
        const ItemWork *work =
            WorkspaceInternals::store(**damaged).itemWork(QStringLiteral("alice"), item);
        QVERIFY(samePixels(work->findMask(5)->mask, before.mask));
    }

    void aPaintedMaskThatDoesNotExistIsRefused()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const MaskAnnotation ghost = disc(3, {20, 20}, 5);
        cv::Rect dirty;
        const BinaryMask after = paintDabs(ghost.mask, {{30, 20}}, 4, 1, &dirty);
        const MaybeError error =
            workspace->commit(edits::strokeMask(item, ghost, after, dirty)->forward);
        QVERIFY(error);
        QVERIFY(error->message.contains(QStringLiteral("does not exist")));
        QVERIFY(!workspace->myWork(item));
    }
};

QTEST_GUILESS_MAIN(TestMaskEdits)
#include "tst_maskedits.moc"
