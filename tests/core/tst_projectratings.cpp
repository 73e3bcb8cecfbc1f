// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectratings.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Rating tables built from a project's journals: units are items, coders annotators, missing
// cells where an annotator did not label, and the selection filters.
class TestProjectRatings : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *Labels = "Finding\n"
                                          "  Opacity\n"
                                          "    Nodule\n"
                                          "    Consolidation\n"
                                          "  Effusion\n"
                                          "Normal\n";

    static std::unique_ptr<Workspace> makeProject(const QString &dir, ClassificationMode mode)
    {
        Project project = Project::create(QStringLiteral("Test"),
                                          Taxonomy::fromIndentedText(QLatin1String(Labels)));
        project.classificationMode = mode;
        auto workspace = Workspace::create(dir, project);
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        for (const char *id : {"alice", "bob", "carol"})
            (*workspace)->addAnnotator({QLatin1String(id), QLatin1String(id), Role::Annotator});
        (*workspace)
            ->addItems({Item{QStringLiteral("i1"), QStringLiteral("1.png")},
                        Item{QStringLiteral("i2"), QStringLiteral("2.png")},
                        Item{QStringLiteral("i3"), QStringLiteral("3.png")},
                        Item{QStringLiteral("i4"), QStringLiteral("4.png")}});
        return std::move(*workspace);
    }

    static int id(const Workspace &w, const char *name)
    {
        return w.project().taxonomy.findByName(QLatin1String(name))->id;
    }

    static void label(Workspace &w, const char *item, std::vector<int> labels)
    {
        QVERIFY(!w.commit(edits::setClassLabels(QLatin1String(item), {}, labels).forward));
    }

    static void done(Workspace &w, const char *item)
    {
        QVERIFY(!w.commit(
            edits::setItemStatus(QLatin1String(item), ItemStatus::InProgress, ItemStatus::Done)
                .forward));
    }

    // alice: i1 Nodule, i2 Effusion, i3 Normal (i1 done); bob: i1 Consolidation, i2 Effusion,
    // i4 Normal; carol labels nothing.
    static std::unique_ptr<Workspace> singleLabelProject(const QString &dir)
    {
        auto w = makeProject(dir, ClassificationMode::SingleLabel);
        w->startSession(QStringLiteral("alice"));
        label(*w, "i1", {id(*w, "Nodule")});
        label(*w, "i2", {id(*w, "Effusion")});
        label(*w, "i3", {id(*w, "Normal")});
        done(*w, "i1");
        w->startSession(QStringLiteral("bob"));
        label(*w, "i1", {id(*w, "Consolidation")});
        label(*w, "i2", {id(*w, "Effusion")});
        label(*w, "i4", {id(*w, "Normal")});
        w->endSession();
        return w;
    }

    static ProjectRatings build(const Workspace &w, const ProjectRatingSelection &s = {})
    {
        return buildProjectRatings(w.project(), w.items(), WorkspaceInternals::store(w), s);
    }

    static QString cell(const RatingTable &t, int unit, int coder)
    {
        const qint32 v = t.at(unit, coder);
        return v == RatingTable::Missing ? QStringLiteral("-") : t.categoryName(v);
    }

private Q_SLOTS:
    void singleLabelTableWithMissingCells()
    {
        QTemporaryDir dir;
        auto w = singleLabelProject(dir.path());
        const ProjectRatings r = build(*w);
        QCOMPARE(r.tables.size(), size_t(1));
        QCOMPARE(r.coders, (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        const RatingTable &t = r.tables.front().table;
        QCOMPARE(r.tables.front().kind, ProjectRatingTable::Kind::Categorical);
        QCOMPARE(t.unitCount(), 4);
        QCOMPARE(t.coderCount(), 2);
        // The whole taxonomy is the scale, in taxonomy order.
        QCOMPARE(t.categoryCount(), 6);
        QCOMPARE(t.categoryName(0), QStringLiteral("Finding"));
        QCOMPARE(t.categoryName(2), QStringLiteral("Finding / Opacity / Nodule"));
        QCOMPARE(t.unitName(0), QStringLiteral("i1"));
        QCOMPARE(cell(t, 0, 0), QStringLiteral("Finding / Opacity / Nodule"));
        QCOMPARE(cell(t, 0, 1), QStringLiteral("Finding / Opacity / Consolidation"));
        QCOMPARE(cell(t, 1, 0), cell(t, 1, 1));
        QCOMPARE(cell(t, 2, 1), QStringLiteral("-")); // bob did not read i3
        QCOMPARE(cell(t, 3, 0), QStringLiteral("-")); // alice did not read i4
        QCOMPARE(t.ratingCount(), qint64(6));
    }

    void taxonomyLevelMapsToAncestors()
    {
        QTemporaryDir dir;
        auto w = singleLabelProject(dir.path());
        ProjectRatingSelection s;
        s.taxonomyDepth = 1;
        const RatingTable t = build(*w, s).tables.front().table;
        QCOMPARE(t.categoryNames(),
                 (QStringList{QStringLiteral("Finding"), QStringLiteral("Finding / Opacity"),
                              QStringLiteral("Finding / Effusion"), QStringLiteral("Normal")}));
        // Nodule and Consolidation agree as Opacity.
        QCOMPARE(cell(t, 0, 0), QStringLiteral("Finding / Opacity"));
        QCOMPARE(cell(t, 0, 1), QStringLiteral("Finding / Opacity"));

        s.taxonomyDepth = 0;
        const RatingTable top = build(*w, s).tables.front().table;
        QCOMPARE(top.categoryNames(),
                 (QStringList{QStringLiteral("Finding"), QStringLiteral("Normal")}));
        QCOMPARE(cell(top, 1, 0), QStringLiteral("Finding"));
    }

    void labelSetKeepsDescendants()
    {
        QTemporaryDir dir;
        auto w = singleLabelProject(dir.path());
        ProjectRatingSelection s;
        s.labelIds = {id(*w, "Opacity")};
        const RatingTable t = build(*w, s).tables.front().table;
        QCOMPARE(t.categoryCount(), 3); // Opacity, Nodule, Consolidation
        QCOMPARE(t.unitCount(), 1);     // only i1 has an Opacity rating
        QCOMPARE(t.ratingCount(), qint64(2));
    }

    void filters()
    {
        QTemporaryDir dir;
        auto w = singleLabelProject(dir.path());
        ProjectRatingSelection s;
        s.doneOnly = true;
        ProjectRatings r = build(*w, s);
        QCOMPARE(r.coders, QStringList{QStringLiteral("alice")});
        QCOMPARE(r.tables.front().table.unitCount(), 1);
        QCOMPARE(r.droppedRatings, qint64(5));

        s = {};
        s.guidelineVersion = 2;
        r = build(*w, s);
        QVERIFY(r.coders.isEmpty());
        QCOMPARE(r.tables.front().table.unitCount(), 0);
        s.guidelineVersion = 1;
        QCOMPARE(build(*w, s).tables.front().table.ratingCount(), qint64(6));

        s = {};
        s.annotatorIds = {QStringLiteral("bob")};
        QCOMPARE(build(*w, s).coders, QStringList{QStringLiteral("bob")});
        s.annotatorIds.clear();
        s.excludedAnnotatorIds = {QStringLiteral("alice")};
        QCOMPARE(build(*w, s).coders, QStringList{QStringLiteral("bob")});

        s = {};
        const QString aliceSession =
            WorkspaceInternals::store(*w).work(QStringLiteral("alice"))->sessions().front().id;
        s.sessionIds = {aliceSession};
        QCOMPARE(build(*w, s).coders, QStringList{QStringLiteral("alice")});

        s = {};
        s.fromMs = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        QCOMPARE(build(*w, s).tables.front().table.ratingCount(), qint64(0));
        s = {};
        s.toMs = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
        QCOMPARE(build(*w, s).tables.front().table.ratingCount(), qint64(6));
    }

    void multiLabelGivesOneBinaryTablePerLabel()
    {
        QTemporaryDir dir;
        auto w = makeProject(dir.path(), ClassificationMode::MultiLabel);
        w->startSession(QStringLiteral("alice"));
        label(*w, "i1", {id(*w, "Nodule"), id(*w, "Effusion")});
        done(*w, "i2"); // done with no labels: explicitly none present
        w->startSession(QStringLiteral("bob"));
        label(*w, "i1", {id(*w, "Consolidation")});
        label(*w, "i2", {id(*w, "Effusion")});
        label(*w, "i3", {id(*w, "Normal")});
        w->endSession();

        ProjectRatingSelection s;
        s.taxonomyDepth = 1;
        const ProjectRatings r = build(*w, s);
        QCOMPARE(r.tables.size(), size_t(4)); // Finding, Opacity, Effusion, Normal
        const ProjectRatingTable &opacity = r.tables[1];
        QCOMPARE(opacity.kind, ProjectRatingTable::Kind::Binary);
        QCOMPARE(opacity.labelId, id(*w, "Opacity"));
        QCOMPARE(opacity.title, QStringLiteral("Finding / Opacity"));
        QCOMPARE(opacity.table.categoryNames(),
                 (QStringList{QStringLiteral("absent"), QStringLiteral("present")}));
        QCOMPARE(opacity.table.unitCount(), 3);
        QCOMPARE(cell(opacity.table, 0, 0), QStringLiteral("present"));
        QCOMPARE(cell(opacity.table, 0, 1), QStringLiteral("present"));
        QCOMPARE(cell(opacity.table, 1, 0), QStringLiteral("absent"));
        QCOMPARE(cell(opacity.table, 2, 0), QStringLiteral("-")); // alice never saw i3
        const ProjectRatingTable &effusion = r.tables[2];
        QCOMPARE(cell(effusion.table, 0, 0), QStringLiteral("present"));
        QCOMPARE(cell(effusion.table, 0, 1), QStringLiteral("absent"));
        QCOMPARE(cell(effusion.table, 1, 1), QStringLiteral("present"));

        // "Done, none of these" has no label provenance, so a guideline filter leaves it out.
        s.guidelineVersion = 1;
        const ProjectRatings v1 = build(*w, s);
        QCOMPARE(v1.droppedRatings, qint64(1));
        QCOMPARE(cell(v1.tables[1].table, 1, 0), QStringLiteral("-"));
        QCOMPARE(cell(v1.tables[1].table, 1, 1), QStringLiteral("absent"));

        const RatingTable pooled = pooledRatingTable(r.tables);
        QCOMPARE(pooled.unitCount(), 12);
        QCOMPARE(pooled.coderCount(), 2);
        QCOMPARE(pooled.ratingCount(), qint64(4 * 5));
    }

    void degenerateProjects()
    {
        QTemporaryDir dir;
        auto w = makeProject(dir.path(), ClassificationMode::SingleLabel);
        const ProjectRatings none = build(*w);
        QVERIFY(none.coders.isEmpty());
        QCOMPARE(none.tables.size(), size_t(1));
        QVERIFY(none.tables.front().table.isEmpty());
        QVERIFY(pooledRatingTable({}).isEmpty());

        // No labels in the taxonomy of a multi-label project: no tables at all.
        Project bare = Project::create(QStringLiteral("Bare"), Taxonomy());
        ItemList items;
        items.add(Item{QStringLiteral("i1"), QStringLiteral("1.png")});
        QVERIFY(buildProjectRatings(bare, items, AnnotationStore(), {}).tables.empty());
    }
};

QTEST_GUILESS_MAIN(TestProjectRatings)
#include "tst_projectratings.moc"
