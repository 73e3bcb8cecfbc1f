// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoproject.h"
#include "core/exchange/cocoexporter.h"
#include "core/exchange/labelmapexporter.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Long exports report progress item by item, and a stopped export leaves its destination as it
// was: no COCO file, no label maps, no staging folder (core/exchange/exportcontrol.h).
class TestExportProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    const AnnotationStore &store() const { return WorkspaceInternals::store(*m_workspace); }
    int itemCount() const { return int(m_workspace->items().size()); }

    // Records every report and asks to stop once `stopAfter` reports have come.
    struct Recorder
    {
        std::vector<std::pair<int, int>> reports;
        int stopAfter = -1;

        ExportControl control()
        {
            ExportControl control;
            control.progress = [this](int done, int total) { reports.emplace_back(done, total); };
            control.cancelled = [this] {
                return stopAfter >= 0 && int(reports.size()) >= stopAfter;
            };
            return control;
        }
    };

    // Exports the project's COCO file to `path`, reporting to `recorder`.
    Expected<CocoExportResult> exportCocoTo(const QString &path, Recorder &recorder) const
    {
        CocoExportOptions options;
        options.control = recorder.control();
        return exportCoco(m_workspace->project(), m_workspace->items(), store(), path, options);
    }

    static void verifyMonotonic(const std::vector<std::pair<int, int>> &reports, int total)
    {
        QVERIFY(!reports.empty());
        int last = -1;
        for (const auto &[done, reportedTotal] : reports) {
            QCOMPARE(reportedTotal, total);
            QVERIFY2(done >= last, "progress went back");
            QVERIFY(done <= total);
            last = done;
        }
    }

    static QStringList entriesBelow(const QString &folder)
    {
        QStringList names;
        const QDir dir(folder);
        for (const QFileInfo &entry :
             dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            names << entry.fileName();
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!createDemoProject(m_dir.filePath(QStringLiteral("demo"))));
        Expected<std::unique_ptr<Workspace>> opened =
            Workspace::open(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(opened);
        m_workspace = std::move(*opened);
    }

    void cocoReportsEveryItemInOrder()
    {
        Recorder recorder;
        const QString path = m_dir.filePath(QStringLiteral("full.json"));
        const Expected<CocoExportResult> result = exportCocoTo(path, recorder);
        QVERIFY(result);
        QVERIFY(!result->cancelled);
        QCOMPARE(result->images, itemCount());
        verifyMonotonic(recorder.reports, itemCount());
        QCOMPARE(recorder.reports.back().first, itemCount());
        QVERIFY(QFile::exists(path));
    }

    void stoppedCocoExportWritesNothing()
    {
        Recorder recorder;
        recorder.stopAfter = itemCount() / 2;
        const QString path = m_dir.filePath(QStringLiteral("stopped.json"));
        const Expected<CocoExportResult> result = exportCocoTo(path, recorder);
        QVERIFY(result);
        QVERIFY(result->cancelled);
        verifyMonotonic(recorder.reports, itemCount());
        QVERIFY(recorder.reports.back().first < itemCount());
        QVERIFY(!QFile::exists(path));
        // Nor any temporary file beside it.
        QVERIFY(!entriesBelow(m_dir.path())
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("stopped.json")));
    }

    void stoppedCocoExportKeepsAnEarlierFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("earlier.json"));
        {
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("{\"earlier\": true}\n");
        }
        Recorder recorder;
        recorder.stopAfter = 1;
        const Expected<CocoExportResult> result = exportCocoTo(path, recorder);
        QVERIFY(result && result->cancelled);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"earlier\": true}\n"));
    }

    void labelMapsReportProgressAndLeaveNoStaging()
    {
        Recorder recorder;
        const QString folder = m_dir.filePath(QStringLiteral("maps"));
        Expected<LabelMapExportResult> result = exportLabelMaps(
            m_workspace->project(), m_workspace->items(), store(), folder, {}, recorder.control());
        QVERIFY(result);
        QVERIFY(!result->cancelled);
        QVERIFY(result->written > 0); // the demo's readers paint masks and draw polygons
        verifyMonotonic(recorder.reports, itemCount());
        const QStringList entries = entriesBelow(folder);
        QVERIFY(entries.contains(QStringLiteral("labelmap.json")));
        for (const QString &entry : entries)
            QVERIFY2(!entry.startsWith(QLatin1Char('.')), qPrintable(entry));
    }

    void stoppedLabelMapExportLeavesTheFolderAsItWas()
    {
        // A new folder is not even created...
        Recorder recorder;
        recorder.stopAfter = itemCount() - 1;
        const QString fresh = m_dir.filePath(QStringLiteral("fresh-maps"));
        Expected<LabelMapExportResult> result = exportLabelMaps(
            m_workspace->project(), m_workspace->items(), store(), fresh, {}, recorder.control());
        QVERIFY(result && result->cancelled);
        QVERIFY(!QFileInfo::exists(fresh));

        // ...and an existing one keeps exactly what it held.
        const QString existing = m_dir.filePath(QStringLiteral("existing-maps"));
        QVERIFY(QDir().mkpath(existing));
        QFile note(existing + QStringLiteral("/readme.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.close();
        Recorder again;
        again.stopAfter = itemCount() - 1;
        result = exportLabelMaps(m_workspace->project(), m_workspace->items(), store(), existing,
                                 {}, again.control());
        QVERIFY(result && result->cancelled);
        QCOMPARE(entriesBelow(existing), QStringList{QStringLiteral("readme.txt")});
    }

    void writeLabelMapsStillWorksWithoutAControl()
    {
        QStringList withoutSize;
        const Expected<int> written =
            writeLabelMaps(m_workspace->project(), m_workspace->items(), store(),
                           m_dir.filePath(QStringLiteral("plain-maps")), {}, &withoutSize);
        QVERIFY(written);
        QVERIFY(*written > 0);
        QVERIFY(withoutSize.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportProgress)
#include "tst_exportprogress.moc"
