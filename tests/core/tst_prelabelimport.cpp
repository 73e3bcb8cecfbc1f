// SPDX-License-Identifier: GPL-3.0-or-later
// Predictions made elsewhere become pre-label sets (docs/prelabels.md, "Importing predictions"),
// and a set's use is measured per label (docs/prelabels.md, "How a set was used"): acceptance
// rate, IoU between suggestion and kept shape, and time saved, each against values worked out
// by hand.
#include "core/exchange/predictionimport.h"
#include "core/model/itemlist.h"
#include "core/model/project.h"
#include "core/prelabels/prelabelreader.h"
#include "core/prelabels/prelabelstatistics.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

Project twoLabelProject()
{
    Project project;
    project.taxonomy.add({1, QStringLiteral("Nodule"), QStringLiteral("#ff0000"), {}, {}, 0, {}});
    project.taxonomy.add({2, QStringLiteral("Tube"), QStringLiteral("#00ff00"), {}, {}, 0, {}});
    return project;
}

ItemList twoItems()
{
    ItemList items;
    items.add({QStringLiteral("a"), QStringLiteral("images/one.png"), {}, 100, 80, {}});
    items.add({QStringLiteral("b"), QStringLiteral("images/two.png"), {}, 100, 80, {}});
    return items;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// A COCO document with one box, one polygon and one two-ring object (a mask), with scores.
QByteArray cocoPredictions(const char *boxScore)
{
    return QByteArray(
               "{\"images\": [{\"id\": 7, \"file_name\": \"one.png\"},"
               "              {\"id\": 8, \"file_name\": \"images/two.png\"}],"
               " \"categories\": [{\"id\": 1, \"name\": \"Nodule\"}, {\"id\": 5, \"name\": "
               "\"Tube\"}],"
               " \"annotations\": ["
               "  {\"id\": 1, \"image_id\": 7, \"category_id\": 1, \"bbox\": [10, 20, 30, 40], "
               "\"score\": ") +
           boxScore +
           "},"
           "  {\"id\": 2, \"image_id\": 8, \"category_id\": 5, \"score\": 0.25,"
           "   \"segmentation\": [[0, 0, 10, 0, 10, 10, 0, 10]]},"
           "  {\"id\": 3, \"image_id\": 8, \"category_id\": 1,"
           "   \"segmentation\": [[0, 0, 4, 0, 4, 4, 0, 4], [20, 20, 24, 20, 24, 24, 20, 24]]}]}";
}

BinaryMask filledMask(int x, int y, int width, int height)
{
    BinaryMask mask;
    mask.bounds = cv::Rect(x, y, width, height);
    mask.pixels = cv::Mat1b(height, width, uchar(1));
    return mask;
}

} // namespace

class TestPrelabelImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cocoPredictionsBecomeSuggestionsWithTheirScores()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("pred.json"), cocoPredictions("0.875"));
        const Project project = twoLabelProject();
        const ItemList items = twoItems();
        const Expected<CocoImport> imported = readCocoAnnotations(path, project, items);
        QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().toString()));
        const PrelabelSet set = prelabelSetFromImport(*imported);
        QCOMPARE(set.suggestions.size(), size_t(3));

        const Suggestion &box = set.suggestions[0];
        QCOMPARE(box.id, QStringLiteral("s1"));
        QCOMPARE(box.itemId, QStringLiteral("a")); // matched by file name alone
        QVERIFY(box.kind == SuggestionKind::Box);
        QCOMPARE(box.labelId, 1);
        QCOMPARE(box.score, 0.875);
        QCOMPARE(box.rect.x, 10.0);
        QCOMPARE(box.rect.height, 40.0);

        const Suggestion &polygon = set.suggestions[1];
        QCOMPARE(polygon.itemId, QStringLiteral("b")); // matched by stored path
        QVERIFY(polygon.kind == SuggestionKind::Polygon);
        QCOMPARE(polygon.labelId, 2); // category 5 is the label named Tube
        QCOMPARE(polygon.score, 0.25);
        QCOMPARE(polygon.vertices.size(), size_t(4));

        const Suggestion &mask = set.suggestions[2];
        QVERIFY(mask.kind == SuggestionKind::Mask);
        QCOMPARE(mask.score, 1.0); // no "score": certain
        // Two 4 x 4 squares by the pixel-centre rule, cropped to their bounds.
        QCOMPARE(maskArea(mask.mask), qint64(32));
        QCOMPARE(mask.mask.bounds, cv::Rect(0, 0, 24, 24));
    }

    void aScoreOutsideZeroToOneIsRefusedByName()
    {
        QTemporaryDir dir;
        const Project project = twoLabelProject();
        const ItemList items = twoItems();
        for (const char *bad : {"1.5", "-0.1", "\"high\""}) {
            const QString path = writeFile(dir, QStringLiteral("bad.json"), cocoPredictions(bad));
            const Expected<CocoImport> imported = readCocoAnnotations(path, project, items);
            QVERIFY(!imported.ok());
            const QString message = imported.error().toString();
            QVERIFY2(message.contains(QStringLiteral("bad.json")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("annotation id 1")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("score")), qPrintable(message));
        }
    }

    void imageLabelCsvBecomesImageLabelSuggestions()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("labels.csv"),
                      "image,label,score\none.png,Nodule,0.9\none.png,Tube,0.3\ntwo.png,Tube,\n");
        const Expected<PrelabelSet> set =
            readImageLabelPredictions(path, twoLabelProject(), twoItems());
        QVERIFY2(set.ok(), set ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->suggestions.size(), size_t(3));
        QVERIFY(set->suggestions[0].kind == SuggestionKind::ImageLabel);
        QCOMPARE(set->suggestions[1].labelId, 2);
        QCOMPARE(set->suggestions[1].score, 0.3);
        QCOMPARE(set->suggestions[2].score, 1.0); // an empty score is certain
        // An item's uncertainty is 1 minus its best score.
        QVERIFY(qAbs(set->itemUncertainty.value(QStringLiteral("a")) - 0.1) < 1e-12);
        QCOMPARE(set->itemUncertainty.value(QStringLiteral("b")), 0.0);

        const QString byId = writeFile(dir, QStringLiteral("ids.csv"), "item,label\nb,Nodule\n");
        const Expected<PrelabelSet> fromIds =
            readImageLabelPredictions(byId, twoLabelProject(), twoItems());
        QVERIFY(fromIds.ok());
        QCOMPARE(fromIds->suggestions.front().itemId, QStringLiteral("b"));
    }

    void aBadImageLabelCsvIsRefusedNamingFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown label") << QByteArray("image,label\none.png,Nodul\n")
                                       << QStringLiteral("line 2: \"Nodul\" is not a label");
        QTest::newRow("unknown image") << QByteArray("image,label\n../x.png,Nodule\n")
                                       << QStringLiteral("line 2: image \"../x.png\" matches no");
        QTest::newRow("unknown item")
            << QByteArray("item,label\nzz,Nodule\n") << QStringLiteral("line 2: no item zz");
        QTest::newRow("score above 1") << QByteArray("image,label,score\none.png,Tube,2\n")
                                       << QStringLiteral("line 2: the score \"2\"");
        QTest::newRow("score not a number") << QByteArray("image,label,score\none.png,Tube,nan\n")
                                            << QStringLiteral("line 2: the score \"nan\"");
        QTest::newRow("label twice")
            << QByteArray("image,label\none.png,Tube\nimages/one.png,Tube\n")
            << QStringLiteral("line 3: label \"Tube\" is given twice for item a");
        QTest::newRow("no image or item column")
            << QByteArray("file,label\none.png,Tube\n") << QStringLiteral("\"image\" or an");
        QTest::newRow("both image and item") << QByteArray("image,item,label\none.png,a,Tube\n")
                                             << QStringLiteral("\"image\" or an");
        QTest::newRow("no label column")
            << QByteArray("image,score\none.png,1\n") << QStringLiteral("no \"label\" column");
        QTest::newRow("truncated record") << QByteArray("image,label,score\none.png,Tube")
                                          << QStringLiteral("predictions.csv:2: expected 3 field");
    }

    void aBadImageLabelCsvIsRefusedNamingFileAndLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("predictions.csv"), content);
        const Expected<PrelabelSet> set =
            readImageLabelPredictions(path, twoLabelProject(), twoItems());
        QVERIFY(!set.ok());
        const QString message = set.error().toString();
        QVERIFY2(message.contains(QStringLiteral("predictions.csv")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void statisticsCountDecisionsAndMeasureTheKeptShapes()
    {
        PrelabelSet set;
        set.id = QStringLiteral("det-1");
        Suggestion box;
        box.id = QStringLiteral("s1");
        box.itemId = QStringLiteral("a");
        box.labelId = 1;
        box.rect = {0, 0, 10, 10};
        Suggestion rejectedBox = box;
        rejectedBox.id = QStringLiteral("s2");
        rejectedBox.rect = {50, 50, 10, 10};
        Suggestion mask;
        mask.id = QStringLiteral("s3");
        mask.itemId = QStringLiteral("b");
        mask.kind = SuggestionKind::Mask;
        mask.labelId = 2;
        mask.mask = filledMask(0, 0, 4, 4);
        set.suggestions = {box, rejectedBox, mask};

        // Reader ann accepted s1 and moved it 5 px right: IoU 50 / 150 = 1/3; rejected s2.
        QHash<QString, ItemWork> annWork;
        annWork[QStringLiteral("a")].boxes.push_back({101, 1, {5, 0, 10, 10}, {}, {}});
        annWork[QStringLiteral("a")].prelabelDecisions.insert(
            suggestionKey(set.id, QStringLiteral("s1")),
            {SuggestionDecision::Kind::Accepted, 101, {}, 1});
        annWork[QStringLiteral("a")].prelabelDecisions.insert(
            suggestionKey(set.id, QStringLiteral("s2")),
            {SuggestionDecision::Kind::Rejected, 0, QStringLiteral("Not there"), 0});
        // Reader ben accepted s1 unedited but relabeled it (IoU 1), and accepted the mask and
        // grew it to 4 x 8: IoU 16 / 32 = 1/2.
        QHash<QString, ItemWork> benWork;
        benWork[QStringLiteral("a")].boxes.push_back({201, 2, {0, 0, 10, 10}, {}, {}});
        benWork[QStringLiteral("a")].prelabelDecisions.insert(
            suggestionKey(set.id, QStringLiteral("s1")),
            {SuggestionDecision::Kind::Accepted, 201, {}, 1});
        benWork[QStringLiteral("b")].masks.push_back({202, 2, filledMask(0, 0, 4, 8), {}, {}});
        benWork[QStringLiteral("b")].prelabelDecisions.insert(
            suggestionKey(set.id, QStringLiteral("s3")),
            {SuggestionDecision::Kind::Accepted, 202, {}, 2});

        // Times: ann took 20 s on item a (accepted) and 50 s and 40 s on c and d (no
        // suggestions): 45 - 20 = 25 s saved, over 1 item. ben took 30 s on a and 10 s on b
        // (both accepted) and 40 s on c: 40 - 20 = 20 s, over 2 items. Weighted by those items:
        // (25 + 2 x 20) / 3. cy timed no item with an accept and counts for nothing.
        std::vector<ReaderUse> readers = {
            {QStringLiteral("ann"),
             &annWork,
             {{QStringLiteral("a"), 20000},
              {QStringLiteral("c"), 50000},
              {QStringLiteral("d"), 40000}}},
            {QStringLiteral("ben"),
             &benWork,
             {{QStringLiteral("a"), 30000},
              {QStringLiteral("b"), 10000},
              {QStringLiteral("c"), 40000}}},
            {QStringLiteral("cy"), nullptr, {{QStringLiteral("c"), 90000}}}};
        const PrelabelSetStatistics statistics = prelabelSetStatistics(set, readers, twoItems());

        QCOMPARE(statistics.labels.size(), size_t(2));
        const SuggestionLabelStatistics &nodule = statistics.labels[0];
        QCOMPARE(nodule.labelId, 1);
        QCOMPARE(nodule.suggestions, 2);
        QCOMPARE(nodule.accepted, 2);
        QCOMPARE(nodule.rejected, 1);
        QCOMPARE(nodule.relabeled, 1);
        QVERIFY(qAbs(*nodule.acceptanceRate() - 2.0 / 3.0) < 1e-12);
        QCOMPARE(nodule.shapesCompared, 2);
        QVERIFY(qAbs(*nodule.meanIoU() - (1.0 / 3.0 + 1.0) / 2.0) < 1e-12);

        const SuggestionLabelStatistics &tube = statistics.labels[1];
        QCOMPARE(tube.accepted, 1);
        QCOMPARE(*tube.acceptanceRate(), 1.0);
        QVERIFY(qAbs(*tube.meanIoU() - 0.5) < 1e-12);

        QCOMPARE(statistics.total.suggestions, 3);
        QCOMPARE(statistics.total.accepted, 3);
        QCOMPARE(statistics.total.rejected, 1);
        QVERIFY(qAbs(*statistics.total.meanIoU() - (1.0 / 3.0 + 1.0 + 0.5) / 3.0) < 1e-12);

        QCOMPARE(statistics.time.readers, 2);
        QCOMPARE(statistics.time.itemsWithAccepts, 3);
        QCOMPARE(statistics.time.itemsWithoutSuggestions, 3);
        QVERIFY(qAbs(*statistics.time.secondsSavedPerItem - 65.0 / 3.0) < 1e-12);
    }

    void statisticsWithoutDecisionsSayNothingRatherThanZero()
    {
        PrelabelSet set;
        set.id = QStringLiteral("det-1");
        Suggestion label;
        label.id = QStringLiteral("s1");
        label.itemId = QStringLiteral("a");
        label.kind = SuggestionKind::ImageLabel;
        label.labelId = 2;
        set.suggestions = {label};
        const PrelabelSetStatistics statistics = prelabelSetStatistics(set, {}, twoItems());
        QCOMPARE(statistics.total.suggestions, 1);
        QVERIFY(!statistics.total.acceptanceRate());
        QVERIFY(!statistics.total.meanIoU());
        QVERIFY(!statistics.time.secondsSavedPerItem);
    }

    // A set as a reader for agreement: suggestions below the minimum score are left out, every
    // covered item is done, and a single-label project gets each item's best image label only.
    void aSetAsAReaderKeepsWhatReachesTheMinimumScore()
    {
        PrelabelSet set;
        set.id = QStringLiteral("m-1");
        auto add = [&](const QString &item, SuggestionKind kind, int label, double score) {
            Suggestion suggestion;
            suggestion.id = QStringLiteral("s%1").arg(set.suggestions.size() + 1);
            suggestion.itemId = item;
            suggestion.kind = kind;
            suggestion.labelId = label;
            suggestion.score = score;
            suggestion.rect = {1, 2, 3, 4};
            set.suggestions.push_back(suggestion);
        };
        add(QStringLiteral("a"), SuggestionKind::ImageLabel, 1, 0.6);
        add(QStringLiteral("a"), SuggestionKind::ImageLabel, 2, 0.9);
        add(QStringLiteral("a"), SuggestionKind::Box, 1, 0.55);
        add(QStringLiteral("b"), SuggestionKind::Box, 2, 0.4); // below: b is not read at all
        const AnnotatorWork multi = prelabelSetAsReader(set, 0.5, false);
        QCOMPARE(multi.items().size(), qsizetype(1));
        const ItemWork *a = multi.item(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->status(), ItemStatus::Done);
        QCOMPARE(a->classLabels.labelIds, (std::vector<int>{1, 2}));
        QCOMPARE(a->boxes.size(), size_t(1));
        const AnnotatorWork single = prelabelSetAsReader(set, 0.5, true);
        QCOMPARE(single.item(QStringLiteral("a"))->classLabels.labelIds, std::vector<int>{2});
        const AnnotationStore store = withPrelabelReader({}, set, 0.3, true);
        QVERIFY(store.work(QStringLiteral("model:m-1")));
        QVERIFY(store.work(QStringLiteral("model:m-1"))->item(QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestPrelabelImport)
#include "tst_prelabelimport.moc"
