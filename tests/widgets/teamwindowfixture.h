// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window over a small single-label chest project (labels Nodule and Normal, grey
// 200x100 images), for the tests that drive team work end to end as several people on one
// machine (tst_calibrationsession, tst_goldtestsession).
#include "core/project/workspace.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/labelingworkbench.h"
#include "widgets/mainwindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

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
    // and returns it open for further set-up. Failures are reported through QTest: callers
    // check QTest::currentTestFailed().
    std::unique_ptr<Workspace> createChestProject(const QString &folderName, int itemCount,
                                                  const std::vector<Annotator> &annotators)
    {
        m_root = m_dir.filePath(folderName);
        Project project = Project::create(
            QStringLiteral("Chest"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal")));
        project.classificationMode = ClassificationMode::SingleLabel;
        auto created = Workspace::create(m_root, project);
        if (!created) {
            QTest::qFail(qPrintable(created.error().toString()), __FILE__, __LINE__);
            return nullptr;
        }
        std::vector<Item> items;
        for (int i = 0; i < itemCount; ++i) {
            const QString name = QStringLiteral("img%1.png").arg(i);
            if (!cv::imwrite((m_root + QLatin1Char('/') + name).toStdString(),
                             cv::Mat(100, 200, CV_8U, cv::Scalar(40 * i)))) {
                QTest::qFail(qPrintable(QStringLiteral("cannot write ") + name), __FILE__,
                             __LINE__);
                return nullptr;
            }
            items.push_back(Item{QStringLiteral("item%1").arg(i), name, {}, 200, 100});
        }
        const Expected<int> added = (*created)->addItems(items);
        if (!added || *added != itemCount) {
            QTest::qFail("the items were not all added", __FILE__, __LINE__);
            return nullptr;
        }
        for (const Annotator &annotator : annotators) {
            if (const MaybeError error = (*created)->addAnnotator(annotator)) {
                QTest::qFail(qPrintable(error->toString()), __FILE__, __LINE__);
                return nullptr;
            }
        }
        return std::move(*created);
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
