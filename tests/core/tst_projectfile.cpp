// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"
#include "tests/core/attributefixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void roundTrip()
    {
        Project project = Project::create(QStringLiteral("Chest XR"),
                                          Taxonomy::fromIndentedText(QStringLiteral("A\n  B\nC")));
        project.annotators.push_back(
            {QStringLiteral("alice"), QStringLiteral("Dr. Alice"), Role::Lead});
        project.classificationMode = ClassificationMode::SingleLabel;
        project.guidelines.front().text = QStringLiteral("# Rules\nBe careful.");
        project.windowPresets.push_back({QStringLiteral("Lung"), -600, 1500});
        declareAttributes(project.taxonomy, QStringLiteral("B"),
                          {severityAttribute(), lateralityAttribute()});
        project.taxonomy.setLeafLabelsOnly(true);
        Label coded = *project.taxonomy.findByName(QStringLiteral("C"));
        coded.segmentCategory = {QStringLiteral("260787004"), QStringLiteral("SCT"),
                                 QStringLiteral("Physical object")};
        coded.segmentType = {QStringLiteral("T-1"), QStringLiteral("99LOCAL"),
                             QStringLiteral("Tube: nasogastric")};
        QVERIFY(project.taxonomy.update(coded));
        GuidelineVersion second = project.guidelines.front();
        second.version = 2;
        second.taxonomy =
            project.taxonomy; // versions snapshot the taxonomy they were published with
        project.guidelines.push_back(second);
        const QString path = m_dir.filePath(QStringLiteral("project.json"));
        QVERIFY(!writeProjectFile(path, project));
        Expected<Project> back = readProjectFile(path);
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        // Dates are stored to the second.
        project.guidelines.front().date = back->guidelines.front().date;
        project.guidelines.back().date = back->guidelines.back().date;
        QCOMPARE(*back, project);
    }

    // A project.json (tests/data/project) from before attributes, the leaf-only option and taxonomy
    // snapshots in guideline versions existed: it must keep loading, with none of them.
    void schemaOneWithoutAttributesStillLoads()
    {
        const QString path =
            QStringLiteral(CONCORD_TEST_DATA_DIR "/project/schema1-before-attributes.json");
        Expected<Project> project = readProjectFile(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        QCOMPARE(project->taxonomy.pathOf(2), QStringLiteral("Opacity / Nodule"));
        QVERIFY(project->taxonomy.find(2)->attributes.empty());
        QVERIFY(!project->taxonomy.leafLabelsOnly());
        QVERIFY(!project->guidelines.front().taxonomy);
        QCOMPARE(&project->taxonomyOf(project->guidelines.front()), &project->taxonomy);
    }

    void unknownAttributeScaleIsRefusedByName()
    {
        const QString path =
            QStringLiteral(CONCORD_TEST_DATA_DIR "/project/unknown-attribute-scale.json");
        Expected<Project> result = readProjectFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QVERIFY2(result.error().message.contains(QStringLiteral("\"interval\"")),
                 qPrintable(result.error().message));
    }

    // Half a pair of segment codes, or a code DICOM cannot carry, names the label and the file.
    void badSegmentCodesAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("segment");
        QTest::addColumn<QString>("message");
        QTest::newRow("category only")
            << QByteArray("{\"category\": {\"value\": \"49755003\", \"scheme\": \"SCT\", "
                          "\"meaning\": \"Morphologically abnormal structure\"}}")
            << QStringLiteral("need both a category and a type");
        QTest::newRow("no meaning")
            << QByteArray(
                   "{\"category\": {\"value\": \"1\", \"scheme\": \"SCT\", \"meaning\": \"\"}, "
                   "\"type\": {\"value\": \"2\", \"scheme\": \"SCT\", \"meaning\": \"x\"}}")
            << QStringLiteral("needs a value, a coding scheme and a meaning");
        QTest::newRow("value too long for SH")
            << QByteArray("{\"category\": {\"value\": \"12345678901234567\", \"scheme\": \"SCT\", "
                          "\"meaning\": \"x\"}, \"type\": {\"value\": \"2\", \"scheme\": \"SCT\", "
                          "\"meaning\": \"x\"}}")
            << QStringLiteral("longer than 16 characters");
        QTest::newRow("backslash")
            << QByteArray("{\"category\": {\"value\": \"1\", \"scheme\": \"SCT\", \"meaning\": "
                          "\"a\\\\b\"}, \"type\": {\"value\": \"2\", \"scheme\": \"SCT\", "
                          "\"meaning\": \"x\"}}")
            << QStringLiteral("no backslash");
    }

    void badSegmentCodesAreRefusedByName()
    {
        QFETCH(QByteArray, segment);
        QFETCH(QString, message);
        Project project = Project::create(QStringLiteral("Codes"),
                                          Taxonomy::fromIndentedText(QStringLiteral("Nodule")));
        const QString good = m_dir.filePath(QStringLiteral("codes.json"));
        QVERIFY(!writeProjectFile(good, project));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const QByteArray anchor = "\"name\": \"Nodule\"";
        QVERIFY(bytes.contains(anchor));
        bytes.replace(anchor, anchor + ", \"dicom_segment\": " + segment);
        const QString path = write(QStringLiteral("bad-codes.json"), bytes);
        Expected<Project> result = readProjectFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QVERIFY2(result.error().message.contains(QStringLiteral("label \"Nodule\"")),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void corruptJsonNamesFileLineAndColumn()
    {
        const QString path = write(QStringLiteral("broken.json"),
                                   "{\n  \"schema\": 1,\n  \"id\": \"x\",\n  \"name\": oops\n}\n");
        Expected<Project> result = readProjectFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QCOMPARE(result.error().line, qint64(4));
        QVERIFY(result.error().toString().contains(QStringLiteral("broken.json:4")));
        QVERIFY(result.error().message.contains(QStringLiteral("column")));
    }

    // Found by fuzz_cocoimport: nlohmann throws out_of_range, not parse_error, for a number
    // beyond a double's range, and it escaped readProjectFile (and COCO import) uncaught.
    void hugeNumberIsRefusedWithAMessage()
    {
        const QString path = write(QStringLiteral("huge.json"),
                                   "{\"schema\": 1, \"id\": 1" + QByteArray(400, '8') + "}");
        Expected<Project> result = readProjectFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QVERIFY(result.error().message.contains(QStringLiteral("too large")));
    }

    void missingFieldIsNamed()
    {
        const QString path = write(QStringLiteral("nofield.json"), "{\"schema\": 1}");
        Expected<Project> result = readProjectFile(path);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("\"id\"")));
    }

    void newerSchemaIsRefused()
    {
        const QString path =
            write(QStringLiteral("future.json"), "{\"schema\": 99, \"id\": \"x\"}");
        Expected<Project> result = readProjectFile(path);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("99")));
    }

    void badWindowPresetIsNamed()
    {
        const QString path = write(QStringLiteral("window.json"),
                                   "{\"schema\": 1, \"id\": \"x\", \"window_presets\": [{\"name\": "
                                   "\"A\", \"center\": 1, \"width\": -5}]}");
        Expected<Project> result = readProjectFile(path);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("width")));
    }

    void emptyAndMissingFiles()
    {
        QVERIFY(!readProjectFile(write(QStringLiteral("empty.json"), "")));
        Expected<Project> missing = readProjectFile(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing);
        QVERIFY(missing.error().path.endsWith(QStringLiteral("none.json")));
    }

    void atomicWriteLeavesNoTemporaryFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("atomic/project.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("atomic")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!writeProjectFile(path, Project::create(QString::number(i), {})));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("atomic")))
                     .entryList(QDir::Files | QDir::Hidden)
                     .size(),
                 1);
        QCOMPARE(readProjectFile(path)->name, QStringLiteral("2"));
    }

    void itemListSkipsBadLinesAndKeepsTheRest()
    {
        const QString path = write(QStringLiteral("items.jsonl"),
                                   "{\"id\":\"a\",\"path\":\"a.png\",\"width\":10,\"height\":20}\n"
                                   "not json\n"
                                   "{\"id\":\"b\"}\n"
                                   "{\"id\":\"a\",\"path\":\"dup.png\"}\n"
                                   "{\"id\":\"c\",\"path\":\"c.png\"}\n");
        const ItemListReadResult result = readItemListFile(path);
        QCOMPARE(result.items.size(), 2);
        QCOMPARE(result.items.find(QStringLiteral("a"))->height, 20);
        QCOMPARE(int(result.problems.size()), 3);
        QCOMPARE(result.problems[0].line, qint64(2));
        QCOMPARE(result.problems[1].line, qint64(3));
        QVERIFY(result.problems[1].message.contains(QStringLiteral("\"path\"")));
        QCOMPARE(result.problems[2].line, qint64(4));
    }

    void itemListRoundTrip()
    {
        ItemList items;
        Item dicom{QStringLiteral("x1"),
                   QStringLiteral("dicom/1.dcm"),
                   QStringLiteral("ab"),
                   3000,
                   2500,
                   QStringLiteral("dicom"),
                   QStringLiteral("P1"),
                   QStringLiteral("1.2.3"),
                   QStringLiteral("1.2.3.4"),
                   QStringLiteral("1.2.3.4.5"),
                   PixelSpacing{0.5, 0.2, QStringLiteral("ImagerPixelSpacing")}};
        items.add(dicom);
        items.add(Item{QStringLiteral("x2"), QStringLiteral("b.png")});
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.jsonl"));
        QVERIFY(!writeItemListFile(path, items));
        const ItemListReadResult back = readItemListFile(path);
        QVERIFY(back.problems.empty());
        QCOMPARE(back.items.size(), 2);
        QCOMPARE(back.items.at(0), dicom); // anisotropic spacing and its source kept
        QVERIFY(!back.items.at(1).pixelSpacing);
    }

    // items.jsonl (tests/data/project) as written before items recorded pixel spacing: it loads
    // with no problem, and its items have no spacing, so their distances stay in pixels.
    void itemListFromBeforePixelSpacingStillLoads()
    {
        const ItemListReadResult result = readItemListFile(
            QStringLiteral(CONCORD_TEST_DATA_DIR "/project/items-before-spacing.jsonl"));
        QVERIFY(result.problems.empty());
        QCOMPARE(result.items.size(), 2);
        QCOMPARE(result.items.at(0).sopInstanceUid,
                 QStringLiteral("1.2.826.0.1.3680043.10.543.1.1.1"));
        QVERIFY(!result.items.at(0).pixelSpacing);
        QVERIFY(!result.items.at(1).pixelSpacing);
    }

    // A damaged spacing loses the spacing, never the item, and the problem names the line.
    void badPixelSpacingKeepsTheItemAndNamesTheLine()
    {
        const QString path =
            write(QStringLiteral("bad-spacing.jsonl"),
                  "{\"id\":\"a\",\"path\":\"a.dcm\",\"pixel_spacing\":{\"row_mm\":0.2,"
                  "\"column_mm\":0.2,\"source\":\"PixelSpacing\"}}\n"
                  "{\"id\":\"b\",\"path\":\"b.dcm\",\"pixel_spacing\":{\"row_mm\":0,"
                  "\"column_mm\":0.2,\"source\":\"PixelSpacing\"}}\n"
                  "{\"id\":\"c\",\"path\":\"c.dcm\",\"pixel_spacing\":{\"row_mm\":\"0.2\"}}\n");
        const ItemListReadResult result = readItemListFile(path);
        QCOMPARE(result.items.size(), 3);
        QCOMPARE(result.items.at(0).pixelSpacing->columnMm, 0.2);
        QVERIFY(!result.items.at(1).pixelSpacing);
        QVERIFY(!result.items.at(2).pixelSpacing);
        QCOMPARE(int(result.problems.size()), 2);
        QCOMPARE(result.problems[0].line, qint64(2));
        QVERIFY(result.problems[0].message.contains(QStringLiteral("pixel_spacing")));
        QCOMPARE(result.problems[1].line, qint64(3));
        QVERIFY2(result.problems[1].message.contains(QStringLiteral("row_mm")),
                 qPrintable(result.problems[1].message));
        QCOMPARE(result.problems[1].path, path);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
