// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/projectlock.h"
#include "core/storage/sessionarchive.h"
#include "tests/core/projectcopies.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <memory>
#include <vector>

using namespace concord;

// Several concord-cli processes writing one project at once lose nothing (docs/storage.md,
// "Shared state and the project lock"); merge and import-session are all or nothing, also when
// killed part-way, and a re-run after a kill neither duplicates nor loses.
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private:
    // Starts every command at once and waits for all; returns their exit codes and stderr.
    static QStringList runTogether(const std::vector<QStringList> &commands,
                                   const QProcessEnvironment &environment = {})
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList &arguments : commands) {
            auto process = std::make_unique<QProcess>();
            if (!environment.isEmpty())
                process->setProcessEnvironment(environment);
            process->start(QStringLiteral(CONCORD_CLI_PATH), arguments);
            processes.push_back(std::move(process));
        }
        QStringList failures;
        for (size_t i = 0; i < processes.size(); ++i) {
            QProcess &process = *processes[i];
            if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
                process.exitCode() != 0) {
                failures << commands[i].join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                QString::fromUtf8(process.readAllStandardError());
            }
        }
        return failures;
    }

    static void makeImages(const QString &folder, int first, int count)
    {
        QDir().mkpath(folder);
        for (int i = first; i < first + count; ++i) {
            cv::Mat pixels(4, 4, CV_8U, cv::Scalar(0));
            pixels.at<uchar>(0, 0) = uchar(i % 256);
            pixels.at<uchar>(0, 1) = uchar(i / 256);
            cv::imwrite(QStringLiteral("%1/img%2.png").arg(folder).arg(i).toStdString(), pixels);
        }
    }

    static std::unique_ptr<Workspace> createProject(const QString &dir)
    {
        auto workspace = Workspace::create(
            dir, Project::create(QStringLiteral("shared"),
                                 Taxonomy::fromIndentedText(QStringLiteral("Nodule"))));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.error().toString()));
        return std::move(*workspace);
    }

    // A copy of `project` with annotator `id`, one item of its own and one session with a box.
    static void makeCopyWithWork(const QString &project, const QString &copy, const QString &id,
                                 int itemNumber)
    {
        QVERIFY(testing::copyProjectFolder(project, copy));
        auto workspace = Workspace::open(copy);
        QVERIFY(workspace);
        QVERIFY(!(*workspace)->addAnnotator({id, id, Role::Annotator}));
        const QString itemId = QStringLiteral("item-%1").arg(itemNumber);
        QVERIFY((*workspace)->addItems({Item{itemId, itemId + QStringLiteral(".png")}}));
        QVERIFY(!(*workspace)->startSession(id));
        BoxAnnotation box;
        box.id = quint64(itemNumber);
        box.labelId = 1;
        box.rect = {1, 1, 5, 5};
        QVERIFY(!(*workspace)->commit(edits::addBox(itemId, box).forward));
        QVERIFY(!(*workspace)->endSession());
    }

    static void verifyClean(const QString &project, int items, int annotators)
    {
        auto reopened = Workspace::open(project);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->items().size(), items);
        QCOMPARE(int((*reopened)->project().annotators.size()), annotators);
        for (const FileError &problem : (*reopened)->openProblems())
            QFAIL(qPrintable(problem.toString()));
        for (const Annotator &annotator : (*reopened)->project().annotators)
            QVERIFY2(WorkspaceInternals::store(**reopened).work(annotator.id),
                     qPrintable(annotator.id));
    }

private Q_SLOTS:
    void concurrentImportsLoseNoItem()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        createProject(project);
        constexpr int processes = 4;
        constexpr int imagesEach = 20;
        std::vector<QStringList> commands;
        for (int p = 0; p < processes; ++p) {
            const QString folder = dir.filePath(QStringLiteral("images%1").arg(p));
            makeImages(folder, p * imagesEach, imagesEach);
            commands.push_back({QStringLiteral("import"), project, folder});
        }
        const QStringList failures = runTogether(commands);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        verifyClean(project, processes * imagesEach, 0);
    }

    void concurrentMergesAndImportsLoseNothing()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        createProject(project);
        constexpr int copies = 3;
        std::vector<QStringList> commands;
        for (int c = 0; c < copies; ++c) {
            const QString copy = dir.filePath(QStringLiteral("copy%1").arg(c));
            makeCopyWithWork(project, copy, QStringLiteral("m%1").arg(c), c);
            commands.push_back({QStringLiteral("merge"), project, copy});
        }
        for (int a = 0; a < copies; ++a) {
            const QString copy = dir.filePath(QStringLiteral("field%1").arg(a));
            const QString id = QStringLiteral("s%1").arg(a);
            makeCopyWithWork(project, copy, id, 100 + a);
            const QString archive = dir.filePath(id + QStringLiteral(".concord-session"));
            QVERIFY(exportSessionArchive(copy, id, archive));
            commands.push_back({QStringLiteral("import-session"), project, archive});
        }
        const QStringList failures = runTogether(commands);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // import-session brings journals and the annotator, not items: the merged copies' items.
        verifyClean(project, copies, 2 * copies);
    }

    void failedMergeLeavesTheProjectAsItWas()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        createProject(project);
        const QString copy = dir.filePath(QStringLiteral("copy"));
        makeCopyWithWork(project, copy, QStringLiteral("aa"), 1);
        {
            auto workspace = Workspace::open(copy);
            QVERIFY(!(*workspace)->addAnnotator({QStringLiteral("zz"), QStringLiteral("zz")}));
            QVERIFY(!(*workspace)->startSession(QStringLiteral("zz")));
        }
        // The second annotator's journal cannot go where it must: its folder is a file here.
        QVERIFY(testing::writeAll(project + QStringLiteral("/journal/zz"), "in the way"));
        const auto before = testing::folderSnapshot(project);
        QProcess merge;
        merge.start(QStringLiteral(CONCORD_CLI_PATH), {QStringLiteral("merge"), project, copy});
        QVERIFY(merge.waitForFinished(60000));
        QCOMPARE(merge.exitCode(), 1);
        QVERIFY(ProjectLock::acquire(project)); // any leftovers are settled by the next writer
        QVERIFY(testing::folderSnapshot(project) == before);
    }

    void killedMergeAndImportAreAllOrNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<bool>("applied");
        for (const QString &command : {QStringLiteral("merge"), QStringLiteral("import-session")}) {
            QTest::addRow("%s before commit", qPrintable(command))
                << command << QStringLiteral("staged-commit-before-commit-point") << false;
            QTest::addRow("%s mid-commit", qPrintable(command))
                << command << QStringLiteral("staged-commit-after-first-move") << true;
        }
    }

    void killedMergeAndImportAreAllOrNothing()
    {
        QFETCH(QString, command);
        QFETCH(QString, failpoint);
        QFETCH(bool, applied);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        createProject(project);
        const QString copy = dir.filePath(QStringLiteral("copy"));
        makeCopyWithWork(project, copy, QStringLiteral("k1"), 1);
        QString source = copy;
        if (command == QLatin1String("import-session")) {
            source = dir.filePath(QStringLiteral("k1.concord-session"));
            QVERIFY(exportSessionArchive(copy, QStringLiteral("k1"), source));
        }
        const auto before = testing::folderSnapshot(project);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONCORD_FAILPOINT"), failpoint);
        QProcess killed;
        killed.setProcessEnvironment(environment);
        killed.start(QStringLiteral(CONCORD_CLI_PATH), {command, project, source});
        QVERIFY(killed.waitForFinished(60000));
        QCOMPARE(killed.exitStatus(), QProcess::CrashExit);
        QVERIFY(ProjectLock::acquire(project)); // the next writer settles what the kill left
        const auto after = testing::folderSnapshot(project);
        if (applied)
            QVERIFY(after != before);
        else
            QVERIFY(after == before);
        for (const auto &[path, bytes] : after)
            QVERIFY2(!path.contains(QStringLiteral(".staging-")), qPrintable(path));
        // A re-run completes it once: nothing twice, nothing missing.
        const QStringList failures = runTogether({{command, project, source}});
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        verifyClean(project, command == QLatin1String("merge") ? 1 : 0, 1);
        auto reopened = Workspace::open(project);
        QCOMPARE(int(WorkspaceInternals::store(**reopened)
                         .work(QStringLiteral("k1"))
                         ->sessions()
                         .size()),
                 1);
    }

    // Every import of one model in the same second must keep its own set: before sets were
    // linked into place, eight processes choosing the same free id left four sets, each
    // having replaced another, while all eight reported success (docs/storage.md, "Files
    // written once").
    void concurrentPrelabelImportsOfOneModelKeepEverySet()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.concord"));
        QProcess init;
        init.start(QStringLiteral(CONCORD_CLI_PATH),
                   {QStringLiteral("init"), project, QStringLiteral("--demo")});
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);
        auto workspace = Workspace::open(project);
        QVERIFY(workspace);
        QByteArray csv = "item,label,score\n";
        for (const Item &item : (*workspace)->items().items())
            csv += item.id.toUtf8() + ",Normal,0.7\n";
        const QString predictions = dir.filePath(QStringLiteral("predictions.csv"));
        QVERIFY(testing::writeAll(predictions, csv));
        const Expected<std::vector<PrelabelSet>> before = readPrelabelSets(project);
        QVERIFY(before);

        constexpr int processes = 8;
        const QStringList import = {QStringLiteral("prelabels"),
                                    QStringLiteral("import"),
                                    project,
                                    predictions,
                                    QStringLiteral("--format"),
                                    QStringLiteral("csv"),
                                    QStringLiteral("--name"),
                                    QStringLiteral("same model")};
        const QStringList failures = runTogether(std::vector<QStringList>(processes, import));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        const Expected<std::vector<PrelabelSet>> after = readPrelabelSets(project);
        QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
        QCOMPARE(int(after->size()), int(before->size()) + processes);
        int imported = 0;
        for (const PrelabelSet &set : *after) {
            if (set.source.modelName != QLatin1String("same model"))
                continue;
            ++imported;
            QVERIFY2(set.id.startsWith(QStringLiteral("same-model-")), qPrintable(set.id));
            QCOMPARE(int(set.suggestions.size()), int((*workspace)->items().size()));
        }
        QCOMPARE(imported, processes);
        // No temporary file is left behind in the folder.
        QCOMPARE(QDir(prelabelFolder(project))
                     .entryList(QDir::Files | QDir::Hidden | QDir::System)
                     .size(),
                 int(after->size()));
    }

    void importKeepsAndReportsADamagedItemLine()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p"));
        createProject(project);
        QVERIFY(testing::writeAll(project + QStringLiteral("/items.jsonl"),
                                  "{\"id\":\"old\",\"path\":\"old.png\"}\n{\"id\":\"torn\",\n"));
        const QString images = dir.filePath(QStringLiteral("images"));
        makeImages(images, 0, 2);
        const QByteArray damaged = testing::readAll(project + QStringLiteral("/items.jsonl"));
        // A damaged project is refused with the problem named, and left as it was...
        QProcess refused;
        refused.start(QStringLiteral(CONCORD_CLI_PATH),
                      {QStringLiteral("import"), project, images});
        QVERIFY(refused.waitForFinished(60000));
        QVERIFY(refused.exitCode() != 0);
        QVERIFY(QString::fromUtf8(refused.readAllStandardError())
                    .contains(QStringLiteral("items.jsonl:2")));
        QCOMPARE(testing::readAll(project + QStringLiteral("/items.jsonl")), damaged);
        // ...and with --allow-damaged the import goes on, keeping the damaged line in place.
        QProcess import;
        import.start(QStringLiteral(CONCORD_CLI_PATH), {QStringLiteral("import"), project, images,
                                                        QStringLiteral("--allow-damaged")});
        QVERIFY(import.waitForFinished(60000));
        QCOMPARE(import.exitCode(), 0);
        const QString err = QString::fromUtf8(import.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("items.jsonl:2")), qPrintable(err));
        const QList<QByteArray> lines =
            testing::readAll(project + QStringLiteral("/items.jsonl")).split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[1], QByteArray("{\"id\":\"torn\","));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
