// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "tests/core/projectfixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using concord::testing::problemsOf;

// A closed session journal that loses its last lines, is emptied, has its last line changed or
// is deleted is reported when the project is opened (docs/storage.md, "Detecting cut-off
// journals"); a session whose writer was killed is reported as unfinished, not as damage.
class TestJournalTruncation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_sessions; // anna's three closed sessions, oldest first
    int m_case = 0;

    // A project where anna worked in three sessions of three boxes each.
    void makeProject(const QString &path)
    {
        auto workspace = Workspace::create(path, Project::create(QStringLiteral("cut"), {}));
        QVERIFY(workspace);
        QVERIFY(!(*workspace)->addAnnotator({QStringLiteral("anna"), QStringLiteral("Anna")}));
        QVERIFY(!(*workspace)->addAnnotator({QStringLiteral("writer"), QStringLiteral("W")}));
        quint64 id = 1;
        m_sessions.clear();
        for (int session = 0; session < 3; ++session) {
            QVERIFY(!(*workspace)->startSession(QStringLiteral("anna")));
            m_sessions << (*workspace)->session().id;
            for (int box = 0; box < 3; ++box, ++id) {
                BoxAnnotation added{id, 1, {double(id), 2, 10, 10}, {}, {}};
                QVERIFY(
                    !(*workspace)->commit(edits::addBox(QStringLiteral("item"), added).forward));
            }
            QVERIFY(!(*workspace)->endSession());
        }
    }

    // A fresh copy of the three-session project, for one case to damage.
    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1").arg(++m_case));
        makeProject(path);
        return path;
    }

    static QString journal(const QString &project, const QString &sessionId)
    {
        return project + QStringLiteral("/journal/anna/") + sessionId + QStringLiteral(".jsonl");
    }

    static QList<QByteArray> linesOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        lines.removeLast(); // after the final newline
        return lines;
    }

    static void writeLines(const QString &path, const QList<QByteArray> &lines)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QByteArray &line : lines)
            file.write(line + '\n');
    }

    // Opens `project` and checks that exactly one problem was found, on `file`, saying `what`.
    static void expectOneProblem(const QString &project, const QString &file, const QString &what)
    {
        auto workspace = Workspace::open(project);
        QVERIFY(workspace);
        const QString problems = problemsOf(**workspace);
        QCOMPARE((*workspace)->openProblems().size(), size_t(1));
        const FileError &problem = (*workspace)->openProblems().front();
        QCOMPARE(QFileInfo(problem.path).fileName(), QFileInfo(file).fileName());
        QVERIFY2(problem.message.contains(what), qPrintable(problems));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(QStringLiteral("whole"));
        makeProject(m_project);
    }

    void wholeJournalsHaveNoProblem()
    {
        auto workspace = Workspace::open(m_project);
        QVERIFY(workspace);
        QVERIFY2((*workspace)->openProblems().empty(), qPrintable(problemsOf(**workspace)));
        QVERIFY((*workspace)->unfinishedSessions().empty());
        QCOMPARE(int(WorkspaceInternals::store(**workspace)
                         .itemWork(QStringLiteral("anna"), QStringLiteral("item"))
                         ->boxes.size()),
                 9);
    }

    // A closed session's journal cut short, emptied or deleted: one problem, on that journal,
    // saying what the journal that recorded it expected. %1 in what it says stands for the id
    // of the session `recorder` (each case's project has sessions of its own).
    void damagedJournalIsReported_data()
    {
        QTest::addColumn<int>("session");
        QTest::addColumn<int>("linesKept"); // -1: the file is deleted
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("recorder");
        // The last two lines of the first session (a box and session.end) are gone: the lines
        // that are left still chain, but the second session recorded five.
        QTest::newRow("first loses its last lines")
            << 0 << 3 << QStringLiteral("ends at line 3, but session %1 recorded 5 lines") << 1;
        QTest::newRow("second emptied") << 1 << 0 << QStringLiteral("is empty") << -1;
        QTest::newRow("second deleted")
            << 1 << -1 << QStringLiteral("missing: session %1 recorded this session") << 2;
        // The newest closed session has no later session to record it: HEAD does.
        QTest::newRow("newest deleted")
            << 2 << -1 << QStringLiteral("missing: the HEAD file recorded") << -1;
        QTest::newRow("newest loses its end")
            << 2 << 4 << QStringLiteral("ends at line 4, but the HEAD file recorded 5 lines") << -1;
    }

    void damagedJournalIsReported()
    {
        QFETCH(int, session);
        QFETCH(int, linesKept);
        QFETCH(QString, says);
        QFETCH(int, recorder);
        const QString project = freshCopy();
        const QString file = journal(project, m_sessions[session]);
        const QList<QByteArray> lines = linesOf(file);
        QVERIFY(linesKept < lines.size());
        if (linesKept < 0)
            QVERIFY(QFile::remove(file));
        else
            writeLines(file, lines.mid(0, linesKept));
        expectOneProblem(project, file, recorder < 0 ? says : says.arg(m_sessions[recorder]));
    }

    // session.end of the first session rewritten with another time: still valid JSON, still
    // chained to the line before it, and no line after it in that file to notice.
    void changedLastLineIsReported()
    {
        const QString project = freshCopy();
        const QString first = journal(project, m_sessions[0]);
        QList<QByteArray> lines = linesOf(first);
        QVERIFY(lines.last().contains("session.end"));
        const qsizetype time = lines.last().indexOf("\"time\":") + 7;
        lines.last()[time] = lines.last()[time] == '9' ? '8' : '9';
        writeLines(first, lines);
        expectOneProblem(project, first, QStringLiteral("recorded as line 5"));
    }

    // Working on after the damage was found does not make it go away: the next session keeps
    // what HEAD said about the cut-off one.
    void laterSessionsDoNotHideDamage()
    {
        const QString project = freshCopy();
        const QString third = journal(project, m_sessions[2]);
        writeLines(third, linesOf(third).mid(0, 3));
        {
            auto workspace = Workspace::open(project);
            QVERIFY(workspace);
            QCOMPARE((*workspace)->openProblems().size(), size_t(1));
            QVERIFY(!(*workspace)->startSession(QStringLiteral("anna")));
            QVERIFY(!(*workspace)->endSession());
        }
        expectOneProblem(project, third, QStringLiteral("ends at line 3"));
    }

    // A writer killed mid-session leaves a session with no session.end (and perhaps a torn last
    // line): unfinished and recoverable, not damage. Once a later session has recorded it, it
    // is no longer reported at all.
    void killedSessionIsUnfinishedNotDamage()
    {
        const QString project = freshCopy();
        QProcess child;
        child.start(QStringLiteral(CRASH_CHILD_PATH), {project, QStringLiteral("1000")});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        {
            auto workspace = Workspace::open(project);
            QVERIFY(workspace);
            for (const FileError &problem : (*workspace)->openProblems())
                QVERIFY2(problem.message.contains(QStringLiteral("cut short")),
                         qPrintable(problem.toString()));
            QCOMPARE((*workspace)->unfinishedSessions().size(), size_t(1));
            const FileError &note = (*workspace)->unfinishedSessions().front();
            QVERIFY(note.path.contains(QStringLiteral("/journal/writer/")));
            QVERIFY2(note.message.contains(QStringLiteral("unfinished")), qPrintable(note.message));
            QVERIFY(!(*workspace)->startSession(QStringLiteral("writer")));
            QVERIFY(!(*workspace)->endSession());
        }
        auto reopened = Workspace::open(project);
        QVERIFY(reopened);
        QVERIFY((*reopened)->unfinishedSessions().empty());
        for (const FileError &problem : (*reopened)->openProblems())
            QVERIFY2(problem.message.contains(QStringLiteral("cut short")),
                     qPrintable(problem.toString()));
    }

    // A first line whose "op" is a number, not a string (found by fuzzing, kept in
    // tests/data/fuzz/journalreplay/): reading the session's start record threw nlohmann's
    // type_error out of Workspace::open. It is an unreadable start record like any other now.
    void startRecordWithNumericOpIsAProblemNotACrash()
    {
        const QString project = freshCopy();
        const QString first = journal(project, m_sessions[0]);
        QList<QByteArray> lines = linesOf(first);
        Json start = Json::parse(lines.first().toStdString());
        start["op"] = 0;
        lines.first() = QByteArray::fromStdString(start.dump());
        writeLines(first, lines);
        auto workspace = Workspace::open(project);
        QVERIFY(workspace);
        QVERIFY(!(*workspace)->openProblems().empty());
        bool namesTheFile = false;
        for (const FileError &problem : (*workspace)->openProblems())
            namesTheFile =
                namesTheFile || QFileInfo(problem.path).fileName() == QFileInfo(first).fileName();
        QVERIFY2(namesTheFile, qPrintable(problemsOf(**workspace)));
    }

    // Journals written before sessions recorded each other (no "previous", no HEAD) open with no
    // problem, and the first new session starts recording them.
    void journalsWithoutRecordsOpenClean()
    {
        const QString project = freshCopy();
        QVERIFY(QFile::remove(project + QStringLiteral("/journal/anna/HEAD")));
        for (const QString &sessionId : m_sessions) {
            const QString path = journal(project, sessionId);
            QList<QByteArray> lines = linesOf(path);
            // Rewrite the first line without its records: the chain breaks at line 2, so
            // rebuild the file through a writer of the old form instead.
            Json start = Json::parse(lines.first().toStdString());
            start["data"].erase("previous");
            start["data"].erase("head");
            lines.first() = QByteArray::fromStdString(start.dump());
            std::string previous;
            for (QByteArray &line : lines) {
                Json event = Json::parse(line.toStdString());
                if (!previous.empty())
                    event["prev"] = previous;
                line = QByteArray::fromStdString(event.dump());
                previous = hashJournalLine(line.constData(), size_t(line.size()));
            }
            writeLines(path, lines);
        }
        {
            auto workspace = Workspace::open(project);
            QVERIFY(workspace);
            QVERIFY2((*workspace)->openProblems().empty(), qPrintable(problemsOf(**workspace)));
            QVERIFY((*workspace)->unfinishedSessions().empty());
            QVERIFY(!(*workspace)->startSession(QStringLiteral("anna")));
            QVERIFY(!(*workspace)->endSession());
        }
        // Now they are recorded: cutting the oldest is caught.
        const QString first = journal(project, m_sessions[0]);
        writeLines(first, linesOf(first).mid(0, 2));
        expectOneProblem(project, first, QStringLiteral("ends at line 2"));
    }
};

QTEST_GUILESS_MAIN(TestJournalTruncation)
#include "tst_journaltruncation.moc"
