// SPDX-License-Identifier: GPL-3.0-or-later
// concord-cli prelabels (docs/prelabels.md) on the demo project: a COCO file of predictions
// with scores becomes a new set whose suggestions match the file one for one; a bad file is
// refused by name and writes no set; a second import never replaces the first; stats count
// per label what the set holds.
#include "tests/cli/clirun.h"

#include "core/prelabels/prelabelstorage.h"
#include "core/storage/jsonsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace concord;
using namespace concord::test;

class TestPrelabelsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_predictions;
    Json m_coco;

    static CliRun prelabels(const QStringList &arguments)
    {
        return runCli(QStringList{QStringLiteral("prelabels")} + arguments);
    }

    static Json jsonOf(const CliRun &run)
    {
        const std::optional<Json> json = parseJson(run.out);
        if (!json)
            qWarning("not JSON: %s\n%s", qPrintable(run.out), qPrintable(run.err));
        return json.value_or(Json::object());
    }

    QStringList setFiles() const
    {
        return QDir(m_demo + QStringLiteral("/prelabels"))
            .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }

    QString write(const QString &name, const std::string &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content.data(), qint64(content.size()));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.concord"));
        const CliRun init = runCli({QStringLiteral("init"), m_demo, QStringLiteral("--demo")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        // anna's boxes as a COCO file, then given scores as a detector's results have them.
        const QString exported = m_dir.filePath(QStringLiteral("anna.json"));
        const CliRun exportRun =
            runCli({QStringLiteral("export"), m_demo, QStringLiteral("--format"),
                    QStringLiteral("coco"), QStringLiteral("--out"), exported,
                    QStringLiteral("--annotator"), QStringLiteral("anna")});
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_coco = Json::parse(file.readAll().toStdString());
        int n = 0;
        for (Json &annotation : m_coco["annotations"])
            annotation["score"] = 0.5 + 0.01 * (n++ % 40);
        QVERIFY(n > 5);
        m_predictions = write(QStringLiteral("predictions.json"), m_coco.dump());
    }

    void cocoPredictionsBecomeANewSet()
    {
        const QStringList before = setFiles();
        const CliRun run =
            prelabels({QStringLiteral("import"), m_demo, m_predictions, QStringLiteral("--name"),
                       QStringLiteral("chest-det"), QStringLiteral("--version"),
                       QStringLiteral("2.1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Json result = jsonOf(run);
        const QString setId = QString::fromStdString(result.value("set", std::string()));
        QVERIFY(setId.startsWith(QStringLiteral("chest-det-")));
        QCOMPARE(setFiles().size(), before.size() + 1);

        const Expected<PrelabelSet> set = readPrelabelSet(m_demo, setId);
        QVERIFY2(set.ok(), set ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->source.modelName, QStringLiteral("chest-det"));
        QCOMPARE(set->source.modelVersion, QStringLiteral("2.1"));
        QCOMPARE(set->source.origin, QStringLiteral("coco"));
        const Json &annotations = m_coco["annotations"];
        QCOMPARE(set->suggestions.size(), annotations.size());
        for (size_t i = 0; i < annotations.size(); ++i) {
            const Suggestion &suggestion = set->suggestions[i];
            QCOMPARE(suggestion.score, annotations[i]["score"].get<double>());
            if (suggestion.kind == SuggestionKind::Box)
                QCOMPARE(suggestion.rect.width, annotations[i]["bbox"][2].get<double>());
        }

        // stats: per label, as many suggestions as the file has annotations of that category;
        // nobody decided yet, so no rate rather than 0%.
        std::map<std::string, int> perCategory;
        std::map<qint64, std::string> categoryNames;
        for (const Json &category : m_coco["categories"])
            categoryNames[category["id"].get<qint64>()] = category["name"].get<std::string>();
        for (const Json &annotation : annotations)
            ++perCategory[categoryNames[annotation["category_id"].get<qint64>()]];
        const CliRun stats = prelabels({QStringLiteral("stats"), m_demo, QStringLiteral("--set"),
                                        setId, QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        const Json report = jsonOf(stats);
        QCOMPARE(report.size(), size_t(1));
        int total = 0;
        for (const Json &label : report[0]["labels"]) {
            const std::string path = label["label"].get<std::string>();
            const std::string leaf =
                path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 2);
            QCOMPARE(label["suggestions"].get<int>(), perCategory[leaf]);
            QVERIFY(label["acceptance_rate"].is_null());
            total += label["suggestions"].get<int>();
        }
        QCOMPARE(total, int(annotations.size()));

        // Imported again: another set, the first untouched.
        const CliRun again = prelabels({QStringLiteral("import"), m_demo, m_predictions,
                                        QStringLiteral("--name"), QStringLiteral("chest-det")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(setFiles().size(), before.size() + 2);
        QVERIFY(readPrelabelSet(m_demo, setId).ok());
    }

    void aBadFileIsRefusedByNameAndWritesNoSet()
    {
        Json bad = m_coco;
        bad["annotations"][1]["score"] = 7;
        const QString badScore = write(QStringLiteral("bad-score.json"), bad.dump());
        const QString truncated =
            write(QStringLiteral("truncated.json"), m_coco.dump().substr(0, 200));
        const QString unknownLabel =
            write(QStringLiteral("labels.csv"), "image,label,score\nchest-01.png,Nodul,0.5\n");
        const QStringList before = setFiles();
        for (const QString &file : {badScore, truncated, unknownLabel}) {
            const QString format = file.endsWith(QStringLiteral(".csv")) ? QStringLiteral("csv")
                                                                         : QStringLiteral("coco");
            const CliRun run = prelabels(
                {QStringLiteral("import"), m_demo, file, QStringLiteral("--format"), format});
            QVERIFY2(refusedWith(run, 1, QFileInfo(file).fileName()), qPrintable(run.err));
        }
        const CliRun missing = prelabels({QStringLiteral("import"), m_demo,
                                          m_dir.filePath(QStringLiteral("nothing-here.json"))});
        QVERIFY2(refusedWith(missing, 1, QStringLiteral("nothing-here.json")),
                 qPrintable(missing.err));
        const CliRun unknownFormat =
            prelabels({QStringLiteral("import"), m_demo, m_predictions, QStringLiteral("--format"),
                       QStringLiteral("yolo")});
        QVERIFY(refusedWith(unknownFormat, 2, QStringLiteral("unknown format \"yolo\"")));
        QCOMPARE(setFiles(), before);
    }

    void imageLabelCsvBecomesASetListedWithItsCounts()
    {
        const QString csv = write(QStringLiteral("classifier.csv"),
                                  "image,label,score\nchest-01.png,Finding,0.9\n"
                                  "chest-01.png,Device,0.2\nchest-02.png,Device,0.7\n");
        const CliRun run =
            prelabels({QStringLiteral("import"), m_demo, csv, QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString setId = QString::fromStdString(jsonOf(run).value("set", std::string()));
        const CliRun list = prelabels({QStringLiteral("list"), m_demo, QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        bool found = false;
        for (const Json &set : jsonOf(list)) {
            if (QString::fromStdString(set["id"].get<std::string>()) != setId)
                continue;
            found = true;
            QCOMPARE(set["suggestions"].get<int>(), 3);
            QCOMPARE(set["items"].get<int>(), 2);
            QCOMPARE(set["model"].get<std::string>(), std::string("classifier"));
            QCOMPARE(set["origin"].get<std::string>(), std::string("csv"));
        }
        QVERIFY(found);
    }

    // The model as a reader (docs/prelabels.md, "The model as a reader"): left out of the
    // report unless --prelabels names its set; then its boxes, here anna's own with scores,
    // match anna's one for one, and a higher --min-score leaves the low-scored ones out.
    void agreementCountsASetAsAReaderOnlyWhenAsked()
    {
        const CliRun imported =
            prelabels({QStringLiteral("import"), m_demo, m_predictions, QStringLiteral("--name"),
                       QStringLiteral("anna-model"), QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString setId = QString::fromStdString(jsonOf(imported).value("set", std::string()));
        const QString reader = QStringLiteral("model:") + setId;
        auto report = [&](const QStringList &extra) {
            const CliRun run = runCli(
                QStringList{QStringLiteral("agreement"), m_demo, QStringLiteral("--out-dir"),
                            m_dir.filePath(QStringLiteral("report")), QStringLiteral("--json")} +
                extra);
            if (run.exitCode != 0)
                qWarning("%s", qPrintable(run.err));
            return jsonOf(run);
        };
        auto annaAndModel = [&](const Json &document) {
            for (const Json &pair : document.at("boxes").at("pairs")) {
                const std::set<std::string> readers = {pair.at("reader_a").get<std::string>(),
                                                       pair.at("reader_b").get<std::string>()};
                if (readers == std::set<std::string>{"anna", reader.toStdString()})
                    return pair;
            }
            return Json();
        };
        const Json without = report({});
        QVERIFY(without.contains("coders"));
        for (const Json &coder : without.at("coders"))
            QVERIFY(coder.at("id").get<std::string>().rfind("model:", 0) != 0);

        const Json with = report({QStringLiteral("--prelabels"), setId});
        const Json pair = annaAndModel(with);
        QVERIFY2(pair.is_object(), with.dump().substr(0, 400).c_str());
        QCOMPARE(pair.at("f1").get<double>(), 1.0);
        QCOMPARE(pair.at("mean_iou").get<double>(), 1.0);

        // Scores run 0.50 to 0.89: at 0.7 and above, fewer boxes are the model's.
        const Json high = report({QStringLiteral("--prelabels"), setId,
                                  QStringLiteral("--min-score"), QStringLiteral("0.7")});
        const Json highPair = annaAndModel(high);
        QVERIFY(highPair.is_object());
        const bool modelIsA = highPair.at("reader_a").get<std::string>() == reader.toStdString();
        const int modelBoxes = highPair.at(modelIsA ? "boxes_a" : "boxes_b").get<int>();
        const int annaBoxes = highPair.at(modelIsA ? "boxes_b" : "boxes_a").get<int>();
        QVERIFY2(modelBoxes < annaBoxes,
                 qPrintable(QStringLiteral("%1 %2").arg(modelBoxes).arg(annaBoxes)));
        QCOMPARE(highPair.at("precision").get<double>(), 1.0);

        const CliRun missing =
            runCli({QStringLiteral("agreement"), m_demo, QStringLiteral("--prelabels"),
                    QStringLiteral("no-such-set"), QStringLiteral("--out-dir"),
                    m_dir.filePath(QStringLiteral("report"))});
        QVERIFY2(refusedWith(missing, 1, QStringLiteral("no-such-set")), qPrintable(missing.err));
        const CliRun lonely = runCli({QStringLiteral("agreement"), m_demo,
                                      QStringLiteral("--min-score"), QStringLiteral("0.7")});
        QVERIFY(refusedWith(lonely, 2, QStringLiteral("--min-score applies only to --prelabels")));
    }
};

QTEST_GUILESS_MAIN(TestPrelabelsCommand)
#include "tst_prelabelscommand.moc"
