// SPDX-License-Identifier: GPL-3.0-or-later
// A team on one shared folder (issue 15): while two other processes label, an open project
// shows their new work within seconds, and only what blind reading allows its viewer to see.
// The watcher also notices appends when the file system sends no events, as on a network share
// written from other hosts (docs/storage.md, "Live teams").
#include "core/project/projectwatcher.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace std::chrono_literals;

namespace {

// Starts a writer process committing `count` boxes from `firstId` on `item` as `annotator`.
std::unique_ptr<QProcess> startWriter(const QString &project, const QString &annotator,
                                      const QString &item, int firstId, int count)
{
    auto writer = std::make_unique<QProcess>();
    writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer->start(QStringLiteral(TEAM_WRITER_PATH),
                  {project, annotator, item, QString::number(firstId), QString::number(count),
                   QStringLiteral("100")});
    return writer;
}

} // namespace

class TestLiveTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoWritersAndAViewerOnOneFolder_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("seesOthers");
        // A lead sees everyone's work; an annotator who has not submitted the items sees none
        // of it (core/project/visibility.h), however fast it arrives.
        QTest::newRow("lead") << QStringLiteral("lead") << true;
        QTest::newRow("blind annotator") << QStringLiteral("cy") << false;
    }

    void twoWritersAndAViewerOnOneFolder()
    {
        QFETCH(QString, viewer);
        QFETCH(bool, seesOthers);
        QTemporaryDir dir;
        const auto people = testing::peopleNamedById({{"ann", Role::Annotator},
                                                      {"bo", Role::Annotator},
                                                      {"cy", Role::Annotator},
                                                      {"lead", Role::Lead}});
        {
            auto created = testing::createProject(
                dir.path(),
                testing::projectWithLabels(QStringLiteral("Team"), QStringLiteral("Nodule")),
                people, testing::numberedItems(2));
            QVERIFY(created);
        }
        auto viewing = Workspace::open(dir.path());
        QVERIFY(viewing);
        Workspace &workspace = **viewing;
        QVERIFY(!workspace.startSession(viewer));
        workspace.followChangesByOthers();
        QSignalSpy itemChanged(&workspace, &Workspace::itemChanged);

        auto ann = startWriter(dir.path(), QStringLiteral("ann"), QStringLiteral("i1"), 100, 5);
        auto bo = startWriter(dir.path(), QStringLiteral("bo"), QStringLiteral("i2"), 200, 5);
        QVERIFY(ann->waitForFinished(30000) && ann->exitCode() == 0);
        QVERIFY(bo->waitForFinished(30000) && bo->exitCode() == 0);

        // Both writers' items are announced within seconds of their last commit.
        QTRY_VERIFY_WITH_TIMEOUT(itemChanged.contains({QStringLiteral("i1")}) &&
                                     itemChanged.contains({QStringLiteral("i2")}),
                                 5000);
        if (seesOthers) {
            QTRY_VERIFY_WITH_TIMEOUT(
                workspace.visibleWork(QStringLiteral("ann"), QStringLiteral("i1")) &&
                    workspace.visibleWork(QStringLiteral("ann"), QStringLiteral("i1"))
                        ->findBox(104),
                5000);
            const ItemWork *boWork =
                workspace.visibleWork(QStringLiteral("bo"), QStringLiteral("i2"));
            QVERIFY(boWork);
            for (quint64 id = 200; id < 205; ++id)
                QVERIFY2(boWork->findBox(id), qPrintable(QString::number(id)));
            QCOMPARE(workspace.visibleAuthors(QStringLiteral("i1")),
                     QStringList{QStringLiteral("ann")});
        } else {
            QVERIFY(!workspace.visibleWork(QStringLiteral("ann"), QStringLiteral("i1")));
            QVERIFY(!workspace.visibleWork(QStringLiteral("bo"), QStringLiteral("i2")));
            QVERIFY(workspace.visibleAuthors(QStringLiteral("i1")).isEmpty());
            QVERIFY(workspace.visibleStore().itemWork(QStringLiteral("ann"),
                                                      QStringLiteral("i1")) == nullptr);
        }
        // The viewer's own session is untouched by the others' work.
        QVERIFY(!workspace.myWork(QStringLiteral("i1")) ||
                !workspace.myWork(QStringLiteral("i1"))->findBox(100));
    }

    // No file-system events at all: the poll alone notices a session's journal growing and a
    // new reader's first session, each within a few poll intervals.
    void pollingAloneNoticesAppendsAndNewReaders()
    {
        QTemporaryDir dir;
        {
            auto created = testing::createProject(
                dir.path(),
                testing::projectWithLabels(QStringLiteral("Team"), QStringLiteral("Nodule")),
                testing::peopleNamedById({"ann", "bo"}), testing::numberedItems(1));
            QVERIFY(created);
            QVERIFY(!created->startSession(QStringLiteral("ann")));
            QVERIFY(!created->commit(
                edits::addBox(QStringLiteral("i1"), testing::placeholderBox(1)).forward));
        }
        ProjectWatcher watcher(ProjectFolder(dir.path()), nullptr,
                               ProjectWatcher::Notice::PollingOnly);
        watcher.setPollInterval(100ms);
        QSignalSpy changed(&watcher, &ProjectWatcher::changed);

        const auto writer =
            startWriter(dir.path(), QStringLiteral("bo"), QStringLiteral("i1"), 10, 1);
        QVERIFY(writer->waitForFinished(30000) && writer->exitCode() == 0);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
        QStringList announced;
        for (const QList<QVariant> &signal : changed)
            announced += signal.at(1).toStringList();
        QVERIFY2(announced.contains(QStringLiteral("bo")), qPrintable(announced.join(u',')));
        QVERIFY(!announced.contains(QStringLiteral("ann")));

        // Appending to ann's existing session is seen too.
        changed.clear();
        const QStringList annSessions =
            ProjectFolder(dir.path()).sessionJournalFiles(QStringLiteral("ann"));
        QVERIFY(!annSessions.isEmpty());
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        QVERIFY(!(*reopened)->startSession(QStringLiteral("ann")));
        QVERIFY(!(*reopened)->commit(
            edits::addBox(QStringLiteral("i1"), testing::placeholderBox(2)).forward));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
        QVERIFY(changed.last().at(1).toStringList().contains(QStringLiteral("ann")));

        // Nothing changes, nothing is announced.
        changed.clear();
        QTest::qWait(500);
        QVERIFY(changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveTeam)
#include "tst_liveteam.moc"
