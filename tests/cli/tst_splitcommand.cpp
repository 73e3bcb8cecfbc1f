// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <map>
#include <set>

using namespace concord::test;

namespace {

// A smooth picture of soft blobs, different for each seed: what near-duplicate detection is for.
cv::Mat blobPicture(unsigned seed)
{
    cv::RNG random(seed);
    cv::Mat picture(128, 128, CV_32F, cv::Scalar(40));
    for (int blob = 0; blob < 6; ++blob) {
        cv::circle(picture, cv::Point(random.uniform(0, 128), random.uniform(0, 128)),
                   random.uniform(10, 35), cv::Scalar(random.uniform(0.0, 200.0)), cv::FILLED);
    }
    cv::GaussianBlur(picture, picture, cv::Size(0, 0), 4);
    cv::Mat bytes;
    picture.convertTo(bytes, CV_8U);
    return bytes;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QJsonObject parseJson(const CliRun &run)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(run.out), qPrintable(run.err));
    return document.object();
}

int recordedVersions(const QString &project)
{
    QFile file(project + QStringLiteral("/splits.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(QJsonDocument::fromJson(file.readAll())
                   .object()[QStringLiteral("splits")]
                   .toArray()
                   .size());
}

} // namespace

class TestSplitCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_images;
    std::map<QString, QString> m_patientOfFile; // file name -> patient

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("project"));
        m_images = m_dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(m_images));
        QByteArray csv = "file,patient,site\n";
        for (int image = 0; image < 24; ++image) {
            const QString name = QStringLiteral("img%1.png").arg(image);
            QVERIFY(cv::imwrite((m_images + QLatin1Char('/') + name).toStdString(),
                                blobPicture(unsigned(image + 1))));
            const QString patient = QStringLiteral("P%1").arg(image / 3);
            m_patientOfFile[name] = patient;
            csv += name.toUtf8() + ',' + patient.toUtf8() + (image % 2 ? ",north\n" : ",south\n");
        }
        writeText(m_dir.filePath(QStringLiteral("meta.csv")), csv);
        QCOMPARE(runCli({QStringLiteral("init"), m_project}).exitCode, 0);
        const CliRun imported =
            runCli({QStringLiteral("import"), m_project, m_images, QStringLiteral("--metadata"),
                    m_dir.filePath(QStringLiteral("meta.csv"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QLatin1String("recorded for 24")), qPrintable(imported.out));
    }

    void splitsByPatientWithoutLeaks()
    {
        const QStringList arguments = {QStringLiteral("split"),    m_project,
                                       QStringLiteral("--ratios"), QStringLiteral("0.5,0.25,0.25"),
                                       QStringLiteral("--group"),  QStringLiteral("patient"),
                                       QStringLiteral("--seed"),   QStringLiteral("9"),
                                       QStringLiteral("--json")};
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = parseJson(run);
        const QJsonArray items = result[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 24);
        std::map<QString, std::set<QString>> splitsOfPatient;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString file = QFileInfo(item[QStringLiteral("file")].toString()).fileName();
            QVERIFY(m_patientOfFile.count(file));
            QVERIFY(!item[QStringLiteral("item")].toString().isEmpty());
            splitsOfPatient[m_patientOfFile[file]].insert(item[QStringLiteral("split")].toString());
        }
        QCOMPARE(splitsOfPatient.size(), size_t(8));
        for (const auto &[patient, splits] : splitsOfPatient)
            QVERIFY2(splits.size() == 1, qPrintable(patient));

        const QJsonObject report = result[QStringLiteral("report")].toObject();
        QCOMPARE(report[QStringLiteral("version")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("groups")].toInt(), 8);
        QCOMPARE(report[QStringLiteral("labels_from")].toString(), QStringLiteral("all_work"));
        const QJsonArray splits = report[QStringLiteral("splits")].toArray();
        QCOMPARE(splits.size(), 3);
        QCOMPARE(splits[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("train"));
        QCOMPARE(splits[0].toObject()[QStringLiteral("items")].toInt(), 12);
        QVERIFY(report[QStringLiteral("leaks")]
                    .toObject()[QStringLiteral("groups")]
                    .toArray()
                    .isEmpty());
        QVERIFY(report.contains(QStringLiteral("max_deviation")));
        QCOMPARE(recordedVersions(m_project), 1);

        // The same seed gives the same split; it is recorded as the next version.
        const CliRun again = runCli(arguments);
        QCOMPARE(parseJson(again)[QStringLiteral("items")].toArray(), items);
        QCOMPARE(recordedVersions(m_project), 2);
        const CliRun dryRun = runCli(QStringList(arguments) << QStringLiteral("--dry-run"));
        QVERIFY(parseJson(dryRun)[QStringLiteral("report")]
                    .toObject()[QStringLiteral("version")]
                    .isNull());
        QCOMPARE(recordedVersions(m_project), 2);
    }

    void stratifiesByAKey()
    {
        const CliRun run =
            runCli({QStringLiteral("split"), m_project, QStringLiteral("--ratios"),
                    QStringLiteral("0.5,0.5"), QStringLiteral("--stratify"), QStringLiteral("site"),
                    QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = parseJson(run)[QStringLiteral("report")].toObject();
        for (const QJsonValue &split : report[QStringLiteral("splits")].toArray()) {
            const QJsonObject counts = split.toObject()[QStringLiteral("counts")].toObject();
            QCOMPARE(counts[QStringLiteral("north")].toInt(), 6);
            QCOMPARE(counts[QStringLiteral("south")].toInt(), 6);
        }
        QCOMPARE(
            report[QStringLiteral("max_deviation")].toObject()[QStringLiteral("value")].toDouble(),
            0.0);
    }

    void ungroupedSplitReportsPatientLeaks()
    {
        // Without --group every image stands alone, so a patient's images scatter: the report
        // names each patient found in two splits.
        const CliRun run = runCli({QStringLiteral("split"), m_project, QStringLiteral("--ratios"),
                                   QStringLiteral("0.5,0.5"), QStringLiteral("--dry-run"),
                                   QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = parseJson(run)[QStringLiteral("report")].toObject();
        const QJsonArray leaks =
            report[QStringLiteral("leaks")].toObject()[QStringLiteral("groups")].toArray();
        QVERIFY(!leaks.isEmpty());
        for (const QJsonValue &leak : leaks) {
            QCOMPARE(leak.toObject()[QStringLiteral("key")].toString(), QStringLiteral("patient"));
            QCOMPARE(leak.toObject()[QStringLiteral("splits")].toArray().size(), 2);
        }
    }

    void impossibleRatiosAreRefused()
    {
        const int before = recordedVersions(m_project);
        const QStringList arguments = {QStringLiteral("split"),    m_project,
                                       QStringLiteral("--ratios"), QStringLiteral("0.7,0.15,0.15"),
                                       QStringLiteral("--group"),  QStringLiteral("site")};
        const CliRun refused = runCli(arguments);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("3 splits need at least 3 groups")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("--allow-skew")));
        QCOMPARE(recordedVersions(m_project), before);

        const CliRun allowed = runCli(QStringList(arguments) << QStringLiteral("--allow-skew")
                                                             << QStringLiteral("--json"));
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        QVERIFY(parseJson(allowed)[QStringLiteral("report")]
                    .toObject()[QStringLiteral("skewed")]
                    .toBool());
        QCOMPARE(recordedVersions(m_project), before + 1);
    }

    void exportsOneSplit()
    {
        const CliRun split = runCli({QStringLiteral("split"), m_project, QStringLiteral("--ratios"),
                                     QStringLiteral("0.5,0.25,0.25"), QStringLiteral("--group"),
                                     QStringLiteral("patient"), QStringLiteral("--seed"),
                                     QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(split.exitCode == 0, qPrintable(split.err));
        QSet<QString> inTest;
        for (const QJsonValue &item : parseJson(split)[QStringLiteral("items")].toArray()) {
            if (item[QStringLiteral("split")].toString() == QLatin1String("test"))
                inTest.insert(item[QStringLiteral("file")].toString());
        }
        QVERIFY(!inTest.isEmpty());
        const QString coco = m_dir.filePath(QStringLiteral("test.json"));
        const CliRun exported =
            runCli({QStringLiteral("export"), m_project, QStringLiteral("--out"), coco,
                    QStringLiteral("--split"), QStringLiteral("test")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(coco);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> written;
        for (const QJsonValue &image :
             QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("images")].toArray())
            written.insert(image[QStringLiteral("file_name")].toString());
        QCOMPARE(written, inTest);

        const CliRun unknown = runCli({QStringLiteral("export"), m_project, QStringLiteral("--out"),
                                       coco, QStringLiteral("--split"), QStringLiteral("holdout")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("splits.json: version")) &&
                     unknown.err.contains(QLatin1String("no split \"holdout\"")),
                 qPrintable(unknown.err));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key")
            << QStringList{QStringLiteral("--ratios"), QStringLiteral("0.5,0.5"),
                           QStringLiteral("--group"), QStringLiteral("scanner")}
            << QStringLiteral("no item has the key \"scanner\"");
        QTest::newRow("sum") << QStringList{QStringLiteral("--ratios"), QStringLiteral("0.5,0.6")}
                             << QStringLiteral("add up to 1.1");
        QTest::newRow("words") << QStringList{QStringLiteral("--ratios"),
                                              QStringLiteral("half,half")}
                               << QStringLiteral("numbers separated by commas");
        QTest::newRow("no ratios") << QStringList{} << QStringLiteral("--ratios is required");
        QTest::newRow("names") << QStringList{QStringLiteral("--ratios"), QStringLiteral("0.5,0.5"),
                                              QStringLiteral("--names"), QStringLiteral("a,b,c")}
                               << QStringLiteral("3 split names");
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        const int before = recordedVersions(m_project);
        const CliRun run = runCli(QStringList{QStringLiteral("split"), m_project} + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(recordedVersions(m_project), before);
    }

    void nearDuplicatesInDifferentSplitsAreLeaks()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        const QString images = dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(images));
        const cv::Mat original = blobPicture(100);
        cv::Mat noise(original.size(), CV_8S);
        cv::randn(noise, 0, 5);
        cv::Mat noisy;
        cv::add(original, noise, noisy, cv::noArray(), CV_8U);
        cv::Mat smaller;
        cv::resize(original, smaller, cv::Size(97, 97), 0, 0, cv::INTER_AREA);
        QVERIFY(cv::imwrite((images + QStringLiteral("/a.png")).toStdString(), original));
        QVERIFY(cv::imwrite((images + QStringLiteral("/a-noisy.png")).toStdString(), noisy));
        QVERIFY(cv::imwrite((images + QStringLiteral("/a-small.png")).toStdString(), smaller));
        for (int other = 0; other < 5; ++other)
            QVERIFY(cv::imwrite((images + QStringLiteral("/b%1.png").arg(other)).toStdString(),
                                blobPicture(unsigned(200 + other))));
        QCOMPARE(runCli({QStringLiteral("init"), project}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("import"), project, images}).exitCode, 0);

        const QSet<QString> copies = {QStringLiteral("a.png"), QStringLiteral("a-noisy.png"),
                                      QStringLiteral("a-small.png")};
        bool sawLeak = false;
        for (int seed = 0; seed < 12; ++seed) {
            const CliRun run = runCli({QStringLiteral("split"), project, QStringLiteral("--ratios"),
                                       QStringLiteral("0.5,0.5"), QStringLiteral("--seed"),
                                       QString::number(seed), QStringLiteral("--near-duplicates"),
                                       QStringLiteral("--dry-run"), QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonObject result = parseJson(run);
            std::map<QString, QString> splitOfFile;
            for (const QJsonValue &item : result[QStringLiteral("items")].toArray()) {
                splitOfFile[QFileInfo(item[QStringLiteral("file")].toString()).fileName()] =
                    item[QStringLiteral("split")].toString();
            }
            const QJsonArray leaks = result[QStringLiteral("report")]
                                         .toObject()[QStringLiteral("leaks")]
                                         .toObject()[QStringLiteral("near_duplicates")]
                                         .toArray();
            // Exactly the pairs of copies that landed apart.
            int expected = 0;
            const QStringList copyList(copies.begin(), copies.end());
            for (int i = 0; i < copyList.size(); ++i) {
                for (int j = i + 1; j < copyList.size(); ++j)
                    expected += splitOfFile[copyList[i]] != splitOfFile[copyList[j]] ? 1 : 0;
            }
            QCOMPARE(leaks.size(), expected);
            for (const QJsonValue &leak : leaks) {
                const QJsonArray files = leak[QStringLiteral("files")].toArray();
                QVERIFY(copies.contains(QFileInfo(files[0].toString()).fileName()));
                QVERIFY(copies.contains(QFileInfo(files[1].toString()).fileName()));
                QVERIFY(leak[QStringLiteral("distance")].toInt() <= 8);
            }
            sawLeak = sawLeak || expected > 0;
        }
        QVERIFY(sawLeak);
        // Hashed once, by content; later runs read them back.
        QVERIFY(QFileInfo::exists(project + QStringLiteral("/cache/perceptual-hashes.json")));
    }

    void badMetadataImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file column")
            << QByteArray("path,patient\nx.png,P1\n")
            << QStringLiteral(".csv:1: the header has no \"file\" column");
        QTest::newRow("parent path") << QByteArray("file,patient\n../x.png,P1\n")
                                     << QStringLiteral(".csv:2: file \"../x.png\"");
        QTest::newRow("absolute path") << QByteArray("file,patient\n/etc/hosts,P1\n")
                                       << QStringLiteral(".csv:2: file \"/etc/hosts\"");
        QTest::newRow("link out") << QByteArray("file,patient\nlink.png,P1\n")
                                  << QStringLiteral(".csv:2: file \"link.png\" leads outside");
        QTest::newRow("ragged") << QByteArray("file,patient\nx.png,P1,more\n")
                                << QStringLiteral(".csv:2: expected");
        QTest::newRow("unknown") << QByteArray("file,patient\nnone.png,P1\n")
                                 << QStringLiteral(".csv:2: unknown file \"none.png\"");
    }

    void badMetadataImportsNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        const QString images = dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir().mkpath(images));
        QVERIFY(cv::imwrite((images + QStringLiteral("/x.png")).toStdString(), blobPicture(1)));
        QVERIFY(
            cv::imwrite(dir.filePath(QStringLiteral("secret.png")).toStdString(), blobPicture(2)));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.png")),
                            images + QStringLiteral("/link.png")));
        writeText(dir.filePath(QStringLiteral("meta.csv")), csv);
        QCOMPARE(runCli({QStringLiteral("init"), project}).exitCode, 0);
        const CliRun run =
            runCli({QStringLiteral("import"), project, images, QStringLiteral("--metadata"),
                    dir.filePath(QStringLiteral("meta.csv"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QFile items(project + QStringLiteral("/items.jsonl"));
        QVERIFY(!items.exists() || (items.open(QIODevice::ReadOnly) && items.readAll().isEmpty()));
        QVERIFY(!QFileInfo::exists(project + QStringLiteral("/item-keys.json")));
    }
};

QTEST_GUILESS_MAIN(TestSplitCommand)
#include "tst_splitcommand.moc"
