// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"
#include "tests/core/filebytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <map>

using namespace concord::test;

// `concord-cli merge` carries a copy's item keys (item-keys.json) and split versions
// (splits.json) by the rules of docs/curation.md, "Merging copies": keys are joined, a key
// whose value differs keeps ours and is reported; a split history that extends ours is taken,
// one that diverged is reported and left out; damaged or linked files refuse the merge whole.
namespace {

nlohmann::json readJson(const QString &path)
{
    return nlohmann::json::parse(concord::testing::readAll(path).toStdString(), nullptr, false);
}

// Every file of `dir` but the lock with its bytes, to show a refused merge changed nothing.
std::map<QString, QByteArray> snapshot(const QString &dir)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileName() != QLatin1String("project.lock"))
            files[QDir(dir).relativeFilePath(path)] = concord::testing::readAll(path);
    }
    return files;
}

// The keys item-keys.json gives the item whose image is `file`, through items.jsonl.
std::map<std::string, std::string> keysOfFile(const QString &project, const QString &file)
{
    std::string id;
    for (const QByteArray &line :
         concord::testing::readAll(project + QStringLiteral("/items.jsonl")).split('\n')) {
        const nlohmann::json item = nlohmann::json::parse(line.toStdString(), nullptr, false);
        if (item.is_object() && item.contains("path") &&
            QString::fromStdString(item["path"]).endsWith(QLatin1Char('/') + file))
            id = item["id"];
    }
    const nlohmann::json keys = readJson(project + QStringLiteral("/item-keys.json"));
    if (id.empty() || !keys.is_object() || !keys["items"].contains(id))
        return {};
    return keys["items"][id].get<std::map<std::string, std::string>>();
}

} // namespace

class TestCurationMerge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_images;
    QString m_lead;
    QString m_field;

    CliRun importKeys(const QString &project, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(QStringLiteral("keys.csv"));
        concord::testing::writeOrFail(path, csv);
        return runCli(
            {QStringLiteral("import"), project, m_images, QStringLiteral("--metadata"), path});
    }

    CliRun split(const QString &project, const QString &seed)
    {
        return runCli({QStringLiteral("split"), project, QStringLiteral("--ratios"),
                       QStringLiteral("0.5,0.5"), QStringLiteral("--names"),
                       QStringLiteral("train,test"), QStringLiteral("--seed"), seed});
    }

    CliRun merge() { return runCli({QStringLiteral("merge"), m_lead, m_field}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images));
        for (int image = 0; image < 4; ++image) {
            QVERIFY(
                cv::imwrite(QStringLiteral("%1/img%2.png").arg(m_images).arg(image).toStdString(),
                            cv::Mat(32, 32, CV_8U, cv::Scalar(30 + 50 * image))));
        }
        m_lead = m_dir.filePath(QStringLiteral("lead.concord"));
        QCOMPARE(runCli({QStringLiteral("init"), m_lead}).exitCode, 0);
        const CliRun imported = importKeys(m_lead, "file,patient\nimg0.png,P0\nimg1.png,P1\n");
        QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        // The field's copy of the project, as it left on a laptop.
        m_field = m_dir.filePath(QStringLiteral("field.concord"));
        QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), m_lead, m_field}),
                 0);
    }

    void newKeysAndALongerSplitHistoryArrive()
    {
        // The field adds a site to two images and the patient of a third, and splits.
        const CliRun keys =
            importKeys(m_field, "file,patient,site\nimg0.png,P0,north\nimg1.png,,south\n"
                                "img2.png,P2,\n");
        QVERIFY2(keys.exitCode == 0, qPrintable(describe(keys)));
        const CliRun made = split(m_field, QStringLiteral("5"));
        QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));

        const CliRun merged = merge();
        QVERIFY2(merged.exitCode == 0, qPrintable(describe(merged)));
        QVERIFY2(merged.out.contains(QLatin1String("3 item keys, 1 split versions added")),
                 qPrintable(merged.out));
        QCOMPARE(keysOfFile(m_lead, QStringLiteral("img0.png")),
                 (std::map<std::string, std::string>{{"patient", "P0"}, {"site", "north"}}));
        QCOMPARE(keysOfFile(m_lead, QStringLiteral("img1.png")),
                 (std::map<std::string, std::string>{{"patient", "P1"}, {"site", "south"}}));
        QCOMPARE(keysOfFile(m_lead, QStringLiteral("img2.png")),
                 (std::map<std::string, std::string>{{"patient", "P2"}}));
        // The split is the field's, version, author and time as recorded there.
        QCOMPARE(concord::testing::readAll(m_lead + QStringLiteral("/splits.json")),
                 concord::testing::readAll(m_field + QStringLiteral("/splits.json")));
        const CliRun exported = runCli({QStringLiteral("export"), m_lead, QStringLiteral("--out"),
                                        m_dir.filePath(QStringLiteral("test.json")),
                                        QStringLiteral("--split"), QStringLiteral("test")});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        QCOMPARE(readJson(m_dir.filePath(QStringLiteral("test.json")))["images"].size(), size_t(2));

        // Merging again changes nothing.
        const std::map<QString, QByteArray> before = snapshot(m_lead);
        const CliRun again = merge();
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QLatin1String("0 item keys, 0 split versions added")),
                 qPrintable(again.out));
        QVERIFY(snapshot(m_lead) == before);
    }

    void aDifferentValueKeepsOursAndIsReported()
    {
        const CliRun keys = importKeys(m_field, "file,patient\nimg1.png,P7\nimg3.png,P3\n");
        QVERIFY2(keys.exitCode == 0, qPrintable(describe(keys)));
        const CliRun merged = merge();
        // A conflict is bad input (exit 1), as for journals; what could be merged was.
        QCOMPARE(merged.exitCode, 1);
        QVERIFY2(merged.err.contains(QLatin1String("key \"patient\": \"P1\" here, \"P7\" in the "
                                                   "other copy; kept \"P1\"")),
                 qPrintable(merged.err));
        QVERIFY(merged.err.contains(m_field + QStringLiteral("/item-keys.json")));
        QVERIFY2(merged.out.contains(QLatin1String("1 item keys")), qPrintable(merged.out));
        QCOMPARE(keysOfFile(m_lead, QStringLiteral("img1.png")).at("patient"), std::string("P1"));
        QCOMPARE(keysOfFile(m_lead, QStringLiteral("img3.png")).at("patient"), std::string("P3"));
    }

    void divergedSplitsKeepOursAndAreReported()
    {
        // Both copies split again after the version they share.
        QCOMPARE(split(m_lead, QStringLiteral("11")).exitCode, 0);
        QCOMPARE(split(m_field, QStringLiteral("12")).exitCode, 0);
        const QByteArray ours = concord::testing::readAll(m_lead + QStringLiteral("/splits.json"));
        const CliRun merged = merge();
        QCOMPARE(merged.exitCode, 1);
        QVERIFY2(merged.err.contains(QLatin1String("the copies recorded different splits: version "
                                                   "2 (by ")),
                 qPrintable(merged.err));
        QVERIFY(merged.err.contains(QLatin1String("added none of the other copy's")));
        QVERIFY2(merged.out.contains(QLatin1String("0 split versions added")),
                 qPrintable(merged.out));
        QCOMPARE(concord::testing::readAll(m_lead + QStringLiteral("/splits.json")), ours);

        // The other way round the same: the field keeps its own.
        const QByteArray fieldSplits =
            concord::testing::readAll(m_field + QStringLiteral("/splits.json"));
        const CliRun back = runCli({QStringLiteral("merge"), m_field, m_lead});
        QCOMPARE(back.exitCode, 1);
        QCOMPARE(concord::testing::readAll(m_field + QStringLiteral("/splits.json")), fieldSplits);
    }

    void damagedOrLinkedFilesRefuseTheWholeMerge()
    {
        // A new annotator's journal waits in the copy: it must not arrive either.
        QVERIFY(QDir().mkpath(m_field + QStringLiteral("/journal/zed")));
        concord::testing::writeOrFail(
            m_field + QStringLiteral("/journal/zed/20261207T070000Z-abcd.jsonl"), "");
        const QString splits = m_field + QStringLiteral("/splits.json");
        const QByteArray intact = concord::testing::readAll(splits);
        const std::map<QString, QByteArray> before = snapshot(m_lead);

        concord::testing::writeOrFail(splits, intact.left(intact.size() / 2));
        CliRun merged = merge();
        QVERIFY2(refusedWith(merged, 1, splits), qPrintable(describe(merged)));
        QVERIFY(merged.err.contains(QLatin1String("Nothing was merged")));
        QVERIFY(snapshot(m_lead) == before);

        concord::testing::writeOrFail(
            splits, R"({"format": "concord-splits", "version": 1, "splits": [)"
                    R"({"version": 1, "created": "2026-12-07T04:01:00Z", "names": ["a"],)"
                    R"( "items": {"x": "b"}}]})");
        merged = merge();
        QVERIFY2(refusedWith(merged, 1, QStringLiteral("item \"x\" is in no listed split")),
                 qPrintable(describe(merged)));
        QVERIFY(snapshot(m_lead) == before);
        concord::testing::writeOrFail(splits, intact);

        // item-keys.json as a link to a file outside the copy.
        const QString keys = m_field + QStringLiteral("/item-keys.json");
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.json"));
        QVERIFY(QFile::rename(keys, elsewhere));
        QVERIFY(QFile::link(elsewhere, keys));
        merged = merge();
        QVERIFY2(refusedWith(merged, 1, keys), qPrintable(describe(merged)));
        QVERIFY(snapshot(m_lead) == before);
        QVERIFY(!QFileInfo::exists(m_lead + QStringLiteral("/journal/zed")));
    }

    // Pre-label sets and labeling rules travel too: a set the lead lacks arrives byte for
    // byte, a set both hold in two versions keeps the lead's and is reported, the rules arrive
    // when the lead has none; a damaged or linked set refuses the whole merge.
    void prelabelSetsAndRulesArrive()
    {
        // Undo the link the test above planted.
        const QString keys = m_field + QStringLiteral("/item-keys.json");
        QVERIFY(QFile::remove(keys));
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("elsewhere.json")), keys));
        QVERIFY(QDir().mkpath(m_field + QStringLiteral("/prelabels")));
        const QByteArray set = "{\"format\": \"concord-prelabels\", \"version\": 1, \"id\": "
                               "\"field-model-1\", \"source\": {\"model\": \"field-model\"}, "
                               "\"suggestions\": []}";
        concord::testing::writeOrFail(m_field + QStringLiteral("/prelabels/field-model-1.json"),
                                      set);
        const QByteArray rules = "{\"format\": \"concord-labeling-rules\", \"revision\": 1}";
        concord::testing::writeOrFail(m_field + QStringLiteral("/labeling-rules.json"), rules);

        CliRun merged = merge();
        QVERIFY2(merged.out.contains(QLatin1String("1 pre-label set added")) &&
                     merged.out.contains(QLatin1String("the labeling rules added")),
                 qPrintable(describe(merged)));
        QCOMPARE(
            concord::testing::readAll(m_lead + QStringLiteral("/prelabels/field-model-1.json")),
            set);
        QCOMPARE(concord::testing::readAll(m_lead + QStringLiteral("/labeling-rules.json")), rules);
        merged = merge();
        QVERIFY2(merged.out.contains(QLatin1String("0 pre-label sets added")) &&
                     !merged.out.contains(QLatin1String("labeling rules")),
                 qPrintable(describe(merged)));

        // The same id in two versions: the lead's stays, and the report names the set.
        const QByteArray ours = QByteArray(set).replace("field-model-1", "shared-1");
        const QByteArray theirs = QByteArray(ours).replace("\"field-model\"", "\"other\"");
        concord::testing::writeOrFail(m_lead + QStringLiteral("/prelabels/shared-1.json"), ours);
        concord::testing::writeOrFail(m_field + QStringLiteral("/prelabels/shared-1.json"), theirs);
        merged = merge();
        QVERIFY2(merged.err.contains(QLatin1String("pre-label set \"shared-1\" differs")),
                 qPrintable(describe(merged)));
        QCOMPARE(concord::testing::readAll(m_lead + QStringLiteral("/prelabels/shared-1.json")),
                 ours);
        QVERIFY(QFile::remove(m_field + QStringLiteral("/prelabels/shared-1.json")));

        // Damaged, or a link to a file outside the copy: nothing is merged.
        const std::map<QString, QByteArray> before = snapshot(m_lead);
        const QString damaged = m_field + QStringLiteral("/prelabels/cut-1.json");
        concord::testing::writeOrFail(damaged, set.left(40));
        merged = merge();
        QVERIFY2(refusedWith(merged, 1, damaged), qPrintable(describe(merged)));
        QVERIFY(snapshot(m_lead) == before);
        QVERIFY(QFile::remove(damaged));
        const QString outside = m_dir.filePath(QStringLiteral("outside-set.json"));
        concord::testing::writeOrFail(outside,
                                      QByteArray(set).replace("field-model-1", "linked-1"));
        const QString linked = m_field + QStringLiteral("/prelabels/linked-1.json");
        QVERIFY(QFile::link(outside, linked));
        merged = merge();
        QVERIFY2(refusedWith(merged, 1, linked), qPrintable(describe(merged)));
        QVERIFY(snapshot(m_lead) == before);
        QVERIFY(QFile::remove(linked));
    }
};

QTEST_GUILESS_MAIN(TestCurationMerge)
#include "tst_curationmerge.moc"
