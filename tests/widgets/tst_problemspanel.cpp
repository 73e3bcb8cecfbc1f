// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "widgets/labelingworkbench.h"
#include "widgets/panels/problemspanel.h"

#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Damage found when a project opens stays in sight: a Problems dock lists file, line and what,
// and appears by itself only when there is something to list.
class TestProblemsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A project with two items; `damaged` adds a line to items.jsonl that cannot be read.
    std::unique_ptr<Workspace> makeProject(const QString &name, bool damaged)
    {
        const QString root = m_dir.filePath(name);
        {
            auto created = Workspace::create(
                root, Project::create(name, Taxonomy::fromIndentedText(QStringLiteral("Nodule"))));
            if (!created)
                return nullptr;
            (*created)->addItems({Item{QStringLiteral("a"), QStringLiteral("a.png"), {}, 10, 10},
                                  Item{QStringLiteral("b"), QStringLiteral("b.png"), {}, 10, 10}});
            (*created)->addAnnotator({QStringLiteral("reader"), QStringLiteral("Reader")});
        }
        if (damaged) {
            QFile items(root + QStringLiteral("/items.jsonl"));
            if (!items.open(QIODevice::Append))
                return nullptr;
            items.write("{\"id\":\"../../x\",\"path\":\"c.png\"}\n");
        }
        auto opened = Workspace::open(root);
        if (!opened || (*opened)->startSession(QStringLiteral("reader")))
            return nullptr;
        return std::move(*opened);
    }

private Q_SLOTS:
    void listsFileLineAndWhat()
    {
        ProblemsPanel panel;
        QCOMPARE(panel.problemCount(), 0);
        panel.setProblems(
            {FileError{QStringLiteral("/p/items.jsonl"), QStringLiteral("bad id"), 3},
             FileError{QStringLiteral("/p/blobs/ab.rle"), QStringLiteral("missing")}});
        QCOMPARE(panel.problemCount(), 2);
        QCOMPARE(panel.row(0), (QStringList{QStringLiteral("/p/items.jsonl"), QStringLiteral("3"),
                                            QStringLiteral("bad id")}));
        QCOMPARE(panel.row(1).at(1), QString()); // no line to name
        panel.setProblems({});
        QCOMPARE(panel.problemCount(), 0);
    }

    void theDockAppearsOnlyForADamagedProject()
    {
        for (const bool damaged : {false, true}) {
            std::unique_ptr<Workspace> workspace =
                makeProject(damaged ? QStringLiteral("damaged") : QStringLiteral("clean"), damaged);
            QVERIFY(workspace);
            QCOMPARE(workspace->openProblems().size(), size_t(damaged ? 1 : 0));
            QMainWindow window;
            window.resize(900, 600);
            LabelingWorkbench workbench(std::move(workspace), &window);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problems"));
            QVERIFY(dock);
            QCOMPARE(dock->isVisible(), damaged);
            auto *panel = dock->findChild<ProblemsPanel *>();
            QVERIFY(panel);
            QCOMPARE(panel->problemCount(), damaged ? 1 : 0);
            if (damaged) {
                const QStringList row = panel->row(0);
                QVERIFY(row.at(0).endsWith(QStringLiteral("items.jsonl")));
                QCOMPARE(row.at(1), QStringLiteral("3"));
                QVERIFY(row.at(2).contains(QStringLiteral("separator")));
            }
        }
    }
};

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
