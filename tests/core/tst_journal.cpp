// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/journalreader.h"
#include "core/storage/journalwriter.h"
#include "tests/core/filebytes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// The journal format: lines written by JournalWriter read back exactly, and every kind of damage
// is reported with file and line while the undamaged events survive.
class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_annotator = QStringLiteral("alice");
    const QString m_session = QStringLiteral("20261122T101500Z-0001");

    QString writeEvents(int count)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("%1/%2.jsonl").arg(m_annotator, m_session));
        QFile::remove(path);
        auto writer = JournalWriter::create(path);
        if (!writer)
            qFatal("%s", qPrintable(writer.error().toString()));
        for (int i = 0; i < count; ++i) {
            JournalEvent event;
            event.timeMs = 1700000000000 + i;
            event.annotatorId = m_annotator;
            event.sessionId = m_session;
            event.itemId = QStringLiteral("item%1").arg(i);
            event.guidelineVersion = 3;
            event.op = ops::BoxAdd;
            event.data = Json{{"id", i}, {"label", 1}, {"x", 1.5}, {"y", 2}, {"w", 3}, {"h", 4}};
            if (MaybeError error = (*writer)->append(event))
                qFatal("%s", qPrintable(error->toString()));
        }
        return path;
    }

    struct ReadBack
    {
        std::vector<JournalEvent> events;
        JournalReadReport report;
    };
    ReadBack read(const QString &path)
    {
        ReadBack result;
        result.report =
            readJournal(path, m_annotator, m_session, [&](JournalEvent &&event, qint64) {
                event.materialize(); // kept past the callback
                result.events.push_back(std::move(event));
            });
        return result;
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const QString path = writeEvents(5);
        const ReadBack back = read(path);
        QVERIFY(back.report.problems.empty());
        QCOMPARE(int(back.events.size()), 5);
        for (int i = 0; i < 5; ++i) {
            const JournalEvent &event = back.events[size_t(i)];
            QCOMPARE(event.seq, qint64(i + 1));
            QCOMPARE(event.timeMs, 1700000000000 + i);
            QCOMPARE(event.annotatorId, m_annotator);
            QCOMPARE(event.sessionId, m_session);
            QCOMPARE(event.itemId, QStringLiteral("item%1").arg(i));
            QCOMPARE(event.guidelineVersion, 3);
            QCOMPARE(event.op, std::string(ops::BoxAdd));
            QCOMPARE(event.data.at("x").get<double>(), 1.5);
        }
    }

    void writerRefusesToOverwriteAJournal()
    {
        const QString path = writeEvents(1);
        QVERIFY(!JournalWriter::create(path));
        QCOMPARE(read(path).events.size(), size_t(1));
    }

    void truncatedLastLineIsReportedAndSkipped()
    {
        const QString path = writeEvents(4);
        QByteArray bytes = readAll(path);
        bytes.chop(25); // cut into the last line, as a crash mid-write would
        QVERIFY(writeAll(path, bytes));
        const ReadBack back = read(path);
        QCOMPARE(int(back.events.size()), 3);
        QCOMPARE(int(back.report.problems.size()), 1);
        const FileError &problem = back.report.problems.front();
        QCOMPARE(problem.path, path);
        QCOMPARE(problem.line, qint64(4));
        QVERIFY2(problem.message.contains(QStringLiteral("cut short")),
                 qPrintable(problem.message));
    }

    void corruptLineInTheMiddleIsReportedWithItsLine()
    {
        const QString path = writeEvents(5);
        QList<QByteArray> lines = readAll(path).split('\n');
        lines[1] = "{\"seq\": 2, garbage";
        QVERIFY(writeAll(path, lines.join('\n')));
        const ReadBack back = read(path);
        QCOMPARE(int(back.events.size()), 4);
        QVERIFY(!back.report.problems.empty());
        QCOMPARE(back.report.problems.front().line, qint64(2));
        // The next line's chain no longer matches what is on line 2: reported at line 3.
        QCOMPARE(int(back.report.problems.size()), 2);
        QCOMPARE(back.report.problems[1].line, qint64(3));
    }

    void editedLineBreaksTheChainAtTheNextLine()
    {
        const QString path = writeEvents(4);
        QByteArray bytes = readAll(path);
        bytes.replace("\"x\":1.5", "\"x\":9.5"); // every line; the first edit shows at line 2
        QVERIFY(writeAll(path, bytes));
        const ReadBack back = read(path);
        QCOMPARE(int(back.events.size()), 4); // data is never dropped on suspicion
        QVERIFY(!back.report.problems.empty());
        QCOMPARE(back.report.problems.front().line, qint64(2));
        QVERIFY(back.report.problems.front().message.contains(QStringLiteral("hash chain")));
    }

    void removedLineIsDetected()
    {
        const QString path = writeEvents(4);
        QList<QByteArray> lines = readAll(path).split('\n');
        lines.removeAt(1);
        QVERIFY(writeAll(path, lines.join('\n')));
        const ReadBack back = read(path);
        QCOMPARE(int(back.events.size()), 3);
        QCOMPARE(int(back.report.problems.size()), 1);
        QCOMPARE(back.report.problems.front().line, qint64(2));
    }

    void eventsOfAnotherAnnotatorAreRejected()
    {
        const QString path = writeEvents(2);
        ReadBack back;
        back.report = readJournal(path, QStringLiteral("mallory"), m_session,
                                  [&](JournalEvent &&e, qint64) { back.events.push_back(e); });
        QCOMPARE(int(back.events.size()), 0);
        QCOMPARE(int(back.report.problems.size()), 2);
    }

    void emptyAndMissingFiles()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.jsonl"));
        QVERIFY(writeAll(empty, QByteArray()));
        QCOMPARE(read(empty).events.size(), size_t(0));
        QVERIFY(read(empty).report.problems.empty());
        const ReadBack missing = read(m_dir.filePath(QStringLiteral("missing.jsonl")));
        QCOMPARE(int(missing.report.problems.size()), 1);
        QVERIFY(missing.report.problems.front().path.endsWith(QStringLiteral("missing.jsonl")));
    }

    void binaryGarbageDoesNotCrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.jsonl"));
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        QVERIFY(writeAll(path, garbage));
        const ReadBack back = read(path);
        QCOMPARE(int(back.events.size()), 0);
        QVERIFY(!back.report.problems.empty());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
