// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "core/storage/journalevent.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Rulers are saved length measurements (core/model/rulerannotation.h): added, moved, relabeled
// and removed through the same edit path as the shapes (edits::*, Workspace::commit, the
// journal's ruler.* lines, replay on reopening), with undo as the inverse edit. They are the
// reader's work but no finding: they make an item in progress, and labelIdsUsed() passes them
// by while the taxonomy's "used labels" count them (docs/storage.md, docs/viewer.md "Ruler").
class TestRulers : public QObject
{
    Q_OBJECT

private:
    const QString item = QStringLiteral("i1");

    static std::unique_ptr<Workspace>
    makeProject(const QString &dir, const QString &labels = QStringLiteral("Nodule\nEffusion"))
    {
        auto workspace = createOrDie(dir, projectWithLabels(QStringLiteral("Rulers"), labels),
                                     {Item{QStringLiteral("i1"), QStringLiteral("a.png")}});
        workspace->addAnnotator(
            {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator});
        if (workspace->startSession(QStringLiteral("alice")))
            qFatal("cannot start a session");
        return workspace;
    }

    static QStringList journalOps(const Workspace &workspace)
    {
        QStringList ops;
        for (const QByteArray &line : sessionJournalText(workspace).trimmed().split('\n'))
            ops << QString::fromStdString(
                Json::parse(line.toStdString()).at("op").get<std::string>());
        return ops;
    }

private Q_SLOTS:
    void rulersAreAddedChangedRemovedUndoneAndSurviveReopening()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const RulerAnnotation ruler{7, 1, {10.5, 10}, {40, 12.25}, {}};
        QVERIFY(!workspace->commit(edits::addRuler(item, ruler).forward));
        // Saved work, so the item is in progress; but no finding, so no label is "used".
        QCOMPARE(workspace->myStatus(item), ItemStatus::InProgress);
        QVERIFY(workspace->myWork(item)->isEmpty());
        QVERIFY(labelIdsUsed(*workspace->myWork(item)).empty());
        const qint64 created = workspace->myWork(item)->findRuler(7)->provenance.createdMs;

        RulerAnnotation moved = *workspace->myWork(item)->findRuler(7);
        moved.end = {44, 30.5};
        moved.labelId = 2;
        QVERIFY(!workspace->commit(edits::changeRuler(item, ruler, moved).forward));
        const RulerAnnotation second{8, 1, {1, 1}, {5, 4}, {}};
        QVERIFY(!workspace->commit(edits::addRuler(item, second).forward));
        const ReversibleEdit removal =
            edits::removeRuler(item, *workspace->myWork(item)->findRuler(7));
        QVERIFY(!workspace->commit(removal.forward));
        QVERIFY(!workspace->myWork(item)->findRuler(7));
        QVERIFY(!workspace->commit(removal.backward)); // undo brings it back
        QVERIFY(workspace->commit(
            edits::removeRuler(item, RulerAnnotation{99, 1, {}, {}, {}}).forward));
        QCOMPARE(journalOps(*workspace),
                 (QStringList{QStringLiteral("session.start"), QStringLiteral("ruler.add"),
                              QStringLiteral("ruler.change"), QStringLiteral("ruler.add"),
                              QStringLiteral("ruler.remove"), QStringLiteral("ruler.add")}));

        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        QVERIFY2(workspace->openProblems().empty(), qPrintable(problemsOf(*workspace)));
        const ItemWork *work = workspace->myWork(item);
        QVERIFY(work);
        QCOMPARE(int(work->rulers.size()), 2);
        const RulerAnnotation *restored = work->findRuler(7);
        QVERIFY(restored);
        QCOMPARE(restored->start, moved.start);
        QCOMPARE(restored->end, moved.end);
        QCOMPARE(restored->labelId, 2);
        QCOMPARE(restored->provenance.annotatorId, QStringLiteral("alice"));
        QCOMPARE(restored->provenance.createdMs, created); // undo kept its creation time
        QCOMPARE(work->findRuler(8)->end, (ImagePoint{5, 4}));
        QCOMPARE(workspace->myStatus(item), ItemStatus::InProgress);
        QVERIFY(workspace->visibility().usedLabelIds().contains(2));
    }

    void rulersOutsideTheRulesAreRefused()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        // A label the taxonomy does not have.
        MaybeError error = workspace->commit(
            edits::addRuler(item, RulerAnnotation{1, 42, {0, 0}, {5, 5}, {}}).forward);
        QVERIFY(error);
        QVERIFY2(error->message.contains(QStringLiteral("not in the taxonomy")),
                 qPrintable(error->message));
        QVERIFY(!workspace->myWork(item));
        // Damaged payloads: three numbers, an end far beyond any image.
        error = workspace->commit(
            Edit{item, ops::RulerAdd, Json{{"id", 2}, {"label", 1}, {"points", {0, 0, 5}}}});
        QVERIFY(error);
        QVERIFY(error->message.contains(QStringLiteral("two ends")));
        error = workspace->commit(
            Edit{item, ops::RulerAdd, Json{{"id", 3}, {"label", 1}, {"points", {0, 0, 5, 1e12}}}});
        QVERIFY(error);
        QVERIFY(error->message.contains(QStringLiteral("finite")));
        QVERIFY(!workspace->myWork(item));
        // Relabeling to an unknown label is refused; the ruler keeps its label.
        const RulerAnnotation ruler{4, 1, {0, 0}, {5, 5}, {}};
        QVERIFY(!workspace->commit(edits::addRuler(item, ruler).forward));
        RulerAnnotation relabeled = ruler;
        relabeled.labelId = 42;
        QVERIFY(workspace->commit(edits::changeRuler(item, ruler, relabeled).forward));
        QCOMPARE(workspace->myWork(item)->findRuler(4)->labelId, 1);
    }

    void aCategoryIsNoRulerLabelWithLeafLabelsOnly()
    {
        QTemporaryDir dir;
        Project project =
            projectWithLabels(QStringLiteral("Rulers"), QStringLiteral("Lung\n  Nodule"));
        project.taxonomy.setLeafLabelsOnly(true);
        auto workspace = createOrDie(dir.path(), project, {Item{item, QStringLiteral("a.png")}});
        workspace->addAnnotator(
            {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator});
        QVERIFY(!workspace->startSession(QStringLiteral("alice")));
        const int lung = workspace->project().taxonomy.findByName(QStringLiteral("Lung"))->id;
        const int nodule = workspace->project().taxonomy.findByName(QStringLiteral("Nodule"))->id;
        QVERIFY(workspace->commit(
            edits::addRuler(item, RulerAnnotation{1, lung, {0, 0}, {5, 5}, {}}).forward));
        QVERIFY(!workspace->commit(
            edits::addRuler(item, RulerAnnotation{2, nodule, {0, 0}, {5, 5}, {}}).forward));
    }
};

QTEST_GUILESS_MAIN(TestRulers)
#include "tst_rulers.moc"
