// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "tests/cli/clirun.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <functional>
#include <map>

using namespace concord;

// Every command that writes a project, killed with SIGKILL part-way: the project still opens,
// `info` reports no damage (an unfinished session would be fine), and running the command again
// ends exactly where one uninterrupted run ends, with nothing duplicated or lost.
class TestKilledCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;    // a project with the images of images/ and no work
    QString m_field;   // a copy of it with more items and two readers' work
    QString m_archive; // f1's sessions from the field copy
    QString m_demo;    // the demo project: a team, a taxonomy, reference labels
    QString m_demoTeamState;
    QRandomGenerator m_random{20261205};
    int m_copies = 0;

    // What a project holds, as far as "nothing duplicated or lost" is concerned.
    struct Contents
    {
        QStringList items;
        QStringList annotators;
        std::map<QString, int> boxes; // per annotator
        bool operator==(const Contents &) const = default;
    };

    static Contents contentsOf(const QString &project)
    {
        Contents contents;
        auto workspace = Workspace::open(project);
        if (!workspace)
            return contents;
        for (const Item &item : (*workspace)->items().items())
            contents.items << item.id;
        contents.items.sort();
        for (const Annotator &annotator : (*workspace)->project().annotators)
            contents.annotators << annotator.id;
        contents.annotators.sort();
        for (const auto &[annotatorId, work] : WorkspaceInternals::store(**workspace).allWork()) {
            int boxes = 0;
            for (const ItemWork &item : work.items())
                boxes += int(item.boxes.size());
            if (boxes > 0)
                contents.boxes[annotatorId] = boxes;
        }
        return contents;
    }

    static QString describe(const Contents &contents)
    {
        QStringList boxes;
        for (const auto &[annotatorId, count] : contents.boxes)
            boxes << QStringLiteral("%1:%2").arg(annotatorId).arg(count);
        return QStringLiteral("%1 items, annotators [%2], boxes [%3]")
            .arg(contents.items.size())
            .arg(contents.annotators.join(QLatin1Char(',')), boxes.join(QLatin1Char(',')));
    }

    static void copyFolder(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QDir().mkpath(to);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(path, target);
        }
        for (const QString &sub :
             {QStringLiteral("journal"), QStringLiteral("blobs"), QStringLiteral("cache")})
            QDir().mkpath(to + QLatin1Char('/') + sub);
    }

    QString copyOf(const QString &project)
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy%1").arg(++m_copies));
        copyFolder(project, copy);
        return copy;
    }

    static void writeImages(const QString &folder, int count, int seed)
    {
        QDir().mkpath(folder);
        for (int i = 0; i < count; ++i) {
            cv::Mat pixels(24, 32, CV_8U, cv::Scalar(0));
            pixels.at<uchar>(i % 24, (i / 24) % 32) = uchar(1 + seed);
            pixels.at<uchar>(0, 0) = uchar(i / 256);
            pixels.at<uchar>(0, 1) = uchar(i % 256);
            cv::imwrite(QStringLiteral("%1/%2-%3.png").arg(folder).arg(seed).arg(i).toStdString(),
                        pixels);
        }
    }

    // A COCO file with `perImage` boxes on each of `images` images of folder images/.
    static QByteArray cocoBoxes(int images, int perImage)
    {
        Json document{
            {"images", Json::array()},
            {"categories", {{{"id", 1}, {"name", "Nodule"}}, {{"id", 2}, {"name", "Effusion"}}}},
            {"annotations", Json::array()}};
        int id = 1;
        for (int i = 0; i < images; ++i) {
            document["images"].push_back(
                {{"id", i + 1}, {"file_name", QStringLiteral("0-%1.png").arg(i).toStdString()}});
            for (int k = 0; k < perImage; ++k, ++id) {
                document["annotations"].push_back({{"id", id},
                                                   {"image_id", i + 1},
                                                   {"category_id", 1 + k % 2},
                                                   {"bbox", {k % 20, k / 20, 4, 3}}});
            }
        }
        return QByteArray::fromStdString(document.dump());
    }

    void checkNoDamage(const QString &project, const QString &when)
    {
        auto workspace = Workspace::open(project);
        QVERIFY2(workspace, qPrintable(when + QStringLiteral(": does not open")));
        const test::CliRun info =
            test::runCli({QStringLiteral("info"), QStringLiteral("--json"), project});
        QVERIFY2(info.exitCode == 0, qPrintable(when + QStringLiteral(": ") + info.err));
        const Json summary = Json::parse(info.out.toStdString());
        QVERIFY2(summary["problems"].empty(), qPrintable(when + QStringLiteral(": ") + info.err));
    }

    // Runs concord-cli with `arguments` to the end and returns how long it took.
    static qint64 timedRun(const QStringList &arguments)
    {
        QElapsedTimer timer;
        timer.start();
        const test::CliRun run = test::runCli(arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.exitCode == 0 ? timer.elapsed() : -1;
    }

    // Starts concord-cli with `arguments` a few times and kills it (SIGKILL) at a random moment
    // of a run that takes `fullRunMs`, checking `project` after each kill; returns how many
    // kills caught it still running.
    int killPartWay(const QStringList &arguments, const QString &project, qint64 fullRunMs)
    {
        constexpr int tries = 4;
        int caught = 0;
        for (int attempt = 0; attempt < tries; ++attempt) {
            QProcess process;
            process.start(QStringLiteral(CONCORD_CLI_PATH), arguments);
            if (!process.waitForStarted())
                return -1;
            const int delay = int(m_random.bounded(qint64(fullRunMs * 9 / 10) + 1));
            if (!process.waitForFinished(delay)) {
                process.kill();
                process.waitForFinished(10000);
                ++caught;
            }
            checkNoDamage(project,
                          QStringLiteral("after a kill at %1 ms of %2").arg(delay).arg(fullRunMs));
            if (QTest::currentTestFailed())
                return caught;
        }
        return caught;
    }

    // The whole check for one command: `arguments(project)` run uninterrupted on one copy of
    // `setup`, killed part-way then run to the end on another; both must end the same.
    void checkCommand(const QString &setup,
                      const std::function<QStringList(const QString &)> &arguments)
    {
        const QString reference = copyOf(setup);
        const qint64 fullRunMs = timedRun(arguments(reference));
        QVERIFY(fullRunMs >= 0);
        const Contents expected = contentsOf(reference);
        const QString target = copyOf(setup);
        const int caught = killPartWay(arguments(target), target, fullRunMs);
        if (QTest::currentTestFailed())
            return;
        qInfo("%d of 4 kills caught it running (a full run takes %lld ms)", caught, fullRunMs);
        const test::CliRun again = test::runCli(arguments(target));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        checkNoDamage(target, QStringLiteral("after running it again"));
        const Contents found = contentsOf(target);
        QVERIFY2(
            found == expected,
            qPrintable(
                QStringLiteral("expected %1, found %2").arg(describe(expected), describe(found))));
    }

    // What the team commands change, as their own list commands print it, without what two
    // runs never share: times, session counts and plan ids made from the time.
    static QString teamStateOf(const QString &project)
    {
        QStringList parts;
        for (const char *group :
             {"taxonomy", "annotator", "calibration", "gold", "reference", "guideline"}) {
            const test::CliRun run =
                test::runCli({QString::fromLatin1(group), QStringLiteral("list"), project,
                              QStringLiteral("--json")});
            Json json = Json::parse(run.out.toStdString(), nullptr, false);
            dropVolatile(json);
            parts << QString::fromLatin1(group) + QLatin1Char(' ') +
                         QString::fromStdString(json.dump());
        }
        return parts.join(QLatin1Char('\n'));
    }

    static void dropVolatile(Json &json)
    {
        if (json.is_object()) {
            for (const char *key : {"created", "time", "date", "sessions"})
                json.erase(key);
            if (json.contains("id") && json["id"].is_string()) {
                const std::string id = json["id"].get<std::string>();
                if (id.starts_with("cal-") || id.starts_with("gold-"))
                    json.erase("id");
            }
        }
        if (json.is_structured())
            for (Json &child : json)
                dropVolatile(child);
    }

    // A command that makes one small change for a lead, killed at a random moment on a fresh
    // copy of the demo, a few times: the project stays undamaged and holds either none of the
    // change or all of it, never a part. (Run again, such a command would make the change twice
    // where that is allowed, as `taxonomy add` of a name already there.)
    void checkTeamCommand(const QStringList &arguments)
    {
        auto withProject = [&](const QString &project) {
            QStringList full = arguments;
            full.insert(2, project);
            return full;
        };
        const QString reference = copyOf(m_demo);
        const qint64 fullRunMs = timedRun(withProject(reference));
        QVERIFY2(fullRunMs >= 0, qPrintable(arguments.join(QLatin1Char(' '))));
        const QString expected = teamStateOf(reference);
        if (m_demoTeamState.isEmpty())
            m_demoTeamState = teamStateOf(m_demo);
        QVERIFY(expected != m_demoTeamState); // the command changes something
        int caught = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QString target = copyOf(m_demo);
            QProcess process;
            process.start(QStringLiteral(CONCORD_CLI_PATH), withProject(target));
            QVERIFY(process.waitForStarted());
            const int delay = int(m_random.bounded(qint64(fullRunMs) + 1));
            if (!process.waitForFinished(delay)) {
                process.kill();
                process.waitForFinished(10000);
                ++caught;
            }
            checkNoDamage(target, QStringLiteral("after a kill at %1 ms").arg(delay));
            const QString found = teamStateOf(target);
            QVERIFY2(
                found == m_demoTeamState || found == expected,
                qPrintable(QStringLiteral("a kill at %1 ms left part of the change").arg(delay)));
        }
        qInfo("%d of 4 kills caught it running (a full run takes %lld ms)", caught, fullRunMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString images = m_dir.filePath(QStringLiteral("images"));
        writeImages(images, 300, 0);
        writeImages(m_dir.filePath(QStringLiteral("more")), 100, 1);
        QFile labels(m_dir.filePath(QStringLiteral("labels.txt")));
        QVERIFY(labels.open(QIODevice::WriteOnly));
        labels.write("Nodule\nEffusion\n");
        labels.close();
        QFile coco(m_dir.filePath(QStringLiteral("boxes.json")));
        QVERIFY(coco.open(QIODevice::WriteOnly));
        coco.write(cocoBoxes(300, 60));
        coco.close();

        m_base = m_dir.filePath(QStringLiteral("base"));
        QCOMPARE(test::runCli({QStringLiteral("init"), m_base, QStringLiteral("--taxonomy"),
                               labels.fileName()})
                     .exitCode,
                 0);
        QCOMPARE(test::runCli({QStringLiteral("import"), m_base, images}).exitCode, 0);
        m_field = copyOf(m_base);
        QCOMPARE(test::runCli(
                     {QStringLiteral("import"), m_field, m_dir.filePath(QStringLiteral("more"))})
                     .exitCode,
                 0);
        for (const QString &reader : {QStringLiteral("f1"), QStringLiteral("f2")}) {
            const test::CliRun run =
                test::runCli({QStringLiteral("import-annotations"), m_field,
                              QStringLiteral("--annotator"), reader, coco.fileName()});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        m_demo = m_dir.filePath(QStringLiteral("demo"));
        QCOMPARE(test::runCli({QStringLiteral("init"), m_demo, QStringLiteral("--demo")}).exitCode,
                 0);
        m_archive = m_dir.filePath(QStringLiteral("f1.concord-session"));
        QCOMPARE(
            test::runCli({QStringLiteral("export-session"), m_field, QStringLiteral("--annotator"),
                          QStringLiteral("f1"), QStringLiteral("--out"), m_archive})
                .exitCode,
            0);
    }

    void killedTeamCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        auto row = [](const char *name, const QString &line) {
            QStringList arguments = line.split(QLatin1Char(' '));
            QTest::newRow(name) << arguments;
        };
        row("taxonomy add", QStringLiteral("taxonomy add Mass --as lead --parent Finding"));
        row("taxonomy rename", QStringLiteral("taxonomy rename Finding Abnormality --as lead"));
        row("taxonomy leaf-only", QStringLiteral("taxonomy leaf-only on --as lead"));
        row("annotator add", QStringLiteral("annotator add dana --role reviewer"));
        row("annotator set-role", QStringLiteral("annotator set-role anna adjudicator --as lead"));
        row("calibration create",
            QStringLiteral("calibration create --as lead --name Round --count 3 --seed 7"));
        row("reference set", QStringLiteral("reference set images/chest-02.png Finding --as lead"));
    }

    void killedTeamCommands()
    {
        QFETCH(QStringList, arguments);
        checkTeamCommand(arguments);
    }

    void killedInit()
    {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QString project = m_dir.filePath(QStringLiteral("init%1").arg(attempt));
            const QStringList arguments{QStringLiteral("init"), project, QStringLiteral("--demo")};
            QProcess process;
            process.start(QStringLiteral(CONCORD_CLI_PATH), arguments);
            QVERIFY(process.waitForStarted());
            if (!process.waitForFinished(int(m_random.bounded(5, 400)))) {
                process.kill();
                process.waitForFinished(10000);
            }
            // Killed before project.json: not a project yet, and init makes one. After it: a
            // whole project, which init refuses to overwrite.
            if (QFileInfo::exists(project + QStringLiteral("/project.json"))) {
                checkNoDamage(project, QStringLiteral("init killed"));
                const test::CliRun again = test::runCli(arguments);
                QVERIFY2(again.exitCode == 0 || again.err.contains(QStringLiteral("already")),
                         qPrintable(again.err));
            } else {
                const test::CliRun again = test::runCli(arguments);
                QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            }
            checkNoDamage(project, QStringLiteral("init run again"));
        }
    }

    void killedImport()
    {
        const QString images = m_dir.filePath(QStringLiteral("more"));
        checkCommand(m_base, [&](const QString &project) {
            return QStringList{QStringLiteral("import"), project, images};
        });
    }

    void killedImportAnnotations()
    {
        const QString coco = m_dir.filePath(QStringLiteral("boxes.json"));
        checkCommand(m_base, [&](const QString &project) {
            return QStringList{QStringLiteral("import-annotations"), project,
                               QStringLiteral("--annotator"), QStringLiteral("model"), coco};
        });
    }

    // A pre-label set is written whole or not at all: after a kill at any moment, every set in
    // the project reads, and each holds every suggestion of the file.
    void killedPrelabelImport()
    {
        const QString coco = m_dir.filePath(QStringLiteral("boxes.json"));
        QFile file(coco);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const size_t annotations = Json::parse(file.readAll().toStdString())["annotations"].size();
        const QString target = copyOf(m_base);
        const QStringList arguments = {QStringLiteral("prelabels"), QStringLiteral("import"),
                                       target, coco};
        const qint64 fullRunMs = timedRun(arguments);
        QVERIFY(fullRunMs >= 0);
        const int caught = killPartWay(arguments, target, fullRunMs);
        QVERIFY(!QTest::currentTestFailed());
        qInfo("%d of 4 kills caught it running (a full run takes %lld ms)", caught, fullRunMs);
        const test::CliRun list = test::runCli({QStringLiteral("prelabels"), QStringLiteral("list"),
                                                target, QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const Json sets = Json::parse(list.out.toStdString());
        QVERIFY(sets.size() >= 1); // the uninterrupted run's, and those a kill came too late for
        for (const Json &set : sets)
            QCOMPARE(set["suggestions"].get<size_t>(), annotations);
    }

    void killedMerge()
    {
        checkCommand(m_base, [&](const QString &project) {
            return QStringList{QStringLiteral("merge"), project, m_field};
        });
    }

    void killedImportSession()
    {
        checkCommand(m_base, [&](const QString &project) {
            return QStringList{QStringLiteral("import-session"), project, m_archive};
        });
    }

    // export-session writes outside the project: the archive a killed run leaves must never be
    // taken for a whole one, and running it again gives one that imports completely.
    void killedExportSession()
    {
        const QString out = m_dir.filePath(QStringLiteral("again.concord-session"));
        const QStringList arguments{QStringLiteral("export-session"), m_field,
                                    QStringLiteral("--annotator"),    QStringLiteral("f1"),
                                    QStringLiteral("--out"),          out};
        const int f1Boxes = contentsOf(m_field).boxes[QStringLiteral("f1")];
        QVERIFY(f1Boxes > 0);
        const qint64 fullRunMs = timedRun(arguments);
        QVERIFY(fullRunMs >= 0);
        QVERIFY(QFile::remove(out));
        const int caught = killPartWay(arguments, m_field, fullRunMs);
        qInfo("%d of 4 kills caught it running (a full run takes %lld ms)", caught, fullRunMs);
        if (QFileInfo::exists(out)) {
            // What a kill left is either refused or whole.
            const QString probe = copyOf(m_base);
            if (test::runCli({QStringLiteral("import-session"), probe, out}).exitCode == 0)
                QCOMPARE(contentsOf(probe).boxes[QStringLiteral("f1")], f1Boxes);
        }
        QCOMPARE(test::runCli(arguments).exitCode, 0);
        const QString target = copyOf(m_base);
        const test::CliRun imported = test::runCli({QStringLiteral("import-session"), target, out});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(contentsOf(target).boxes[QStringLiteral("f1")], f1Boxes);
    }
};

QTEST_GUILESS_MAIN(TestKilledCommands)
#include "tst_killedcommands.moc"
