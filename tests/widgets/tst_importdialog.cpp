// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamwindowfixture.h"
#include "tests/widgets/testsettings.h"
#include "widgets/dialogs/importdialog.h"
#include "widgets/dialogs/newprojectdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace concord;
using namespace Qt::StringLiterals;

// File ▸ Import images… (issue 14, finding 7): files as well as folders, copying into the
// project by default and remembered, and the window's item count following the import.
class TestImportDialog : public QObject, private testing::TeamWindowFixture
{
    Q_OBJECT

private:
    QString statusItemText() const
    {
        for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
            if (label->text().startsWith(u"Item "_s))
                return label->text();
        }
        return {};
    }

    static QAction *importAction(QMainWindow *window)
    {
        for (QAction *menu : window->menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text().startsWith(u"&Import images"_s))
                    return action;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { testing::useTestSettings(u"tst_importdialog"_s, u"import"_s); }

    void copyingIsTheDefaultAndTheChoiceIsRemembered()
    {
        {
            ImportDialog dialog;
            QVERIFY(dialog.copyIntoProject());
            // Nothing to import yet: the Import button waits for a source.
            QPushButton *importButton = nullptr;
            for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons()) {
                if (button->text() == u"Import"_s)
                    importButton = qobject_cast<QPushButton *>(button);
            }
            QVERIFY(importButton && !importButton->isEnabled());
            dialog.addSources({u"/a/b.dcm"_s, u"/a/b.dcm"_s, u"/scans"_s});
            QCOMPARE(dialog.sources(), (QStringList{u"/a/b.dcm"_s, u"/scans"_s}));
            QVERIFY(importButton->isEnabled());
            dialog.findChild<QCheckBox *>(u"copyIntoProject"_s)->setChecked(false);
            importButton->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        ImportDialog again;
        QVERIFY(!again.copyIntoProject());
        // The new-project dialog offers the same choice, as last made.
        NewProjectDialog newProject;
        QVERIFY(!newProject.copyImagesIntoProject());
        ImportDialog::rememberCopyChoice(true);
        QVERIFY(ImportDialog().copyIntoProject());
    }

    void importingFromTheWindowCopiesAndCountsLive()
    {
        createChestProject(u"window.concord"_s, 2, {{u"alice"_s, u"Alice"_s, Role::Annotator}});
        QVERIFY(!QTest::currentTestFailed());
        showWindow();
        switchTo("alice");
        QTRY_VERIFY(statusItemText().startsWith(u"Item 1 of 2"_s));

        const QString outside = m_dir.filePath(u"outside.png"_s);
        QVERIFY(cv::imwrite(outside.toStdString(), cv::Mat(30, 40, CV_8U, cv::Scalar(7))));
        QAction *import = importAction(m_window.get());
        QVERIFY(import);
        // Drive the modal dialog, then close the report it ends with.
        bool dialogSeen = false;
        QString report;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            QVERIFY(dialog->copyIntoProject());
            dialog->addSources({outside});
            // The import's progress dialog runs events too: wait for the report itself.
            auto *poll = new QTimer(this);
            connect(poll, &QTimer::timeout, this, [&report, poll] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    report = box->text();
                    box->accept();
                    poll->deleteLater();
                }
            });
            poll->start(10);
            dialog->accept();
        });
        import->trigger();
        QVERIFY(dialogSeen);
        QVERIFY2(report.contains(u"Images imported: 1"_s), qPrintable(report));
        QVERIFY2(report.contains(u"Copied into the project folder: 1"_s), qPrintable(report));
        QVERIFY(QFileInfo::exists(m_root + u"/images/outside.png"_s));
        QCOMPARE(workspace()->items().at(2).path, u"images/outside.png"_s);
        QVERIFY2(statusItemText().startsWith(u"Item 1 of 3"_s), qPrintable(statusItemText()));
        m_window.reset();
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
