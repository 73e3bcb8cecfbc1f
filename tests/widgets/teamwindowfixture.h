// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window over a project in a temporary folder, for the tests that drive the whole
// window, often as several people on one machine (tst_calibrationsession, tst_goldtestsession).
// Most use its small single-label chest project (labels Nodule and Normal, grey 200x100 images).
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"
#include "tests/widgets/greyimages.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace concord::testing {

class TeamWindowFixture
{
protected:
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<MainWindow> m_window;

    Workspace *workspace() const { return m_window->workbench()->workspace(); }
    LabelingContext *context() const { return m_window->workbench()->context(); }
    int labelId(const char *name) const
    {
        return context()->taxonomy().findByName(QLatin1String(name))->id;
    }

    // Creates the project in `folderName` with items item0..item<itemCount-1> and `annotators`,
    // and returns it open for further set-up. On failure, fails the running test and returns
    // nullptr.
    std::unique_ptr<Workspace> createChestProject(const QString &folderName, int itemCount,
                                                  const std::vector<Annotator> &annotators)
    {
        m_root = m_dir.filePath(folderName);
        Project project =
            projectWithLabels(QStringLiteral("Chest"), QStringLiteral("Nodule\nNormal"));
        project.classificationMode = ClassificationMode::SingleLabel;
        const std::vector<Item> items = greyImageItems(itemCount, {200, 100});
        if (!writeGreyImages(m_root, items, 40)) {
            QTest::qFail("cannot write the images", __FILE__, __LINE__);
            return nullptr;
        }
        return createProject(m_root, project, annotators, items);
    }

    void showWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void switchTo(const char *annotatorId)
    {
        QVERIFY(m_window->openProject(m_root, QLatin1String(annotatorId)));
        QCOMPARE(workspace()->session().annotatorId, QLatin1String(annotatorId));
    }

    // Reads one item: shows it, toggles the image label with Ctrl+hotkey, submits unless told not
    // to.
    void readItem(const QString &itemId, Qt::Key hotkey, bool submit = true)
    {
        context()->showItem(itemId);
        QCOMPARE(context()->currentItemId(), itemId);
        QTest::keyClick(m_window.get(), hotkey, Qt::ControlModifier);
        if (submit)
            m_window->workbench()->submitCurrent(ItemStatus::Done);
    }
};

} // namespace concord::testing
