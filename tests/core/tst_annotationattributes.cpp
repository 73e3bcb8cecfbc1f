// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/cocoexporter.h"
#include "core/model/labelattributes.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/journalwriter.h"
#include "tests/core/attributefixtures.h"
#include "tests/core/brushstrokes.h"
#include "tests/core/projectfixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Attribute values (severity of a nodule, laterality of a finding) recorded on boxes,
// polygons, masks and image labels: journaled as attribute.set, replayed, undone by their
// inverse, checked against the taxonomy on commit, dropped on relabel, exported to COCO.
class TestAnnotationAttributes : public QObject
{
    Q_OBJECT

private:
    const QString item = QStringLiteral("i1");
    int finding = 0, nodule = 0, normal = 0;

    std::unique_ptr<Workspace> makeProject(const QString &dir)
    {
        Taxonomy taxonomy = Taxonomy::fromIndentedText(QStringLiteral("Finding\n  Nodule\nNormal"));
        finding = declareAttributes(taxonomy, QStringLiteral("Finding"), {lateralityAttribute()});
        nodule = declareAttributes(taxonomy, QStringLiteral("Nodule"), {severityAttribute()});
        normal = taxonomy.findByName(QStringLiteral("Normal"))->id;
        Item image{item, QStringLiteral("a.png")};
        image.width = 200;
        image.height = 100;
        auto workspace =
            createOrDie(dir, Project::create(QStringLiteral("Test"), taxonomy), {image});
        workspace->addAnnotator(
            {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator});
        workspace->startSession(QStringLiteral("alice"));
        return workspace;
    }

    // A nodule's box, with its severity when one is given.
    BoxAnnotation noduleBox(quint64 id, const QString &severity = {}) const
    {
        BoxAnnotation box;
        box.id = id;
        box.labelId = nodule;
        box.rect = {10, 10, 20, 20};
        if (!severity.isEmpty())
            box.attributes.insert(QStringLiteral("severity"), severity);
        return box;
    }

    // Writes a session journal of alice's as an older Concord did, through the real writer so
    // the hash chain is intact: the session starts, box 7 (a nodule) is added, then `lines` follow
    // (op and data, on item i1). Returns its path, or an empty string when it could not be
    // written.
    QString writeOldSession(const QString &root, const QString &sessionId,
                            const std::vector<std::pair<const char *, Json>> &lines) const
    {
        const QString path =
            ProjectFolder(root).sessionJournalFile(QStringLiteral("alice"), sessionId);
        auto writer = JournalWriter::create(path);
        if (!writer)
            return {};
        std::vector<std::pair<const char *, Json>> session = {
            {ops::SessionStart, Json{{"mode", "labeling"}}},
            {ops::BoxAdd,
             Json{{"id", 7}, {"label", nodule}, {"x", 1}, {"y", 2}, {"w", 3}, {"h", 4}}}};
        session.insert(session.end(), lines.begin(), lines.end());
        for (const auto &[op, data] : session) {
            JournalEvent event;
            event.timeMs = 1767225600000;
            event.annotatorId = QStringLiteral("alice");
            event.sessionId = sessionId;
            event.itemId = std::string(op) == ops::SessionStart ? QString() : item;
            event.op = op;
            event.data = data;
            if ((*writer)->append(event))
                return {};
        }
        return path;
    }

    static int lineCount(const Workspace &workspace)
    {
        return int(sessionJournalText(workspace).count('\n'));
    }

private Q_SLOTS:
    void valuesOnEveryKindSurviveReplay()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        QVERIFY(!workspace->commit(edits::addBox(item, noduleBox(1)).forward));
        const PolygonAnnotation polygon{2, nodule, {{0, 0}, {10, 0}, {10, 10}}, {}, {}};
        QVERIFY(!workspace->commit(edits::addPolygon(item, polygon).forward));
        cv::Rect dirty;
        const MaskAnnotation mask{3, nodule, paintDabs({}, {{50, 50}}, 5, 1, &dirty), {}, {}};
        QVERIFY(!workspace->commit(edits::addMask(item, mask).forward));
        QVERIFY(!workspace->commit(edits::setClassLabels(item, {}, {finding}).forward));
        const QString severity = QStringLiteral("severity");
        QVERIFY(!workspace->commit(
            edits::setAnnotationAttribute(item, 1, severity, {}, QStringLiteral("moderate"))
                .forward));
        QVERIFY(!workspace->commit(
            edits::setAnnotationAttribute(item, 2, severity, {}, QStringLiteral("mild")).forward));
        QVERIFY(!workspace->commit(
            edits::setAnnotationAttribute(item, 3, severity, {}, QStringLiteral("severe"))
                .forward));
        QVERIFY(!workspace->commit(edits::setImageLabelAttribute(item, finding,
                                                                 QStringLiteral("laterality"), {},
                                                                 QStringLiteral("left"))
                                       .forward));

        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        QVERIFY2(workspace->openProblems().empty(), qPrintable(problemsOf(*workspace)));
        const ItemWork *work = workspace->myWork(item);
        QCOMPARE(work->findBox(1)->attributes.value(severity), QStringLiteral("moderate"));
        QCOMPARE(work->findPolygon(2)->attributes.value(severity), QStringLiteral("mild"));
        QCOMPARE(work->findMask(3)->attributes.value(severity), QStringLiteral("severe"));
        QCOMPARE(work->classLabels.attributes.value(finding).value(QStringLiteral("laterality")),
                 QStringLiteral("left"));
        QCOMPARE(work->findBox(1)->provenance.annotatorId, QStringLiteral("alice"));
    }

    void undoIsTheInverseEvent()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const QString severity = QStringLiteral("severity");
        QVERIFY(!workspace->commit(edits::addBox(item, noduleBox(1)).forward));
        QVERIFY(!workspace->commit(
            edits::setAnnotationAttribute(item, 1, severity, {}, QStringLiteral("mild")).forward));
        const ReversibleEdit change = edits::setAnnotationAttribute(
            item, 1, severity, QStringLiteral("mild"), QStringLiteral("severe"));
        QVERIFY(!workspace->commit(change.forward));
        QVERIFY(!workspace->commit(change.backward));
        QCOMPARE(workspace->myWork(item)->findBox(1)->attributes.value(severity),
                 QStringLiteral("mild"));
        // Clearing is a null value; its undo sets it again.
        const ReversibleEdit clear =
            edits::setAnnotationAttribute(item, 1, severity, QStringLiteral("mild"), {});
        QVERIFY(clear.forward.data.at("value").is_null());
        QVERIFY(!workspace->commit(clear.forward));
        QVERIFY(workspace->myWork(item)->findBox(1)->attributes.isEmpty());
        QVERIFY(!workspace->commit(clear.backward));

        // Undoing the removal of a box brings its values back with it.
        const ReversibleEdit removal = edits::removeBox(item, *workspace->myWork(item)->findBox(1));
        QVERIFY(!workspace->commit(removal.forward));
        QVERIFY(!workspace->commit(removal.backward));
        QCOMPARE(workspace->myWork(item)->findBox(1)->attributes.value(severity),
                 QStringLiteral("mild"));

        // Unticking an image label drops its values; undo restores both.
        QVERIFY(!workspace->commit(edits::setClassLabels(item, {}, {finding}).forward));
        QVERIFY(!workspace->commit(edits::setImageLabelAttribute(item, finding,
                                                                 QStringLiteral("laterality"), {},
                                                                 QStringLiteral("right"))
                                       .forward));
        const ReversibleEdit untick =
            edits::changeClassLabels(item, workspace->myWork(item)->classLabels, {});
        QVERIFY(!workspace->commit(untick.forward));
        QVERIFY(workspace->myWork(item)->classLabels.attributes.isEmpty());
        QVERIFY(!workspace->commit(untick.backward));

        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        QVERIFY2(workspace->openProblems().empty(), qPrintable(problemsOf(*workspace)));
        const ItemWork *work = workspace->myWork(item);
        QCOMPARE(work->findBox(1)->attributes.value(severity), QStringLiteral("mild"));
        QCOMPARE(work->classLabels.attributes.value(finding).value(QStringLiteral("laterality")),
                 QStringLiteral("right"));
    }

    void commitRefusesValuesTheLabelDoesNotDeclare()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        QVERIFY(!workspace->commit(edits::addBox(item, noduleBox(1)).forward));
        QVERIFY(!workspace->commit(edits::setClassLabels(item, {}, {normal}).forward));
        const int lines = lineCount(*workspace);

        const MaybeError notAValue =
            workspace->commit(edits::setAnnotationAttribute(item, 1, QStringLiteral("severity"), {},
                                                            QStringLiteral("huge"))
                                  .forward);
        QVERIFY(notAValue);
        QVERIFY2(notAValue->message.contains(QStringLiteral("huge")),
                 qPrintable(notAValue->message));
        QVERIFY(
            workspace->commit(edits::setAnnotationAttribute(item, 1, QStringLiteral("laterality"),
                                                            {}, QStringLiteral("left"))
                                  .forward));
        QVERIFY(workspace->commit(edits::setImageLabelAttribute(item, normal,
                                                                QStringLiteral("laterality"), {},
                                                                QStringLiteral("left"))
                                      .forward));
        // An attribute on an image label the item does not have, or on no annotation.
        QVERIFY(workspace->commit(edits::setImageLabelAttribute(item, finding,
                                                                QStringLiteral("laterality"), {},
                                                                QStringLiteral("left"))
                                      .forward));
        QVERIFY(
            workspace->commit(edits::setAnnotationAttribute(item, 99, QStringLiteral("severity"),
                                                            {}, QStringLiteral("mild"))
                                  .forward));
        // Nor can a new box bring one in.
        BoxAnnotation normalBox = noduleBox(2);
        normalBox.labelId = normal;
        normalBox.attributes.insert(QStringLiteral("severity"), QStringLiteral("mild"));
        QVERIFY(workspace->commit(edits::addBox(item, normalBox).forward));

        QCOMPARE(lineCount(*workspace), lines); // nothing journaled
        QVERIFY(workspace->myWork(item)->findBox(1)->attributes.isEmpty());
        QVERIFY(!workspace->myWork(item)->findBox(2));
    }

    void relabelingDropsValuesTheNewLabelLacks()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const BoxAnnotation box = noduleBox(1, QStringLiteral("moderate"));
        QVERIFY(!workspace->commit(edits::addBox(item, box).forward));

        BoxAnnotation relabeled = box;
        relabeled.labelId = normal;
        // Carrying the value over is refused: Normal has no severity.
        QVERIFY(workspace->commit(edits::changeBox(item, box, relabeled).forward));
        relabeled.attributes =
            attributesKeptOnRelabel(workspace->project().taxonomy, normal, box.attributes);
        QVERIFY(relabeled.attributes.isEmpty());
        const ReversibleEdit relabel = edits::changeBox(item, box, relabeled);
        QVERIFY(!workspace->commit(relabel.forward));
        QVERIFY(workspace->myWork(item)->findBox(1)->attributes.isEmpty());
        QVERIFY(!workspace->commit(relabel.backward)); // undo
        QCOMPARE(workspace->myWork(item)->findBox(1)->labelId, nodule);
        QCOMPARE(workspace->myWork(item)->findBox(1)->attributes, box.attributes);
        QVERIFY(!workspace->commit(relabel.forward)); // redo

        // Moving a box keeps its values: a change without "attributes" leaves them alone.
        BoxAnnotation second = box;
        second.id = 2;
        QVERIFY(!workspace->commit(edits::addBox(item, second).forward));
        BoxAnnotation moved = second;
        moved.rect.x += 5;
        Edit move = edits::changeBox(item, second, moved).forward;
        QVERIFY(move.data.contains("attributes")); // a change states them when there are any
        move.data.erase("attributes");             // as a journal from before attributes would
        QVERIFY(!workspace->commit(move));
        QCOMPARE(workspace->myWork(item)->findBox(2)->attributes, box.attributes);

        // A mask relabel keeps what the new label declares, and undo restores the rest.
        cv::Rect dirty;
        MaskAnnotation mask{3, nodule, paintDabs({}, {{50, 50}}, 5, 1, &dirty), {}, box.attributes};
        QVERIFY(!workspace->commit(edits::addMask(item, mask).forward));
        const ReversibleEdit maskRelabel = edits::relabelMask(
            item, mask, normal,
            attributesKeptOnRelabel(workspace->project().taxonomy, normal, mask.attributes));
        QVERIFY(!workspace->commit(maskRelabel.forward));
        QVERIFY(workspace->myWork(item)->findMask(3)->attributes.isEmpty());
        QVERIFY(!workspace->commit(maskRelabel.backward));
        QCOMPARE(workspace->myWork(item)->findMask(3)->attributes, box.attributes);

        workspace = reopenInSession(workspace, dir.path(), QStringLiteral("alice"));
        QVERIFY2(workspace->openProblems().empty(), qPrintable(problemsOf(*workspace)));
        QCOMPARE(workspace->myWork(item)->findBox(1)->labelId, normal);
        QVERIFY(workspace->myWork(item)->findBox(1)->attributes.isEmpty());
        QCOMPARE(workspace->myWork(item)->findBox(2)->attributes, box.attributes);
        QCOMPARE(workspace->myWork(item)->findMask(3)->attributes, box.attributes);
    }

    void journalsFromBeforeAttributesLoad()
    {
        // Lines exactly as Concord wrote them before attributes existed (no "attributes" field
        // anywhere): they replay to annotations with no values, and without problems.
        QTemporaryDir dir;
        makeProject(dir.path()); // and closed at once, for the old session to be written beside
        const std::vector<std::pair<const char *, Json>> lines = {
            {ops::BoxChange,
             Json{{"id", 7}, {"label", nodule}, {"x", 5}, {"y", 2}, {"w", 3}, {"h", 4}}},
            {ops::LabelsSet, Json{{"labels", {finding}}}},
            {ops::PolygonAdd, Json{{"id", 8}, {"label", nodule}, {"points", {0, 0, 4, 0, 4, 4}}}},
        };
        QVERIFY(
            !writeOldSession(dir.path(), QStringLiteral("20260101T000000Z-old"), lines).isEmpty());
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        QVERIFY2((*reopened)->openProblems().empty(), qPrintable(problemsOf(**reopened)));
        const ItemWork *work =
            WorkspaceInternals::store(**reopened).itemWork(QStringLiteral("alice"), item);
        QVERIFY(work);
        QCOMPARE(work->findBox(7)->rect.x, 5.0);
        QVERIFY(work->findBox(7)->attributes.isEmpty());
        QVERIFY(work->findPolygon(8)->attributes.isEmpty());
        QCOMPARE(work->classLabels.labelIds, std::vector<int>{finding});
        QVERIFY(work->classLabels.attributes.isEmpty());
    }

    void malformedAttributeEventIsReportedWithFileAndLine()
    {
        QTemporaryDir dir;
        makeProject(dir.path()); // and closed at once, for the old session to be written beside
        // Lines 1 and 2 start the session and add box 7.
        const std::vector<std::pair<const char *, Json>> lines = {
            {ops::AttributeSet, Json{{"id", 7}, {"name", "severity"}, {"value", 3}}}, // line 3
            {ops::AttributeSet, Json{{"id", 7}, {"value", "mild"}}},                  // line 4
            {ops::AttributeSet,
             Json{{"id", 99}, {"name", "severity"}, {"value", "mild"}}}, // line 5
            {ops::BoxAdd, Json{{"id", 8},
                               {"label", nodule},
                               {"x", 1},
                               {"y", 2},
                               {"w", 3},
                               {"h", 4},
                               {"attributes", {{"severity", 2}}}}}, // line 6
            {ops::AttributeSet, Json{{"id", 7}, {"name", "severity"}, {"value", "moderate"}}},
            {ops::BoxAdd,
             Json{{"id", 9}, {"label", nodule}, {"x", 1}, {"y", 2}, {"w", 3}, {"h", 4}}},
        };
        const QString path =
            writeOldSession(dir.path(), QStringLiteral("20260101T000000Z-bad"), lines);
        QVERIFY(!path.isEmpty());

        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        const std::vector<FileError> &problems = (*reopened)->openProblems();
        QCOMPARE(int(problems.size()), 4);
        const qint64 expectedLines[] = {3, 4, 5, 6};
        for (size_t i = 0; i < problems.size(); ++i) {
            QCOMPARE(problems[i].path, path);
            QCOMPARE(problems[i].line, expectedLines[i]);
        }
        QVERIFY2(problems[0].message.contains(QStringLiteral("value")),
                 qPrintable(problems[0].message));
        QVERIFY2(problems[1].message.contains(QStringLiteral("name")),
                 qPrintable(problems[1].message));
        QVERIFY2(problems[2].message.contains(QStringLiteral("99")),
                 qPrintable(problems[2].message));
        // Everything else is there.
        const ItemWork *work =
            WorkspaceInternals::store(**reopened).itemWork(QStringLiteral("alice"), item);
        QCOMPARE(work->findBox(7)->attributes.value(QStringLiteral("severity")),
                 QStringLiteral("moderate"));
        QVERIFY(!work->findBox(8));
        QVERIFY(work->findBox(9));
    }

    void cocoExportCarriesAttributes()
    {
        QTemporaryDir dir;
        auto workspace = makeProject(dir.path());
        const BoxAnnotation box = noduleBox(1, QStringLiteral("severe"));
        QVERIFY(!workspace->commit(edits::addBox(item, box).forward));
        QVERIFY(!workspace->commit(edits::addBox(item, noduleBox(2)).forward));
        QVERIFY(!workspace->commit(edits::setClassLabels(item, {}, {finding, normal}).forward));
        QVERIFY(!workspace->commit(edits::setImageLabelAttribute(item, finding,
                                                                 QStringLiteral("laterality"), {},
                                                                 QStringLiteral("bilateral"))
                                       .forward));

        const Json coco = buildCocoDocument(workspace->project(), workspace->items(),
                                            WorkspaceInternals::store(*workspace));
        const Json &annotations = coco.at("annotations");
        QCOMPARE(int(annotations.size()), 2);
        int withAttributes = 0;
        for (const Json &annotation : annotations) {
            if (annotation.contains("attributes")) {
                ++withAttributes;
                QVERIFY(annotation.at("attributes") == (Json{{"severity", "severe"}}));
            }
        }
        QCOMPARE(withAttributes, 1); // the box without values has no "attributes"
        for (const Json &label : coco.at("image_labels")) {
            if (label.at("category_id") == finding)
                QVERIFY(label.at("attributes") == (Json{{"laterality", "bilateral"}}));
            else
                QVERIFY(!label.contains("attributes"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnnotationAttributes)
#include "tst_annotationattributes.moc"
