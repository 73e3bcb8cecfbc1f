// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectlock.h"
#include "tests/core/filebytes.h"

#include <QFile>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace concord;
using concord::testing::readAll;

// Shared files under the project lock (docs/storage.md, "Shared state and the project lock"):
// threads with a Workspace each lose nothing, a waiting writer is told who holds the lock,
// unknown fields and damaged lines survive rewrites, and a second open Workspace sees what the
// first one changed without reopening.
class TestProjectLock : public QObject
{
    Q_OBJECT

private:
    static void create(const QString &dir)
    {
        auto workspace = Workspace::create(dir, Project::create(QStringLiteral("lock"), {}));
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
    }

private Q_SLOTS:
    void waitingWriterIsToldWhoHoldsTheLock()
    {
        QTemporaryDir dir;
        Expected<ProjectLock> held = ProjectLock::acquire(dir.path());
        QVERIFY(held);
        // Nested on the same thread: no wait for itself.
        QVERIFY(ProjectLock::acquire(dir.path(), 0));
        QString message;
        std::thread other([&] {
            Expected<ProjectLock> second = ProjectLock::acquire(dir.path(), 200);
            message = second ? QStringLiteral("acquired") : second.error().toString();
        });
        other.join();
        QVERIFY2(message.contains(QStringLiteral("held by")), qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(message));
    }

    void threadsWithTheirOwnWorkspaceLoseNothing()
    {
        QTemporaryDir dir;
        create(dir.path());
        constexpr int threads = 4;
        constexpr int itemsEach = 15;
        std::vector<std::thread> workers;
        std::vector<QString> errors(threads);
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                auto workspace = Workspace::open(dir.path());
                if (!workspace) {
                    errors[size_t(t)] = workspace.error().toString();
                    return;
                }
                const QString id = QStringLiteral("reader%1").arg(t);
                if (MaybeError error = (*workspace)->addAnnotator({id, id, Role::Annotator}))
                    errors[size_t(t)] = error->toString();
                for (int i = 0; i < itemsEach; ++i) {
                    const QString item = QStringLiteral("t%1-i%2").arg(t).arg(i);
                    Expected<int> added =
                        (*workspace)->addItems({Item{item, item + QStringLiteral(".png")}});
                    if (!added)
                        errors[size_t(t)] = added.error().toString();
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        for (const QString &error : errors)
            QVERIFY2(error.isEmpty(), qPrintable(error));
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->items().size(), threads * itemsEach);
        QCOMPARE(int((*reopened)->project().annotators.size()), threads);
        QVERIFY((*reopened)->openProblems().empty());
    }

    void unknownFieldsOfProjectJsonSurviveAWrite()
    {
        QTemporaryDir dir;
        create(dir.path());
        const QString path = dir.filePath(QStringLiteral("project.json"));
        QByteArray text = readAll(path);
        text.replace("\"schema\"", "\"quality_policy\": {\"readers\": 3},\n  \"schema\"");
        text.replace("\"current\"", "\"review_note\": \"keep me\",\n    \"current\"");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace);
        QVERIFY(!(*workspace)->addAnnotator({QStringLiteral("anna"), QStringLiteral("Anna")}));
        const QByteArray after = readAll(path);
        QVERIFY2(after.contains("\"quality_policy\""), after.constData());
        QVERIFY2(after.contains("\"readers\": 3"), after.constData());
        QVERIFY2(after.contains("\"review_note\": \"keep me\""), after.constData());
        QVERIFY(after.contains("\"anna\""));
    }

    void damagedItemLinesAreKeptInPlace()
    {
        QTemporaryDir dir;
        create(dir.path());
        const QString path = dir.filePath(QStringLiteral("items.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"id\":\"a\",\"path\":\"a.png\",\"note\":\"mine\"}\n"
                   "{\"id\":\"b\",\"path\":\n"
                   "{\"id\":\"a\",\"path\":\"again.png\"}\n"
                   "{\"id\":\"c\",\"path\":\"c.png\"}\n");
        file.close();
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace);
        QCOMPARE(int((*workspace)->openProblems().size()), 2);
        QCOMPARE((*workspace)->openProblems()[0].line, 2);
        Expected<int> added =
            (*workspace)->addItems({Item{QStringLiteral("d"), QStringLiteral("d.png")}});
        QVERIFY(added);
        QCOMPARE(*added, 1);
        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 6); // five lines and the empty rest after the last newline
        QCOMPARE(lines[0], QByteArray("{\"id\":\"a\",\"path\":\"a.png\",\"note\":\"mine\"}"));
        QCOMPARE(lines[1], QByteArray("{\"id\":\"b\",\"path\":"));
        QCOMPARE(lines[2], QByteArray("{\"id\":\"a\",\"path\":\"again.png\"}"));
        QVERIFY(lines[4].contains("\"d\""));
    }

    void anotherWorkspaceSeesTheChanges()
    {
        QTemporaryDir dir;
        create(dir.path());
        auto watching = Workspace::open(dir.path());
        auto writing = Workspace::open(dir.path());
        QVERIFY(watching && writing);
        (*watching)->followChangesByOthers();
        QSignalSpy itemsAdded(watching->get(), &Workspace::itemsAdded);
        QSignalSpy projectChanged(watching->get(), &Workspace::projectChanged);
        QSignalSpy itemChanged(watching->get(), &Workspace::itemChanged);

        QVERIFY((*writing)->addItems({Item{QStringLiteral("i1"), QStringLiteral("a.png")}}));
        QTRY_COMPARE((*watching)->items().size(), 1);
        QVERIFY(itemsAdded.count() >= 1);

        QVERIFY(!(*writing)->addAnnotator({QStringLiteral("bo"), QStringLiteral("Bo")}));
        QTRY_VERIFY((*watching)->project().findAnnotator(QStringLiteral("bo")));
        QVERIFY(projectChanged.count() >= 1);

        QVERIFY(!(*writing)->startSession(QStringLiteral("bo")));
        BoxAnnotation box;
        box.id = 7;
        box.labelId = 1;
        box.rect = {1, 2, 3, 4};
        QVERIFY(!(*writing)->commit(edits::addBox(QStringLiteral("i1"), box).forward));
        QTRY_VERIFY(WorkspaceInternals::store(**watching)
                        .itemWork(QStringLiteral("bo"), QStringLiteral("i1")));
        QVERIFY(WorkspaceInternals::store(**watching)
                    .itemWork(QStringLiteral("bo"), QStringLiteral("i1"))
                    ->findBox(7));
        QVERIFY(itemChanged.contains({QStringLiteral("i1")}));
    }
};

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
