// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoproject.h"
#include "core/project/workspace.h"
#include "core/storage/jsonsupport.h"
#include "widgets/dialogs/exportdialog.h"

#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// File ▸ Export dataset…: exports the open project off the GUI thread with a progress bar, as
// COCO JSON or PNG label maps.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    // Runs the dialog's export to the end, as a click on Export would.
    static bool exportAndWait(ExportDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        if (!dialog.isRunning() && finished.isEmpty())
            return false;
        return (!finished.isEmpty() || finished.wait(30000)) && finished.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.filePath(QStringLiteral("demo.concord"));
        QVERIFY(!createDemoProject(root));
        Expected<std::unique_ptr<Workspace>> opened = Workspace::open(root);
        QVERIFY(opened);
        m_workspace = std::move(*opened);
        QVERIFY(!m_workspace->startSession(QLatin1String(DemoAnnotatorId)));
    }

    void cleanupTestCase() { m_workspace->endSession(); }

    void exportsTheDemoAsCoco()
    {
        ExportDialog dialog(m_workspace.get());
        dialog.show();
        QVERIFY(dialog.workChoices().contains(QStringLiteral("Every reader's work")));
        dialog.chooseWork(QStringLiteral("Every reader's work"));
        dialog.setFormat(ExportDialog::Format::Coco);
        const QString path = m_dir.filePath(QStringLiteral("demo-coco.json"));
        dialog.setDestination(path);
        QVERIFY2(exportAndWait(dialog), qPrintable(dialog.outcome()));
        QVERIFY(!dialog.isRunning());
        const int items = int(m_workspace->items().size());
        QCOMPARE(dialog.progressBar()->maximum(), items);
        QCOMPARE(dialog.progressBar()->value(), items);
        QVERIFY2(dialog.outcome().contains(QStringLiteral("Wrote %1 images").arg(items)),
                 qPrintable(dialog.outcome()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Json document = Json::parse(file.readAll().toStdString(), nullptr, false);
        QVERIFY(!document.is_discarded());
        QCOMPARE(int(document["images"].size()), items);
        QVERIFY(document["categories"].size() > 0);
    }

    void exportsTheDemoAsLabelMaps()
    {
        ExportDialog dialog(m_workspace.get());
        dialog.setFormat(ExportDialog::Format::LabelMaps);
        const QString folder = m_dir.filePath(QStringLiteral("demo-maps"));
        dialog.setDestination(folder);
        QVERIFY2(exportAndWait(dialog), qPrintable(dialog.outcome()));
        QVERIFY(QFile::exists(folder + QStringLiteral("/labelmap.json")));
        QVERIFY2(dialog.outcome().contains(QStringLiteral("label maps")),
                 qPrintable(dialog.outcome()));
    }

    void aFailedExportSaysWhy()
    {
        ExportDialog dialog(m_workspace.get());
        dialog.setFormat(ExportDialog::Format::Coco);
        dialog.setDestination(m_dir.filePath(QStringLiteral("no/such/folder/out.json")));
        QVERIFY(!exportAndWait(dialog));
        QVERIFY2(dialog.outcome().startsWith(QStringLiteral("Export failed")),
                 qPrintable(dialog.outcome()));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
