// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/sessionstatistics.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>

#include <QTest>

using namespace concord;
using namespace concord::testing;

// Active time, items done and throughput from synthetic journal timestamps.
class TestSessionStatistics : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Second = 1000;
    static constexpr qint64 Minute = 60 * Second;

    static JournalEvent event(const char *session, qint64 seq, qint64 timeMs, const char *op,
                              const char *item = "", const char *status = nullptr,
                              const char *annotator = "ann")
    {
        JournalEvent e;
        e.annotatorId = QString::fromLatin1(annotator);
        e.sessionId = QString::fromLatin1(session);
        e.seq = seq;
        e.timeMs = timeMs;
        e.op = op;
        e.itemId = QString::fromLatin1(item);
        if (status)
            e.data = Json{{"status", status}};
        return e;
    }

private Q_SLOTS:
    void activeTimeSkipsIdleGaps()
    {
        const qint64 t0 = 1'700'000'000'000;
        const std::vector<JournalEvent> events = {
            event("s1", 1, t0, ops::SessionStart),
            event("s1", 2, t0 + 30 * Second, ops::BoxAdd, "i1"),                // 30 s on i1
            event("s1", 3, t0 + 60 * Second, ops::ItemStatusSet, "i1", "done"), // 30 s on i1
            event("s1", 4, t0 + 10 * Minute, ops::BoxAdd, "i2"),                // idle: not counted
            event("s1", 5, t0 + 11 * Minute, ops::ItemStatusSet, "i2", "done"), // 60 s on i2
            event("s1", 6, t0 + 11 * Minute + 5 * Second, ops::SessionEnd),     // 5 s on i2
            // Another annotator's event in the same list is ignored.
            event("s9", 1, t0, ops::BoxAdd, "i1", nullptr, "other"),
        };
        const AnnotatorActivity activity = measureActivity(QStringLiteral("ann"), events);
        QCOMPARE(int(activity.sessions.size()), 1);
        const ActivityTotals &s1 = activity.sessions.front().totals;
        QCOMPARE(s1.activeMs, 125 * Second);
        QCOMPARE(s1.activeMsPerItem.at(QStringLiteral("i1")), 60 * Second);
        QCOMPARE(s1.activeMsPerItem.at(QStringLiteral("i2")), 65 * Second);
        QCOMPARE(s1.itemsDone, 2);
        QCOMPARE(s1.itemsPerHour, 2.0 / (125.0 / 3600.0));
    }

    void thresholdIsConfigurable()
    {
        const std::vector<JournalEvent> events = {
            event("s1", 1, 0, ops::SessionStart),
            event("s1", 2, 5 * Minute, ops::ItemStatusSet, "i1", "done"),
        };
        QCOMPARE(measureActivity(QStringLiteral("ann"), events).totals.activeMs, 0);
        ActivityOptions patient;
        patient.idleThresholdMs = 10 * Minute;
        const AnnotatorActivity activity = measureActivity(QStringLiteral("ann"), events, patient);
        QCOMPARE(activity.totals.activeMs, 5 * Minute);
        QCOMPARE(activity.totals.itemsPerHour, 12.0);
    }

    void sessionsAreMeasuredApartAndSummed()
    {
        const qint64 hour = 60 * Minute;
        std::vector<JournalEvent> events = {
            // Out of order on purpose: sequence numbers decide.
            event("s2", 2, hour + 1 * Minute, ops::ItemStatusSet, "i1", "done"),
            event("s2", 1, hour, ops::SessionStart),
            event("s1", 1, 0, ops::SessionStart),
            event("s1", 2, 1 * Minute, ops::ItemStatusSet, "i1", "done"),
            event("s1", 3, 2 * Minute, ops::ItemStatusSet, "i2", "skipped"),
            event("s1", 4, 3 * Minute, ops::ItemStatusSet, "i3", "done"),
        };
        const AnnotatorActivity activity = measureActivity(QStringLiteral("ann"), events);
        QCOMPARE(int(activity.sessions.size()), 2);
        QCOMPARE(activity.sessions[0].sessionId, QStringLiteral("s1"));
        QCOMPARE(activity.sessions[0].totals.activeMs, 3 * Minute);
        QCOMPARE(activity.sessions[0].totals.itemsDone, 2);
        QCOMPARE(activity.sessions[0].totals.itemsPerHour, 40.0);
        QCOMPARE(activity.sessions[1].totals.activeMs, 1 * Minute);
        QCOMPARE(activity.sessions[1].totals.itemsDone, 1);
        // i1 done in both sessions counts once for the annotator.
        QCOMPARE(activity.totals.activeMs, 4 * Minute);
        QCOMPARE(activity.totals.itemsDone, 2);
        QCOMPARE(activity.totals.itemsPerHour, 30.0);
        QCOMPARE(activity.totals.activeMsPerItem.at(QStringLiteral("i1")), 2 * Minute);
    }

    void measuresAProjectsJournals()
    {
        QTemporaryDir dir;
        const std::unique_ptr<Workspace> workspace = createProject(
            dir.path(), projectWithLabels(QStringLiteral("Stats"), QStringLiteral("A")),
            {{QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator}});
        QVERIFY(workspace);
        QVERIFY(!workspace->startSession(QStringLiteral("ann")));
        QVERIFY(!workspace->commit(
            edits::setItemStatus(QStringLiteral("i1"), ItemStatus::New, ItemStatus::Done).forward));
        QVERIFY(!workspace->endSession());
        std::vector<FileError> problems;
        const AnnotatorActivity activity = measureAnnotatorActivity(
            workspace->folder(), QStringLiteral("ann"), ActivityOptions(), &problems);
        QVERIFY(problems.empty());
        QCOMPARE(int(activity.sessions.size()), 1);
        QCOMPARE(activity.sessions.front().sessionId, workspace->session().id);
        QCOMPARE(activity.totals.itemsDone, 1);
        QVERIFY(activity.totals.activeMs >= 0);
    }

    void nothingToMeasure()
    {
        const AnnotatorActivity empty = measureActivity(QStringLiteral("ann"), {});
        QVERIFY(empty.sessions.empty());
        QCOMPARE(empty.totals.activeMs, 0);
        QCOMPARE(empty.totals.itemsPerHour, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSessionStatistics)
#include "tst_sessionstatistics.moc"
