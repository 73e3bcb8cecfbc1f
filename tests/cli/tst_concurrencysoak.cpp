// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/sessionarchive.h"
#include "tests/core/projectcopies.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace concord;

// The concurrency soak (docs/storage.md, "Shared state and the project lock"): for a bounded
// time, separate concord-cli processes import images, import annotations, merge copies, import
// session archives and read the project, all on one project at once. Afterwards every change a
// command acknowledged (exit 0) is there, the hash chains verify, and `info` reports no
// problem. CONCORD_SOAK_SECONDS sets the time (default 20); each writer also stops when its
// prepared inputs run out.
class TestConcurrencySoak : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString err;
        QByteArray out;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CONCORD_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("did not finish within two minutes");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.err = QString::fromUtf8(process.readAllStandardError());
        run.out = process.readAllStandardOutput();
        return run;
    }

    // Images whose pixels differ from every other image of the test (the item id is a hash).
    static QStringList writeImages(const QString &folder, const QString &prefix, int serial,
                                   int count)
    {
        QDir().mkpath(folder);
        QStringList names;
        for (int k = 0; k < count; ++k) {
            cv::Mat pixels(6, 6, CV_8U, cv::Scalar(0));
            const int n = serial * 16 + k;
            pixels.at<uchar>(0, 0) = uchar(n % 256);
            pixels.at<uchar>(0, 1) = uchar((n / 256) % 256);
            pixels.at<uchar>(0, 2) = uchar(prefix.size() * 7 + prefix.at(0).unicode());
            const QString name = QStringLiteral("%1%2_%3.png").arg(prefix).arg(serial).arg(k);
            cv::imwrite((folder + QLatin1Char('/') + name).toStdString(), pixels);
            names << name;
        }
        return names;
    }

    static bool writeText(const QString &path, const std::string &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) &&
               file.write(text.data(), qint64(text.size())) == qint64(text.size());
    }

    // A copy of `project` in which `annotatorId` read `itemId`: one session with one box. With
    // `ownItem`, the copy also has an item of its own that the project does not have yet.
    static QString prepareCopy(const QString &project, const QString &copy,
                               const QString &annotatorId, const QString &itemId,
                               const std::optional<Item> &ownItem)
    {
        if (!testing::copyProjectFolder(project, copy))
            return QStringLiteral("cannot copy the project to %1").arg(copy);
        auto workspace = Workspace::open(copy);
        if (!workspace)
            return workspace.error().toString();
        if (MaybeError error =
                (*workspace)->addAnnotator({annotatorId, annotatorId, Role::Annotator}))
            return error->toString();
        if (ownItem) {
            if (!(*workspace)->addItems({*ownItem}))
                return QStringLiteral("cannot add an item to %1").arg(copy);
        }
        if (MaybeError error = (*workspace)->startSession(annotatorId))
            return error->toString();
        BoxAnnotation box;
        box.id = 1;
        box.labelId = 1;
        box.rect = {1, 1, 3, 3};
        const QString target = ownItem ? ownItem->id : itemId;
        if (MaybeError error = (*workspace)->commit(edits::addBox(target, box).forward))
            return error->toString();
        if (MaybeError error = (*workspace)->endSession())
            return error->toString();
        return {};
    }

private Q_SLOTS:
    void everyAcknowledgedChangeSurvivesConcurrentWriters()
    {
        const int seconds = qEnvironmentVariableIntValue("CONCORD_SOAK_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("CONCORD_SOAK_SECONDS")
                                : 20;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("p.concord"));
        QVERIFY(writeText(dir.filePath(QStringLiteral("labels.txt")), "Nodule\n"));
        Run init = cli({QStringLiteral("init"), project, QStringLiteral("--taxonomy"),
                        dir.filePath(QStringLiteral("labels.txt"))});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QString baseImages = dir.filePath(QStringLiteral("base"));
        const QStringList baseNames = writeImages(baseImages, QStringLiteral("base"), 0, 2);
        Run baseImport = cli({QStringLiteral("import"), project, baseImages});
        QVERIFY2(baseImport.exitCode == 0, qPrintable(baseImport.err));
        QString baseItemId;
        {
            auto workspace = Workspace::open(project);
            QVERIFY(workspace);
            QCOMPARE((*workspace)->items().size(), 2);
            baseItemId = (*workspace)->items().items().front().id;
        }

        // Inputs for the merging and session-importing writers, prepared before the clock runs.
        constexpr int prepared = 6;
        QStringList copies;
        QStringList archives;
        for (int i = 0; i < prepared; ++i) {
            const QString copy = dir.filePath(QStringLiteral("copy%1").arg(i));
            const QString id = QStringLiteral("m%1").arg(i);
            const Item own{QStringLiteral("merged-%1").arg(i),
                           QStringLiteral("merged-%1.png").arg(i)};
            const QString copied = prepareCopy(project, copy, id, baseItemId, own);
            QVERIFY2(copied.isEmpty(), qPrintable(copied));
            copies << copy;
            const QString field = dir.filePath(QStringLiteral("field%1").arg(i));
            const QString fieldId = QStringLiteral("s%1").arg(i);
            const QString made = prepareCopy(project, field, fieldId, baseItemId, std::nullopt);
            QVERIFY2(made.isEmpty(), qPrintable(made));
            const QString archive = dir.filePath(fieldId + QStringLiteral(".concord-session"));
            QVERIFY(exportSessionArchive(field, fieldId, archive));
            archives << archive;
        }

        // Each writer notes what it was told succeeded; any refusal is a failure of the soak.
        QElapsedTimer clock;
        clock.start();
        auto timeLeft = [&] { return clock.elapsed() < qint64(seconds) * 1000; };
        QStringList importedImages;
        QStringList annotationImporters;
        QStringList mergedAnnotators;
        QStringList sessionAnnotators;
        QStringList failures[5];
        std::atomic<int> infoRuns{0};
        std::atomic<bool> writersDone{false};

        std::thread importer([&] {
            for (int round = 1; timeLeft(); ++round) {
                const QString folder = dir.filePath(QStringLiteral("imp%1").arg(round));
                const QStringList names = writeImages(folder, QStringLiteral("imp"), round, 4);
                const Run run = cli({QStringLiteral("import"), project, folder});
                if (run.exitCode != 0)
                    failures[0] << QStringLiteral("import %1: %2").arg(folder, run.err);
                else
                    importedImages << names;
            }
        });
        std::thread annotations([&] {
            for (int round = 1; timeLeft(); ++round) {
                const QString annotator = QStringLiteral("ann%1").arg(round);
                const QString coco = dir.filePath(annotator + QStringLiteral(".json"));
                const Json document{
                    {"images",
                     {{{"id", 1},
                       {"file_name", toStd(baseNames[0])},
                       {"width", 6},
                       {"height", 6}}}},
                    {"categories", {{{"id", 1}, {"name", "Nodule"}}}},
                    {"annotations",
                     {{{"id", 1}, {"image_id", 1}, {"category_id", 1}, {"bbox", {1, 1, 2, 2}}},
                      {{"id", 2}, {"image_id", 1}, {"category_id", 1}, {"bbox", {2, 2, 3, 3}}}}}};
                if (!writeText(coco, document.dump())) {
                    failures[1] << QStringLiteral("cannot write %1").arg(coco);
                    return;
                }
                const Run run =
                    cli({QStringLiteral("import-annotations"), project, QStringLiteral("--format"),
                         QStringLiteral("coco"), QStringLiteral("--annotator"), annotator, coco});
                if (run.exitCode != 0)
                    failures[1]
                        << QStringLiteral("import-annotations %1: %2").arg(annotator, run.err);
                else
                    annotationImporters << annotator;
            }
        });
        // Brings the prepared inputs in one by one with `command`, noting the annotator each
        // one carries (prefix + its number) when the command says it succeeded.
        auto bringIn = [&](const QString &command, const QStringList &inputs, const QString &prefix,
                           QStringList &acknowledged, QStringList &failed) {
            for (int i = 0; i < inputs.size() && timeLeft(); ++i) {
                const Run run = cli({command, project, inputs[i]});
                if (run.exitCode != 0)
                    failed << QStringLiteral("%1 %2: %3").arg(command, inputs[i], run.err);
                else
                    acknowledged << prefix + QString::number(i);
            }
        };
        std::thread merger(bringIn, QStringLiteral("merge"), std::cref(copies), QStringLiteral("m"),
                           std::ref(mergedAnnotators), std::ref(failures[2]));
        std::thread sessions(bringIn, QStringLiteral("import-session"), std::cref(archives),
                             QStringLiteral("s"), std::ref(sessionAnnotators),
                             std::ref(failures[3]));
        // A reader all along: never refused, never shown damage while the writers work.
        std::thread reader([&] {
            while (!writersDone) {
                const Run run = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
                ++infoRuns;
                if (run.exitCode != 0) {
                    failures[4] << QStringLiteral("info: %1").arg(run.err);
                    continue;
                }
                try {
                    const Json summary = Json::parse(run.out.toStdString());
                    if (!summary["problems"].empty())
                        failures[4] << QStringLiteral("info saw: %1")
                                           .arg(QString::fromStdString(summary["problems"].dump()));
                } catch (const Json::exception &error) {
                    failures[4] << QStringLiteral("info printed no JSON: %1")
                                       .arg(QString::fromUtf8(error.what()));
                }
            }
        });
        importer.join();
        annotations.join();
        merger.join();
        sessions.join();
        writersDone = true;
        reader.join();

        for (const QStringList &list : failures)
            QVERIFY2(list.isEmpty(), qPrintable(list.join(QLatin1Char('\n'))));
        qInfo("soak: %d s, %lld imported images, %lld annotation imports, %lld merges, "
              "%lld session imports, %d info runs",
              seconds, qlonglong(importedImages.size()), qlonglong(annotationImporters.size()),
              qlonglong(mergedAnnotators.size()), qlonglong(sessionAnnotators.size()),
              int(infoRuns));
        // Each writer must have had its turn more than once, or the soak proved little.
        QVERIFY(importedImages.size() >= 8);
        QVERIFY(annotationImporters.size() >= 2);
        QVERIFY(mergedAnnotators.size() >= 2);
        QVERIFY(sessionAnnotators.size() >= 2);

        auto workspace = Workspace::open(project);
        QVERIFY(workspace);
        const Workspace &after = **workspace;
        for (const FileError &problem : after.openProblems())
            QFAIL(qPrintable(problem.toString()));
        for (const FileError &note : after.unfinishedSessions())
            QFAIL(qPrintable(note.toString()));
        QCOMPARE(after.items().size(),
                 2 + int(importedImages.size()) + int(mergedAnnotators.size()));
        QSet<QString> fileNames;
        for (const Item &item : after.items().items())
            fileNames.insert(QFileInfo(item.path).fileName());
        for (const QString &name : importedImages)
            QVERIFY2(fileNames.contains(name), qPrintable(name));
        for (int i = 0; i < mergedAnnotators.size(); ++i)
            QVERIFY2(after.items().find(QStringLiteral("merged-%1").arg(i)),
                     qPrintable(mergedAnnotators[i]));

        const AnnotationStore &store = WorkspaceInternals::store(after);
        const QString annotatedItem = [&] {
            for (const Item &item : after.items().items()) {
                if (QFileInfo(item.path).fileName() == baseNames[0])
                    return item.id;
            }
            return QString();
        }();
        for (const QString &annotator : annotationImporters) {
            QVERIFY2(after.project().findAnnotator(annotator), qPrintable(annotator));
            const ItemWork *work = store.itemWork(annotator, annotatedItem);
            QVERIFY2(work && work->boxes.size() == 2, qPrintable(annotator));
        }
        for (int i = 0; i < mergedAnnotators.size(); ++i) {
            const QString &annotator = mergedAnnotators[i];
            QVERIFY2(after.project().findAnnotator(annotator), qPrintable(annotator));
            QVERIFY2(store.itemWork(annotator, QStringLiteral("merged-%1").arg(i)),
                     qPrintable(annotator));
        }
        for (const QString &annotator : sessionAnnotators) {
            QVERIFY2(after.project().findAnnotator(annotator), qPrintable(annotator));
            const ItemWork *work = store.itemWork(annotator, baseItemId);
            QVERIFY2(work && work->boxes.size() == 1, qPrintable(annotator));
        }

        // And the command line agrees.
        const Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const Json summary = Json::parse(info.out.toStdString());
        QVERIFY2(summary["problems"].empty(), summary["problems"].dump().c_str());
        QVERIFY(summary["unfinished_sessions"].empty());
    }
};

QTEST_GUILESS_MAIN(TestConcurrencySoak)
#include "tst_concurrencysoak.moc"
