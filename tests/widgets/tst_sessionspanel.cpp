// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/sessionstatistics.h"
#include "core/project/workspace.h"
#include "widgets/team/sessionspanel.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace concord;

// The sessions panel shows, per annotator and per session, what the session statistics of core
// measure from the journals; an annotator sees only their own sessions, a lead everyone's.
class TestSessionsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    static QTreeWidgetItem *rowFor(QTreeWidget *table, const QString &annotatorId)
    {
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            if (table->topLevelItem(i)->data(SessionsPanel::WhoColumn, Qt::UserRole).toString() ==
                annotatorId)
                return table->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Project project = Project::create(
            QStringLiteral("P"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal")));
        auto created = Workspace::create(m_dir.filePath(QStringLiteral("p")), project);
        QVERIFY(created);
        m_workspace = std::move(*created);
        QVERIFY(!m_workspace->addAnnotator(
            {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator}));
        QVERIFY(
            !m_workspace->addAnnotator({QStringLiteral("bob"), QStringLiteral("Bob"), Role::Lead}));
        std::vector<Item> items;
        for (int i = 0; i < 3; ++i)
            items.push_back(Item{QStringLiteral("i%1").arg(i), QStringLiteral("%1.png").arg(i)});
        QVERIFY(m_workspace->addItems(items));
        // Alice labels two items in a calibration session and ends it; bob starts one.
        QVERIFY(!m_workspace->startSession(QStringLiteral("alice"), SessionMode::Calibration));
        for (const char *id : {"i0", "i1"}) {
            QVERIFY(
                !m_workspace->commit(edits::setClassLabels(QLatin1String(id), {}, {1}).forward));
            QTest::qWait(5); // distinct timestamps, so there is active time to measure
            QVERIFY(!m_workspace->commit(
                edits::setItemStatus(QLatin1String(id), ItemStatus::InProgress, ItemStatus::Done)
                    .forward));
        }
        QVERIFY(!m_workspace->endSession());
    }

    void rowsMatchCoreMeasures()
    {
        QVERIFY(!m_workspace->startSession(QStringLiteral("bob")));
        SessionsPanel panel(m_workspace.get());
        panel.refresh();
        QTreeWidget *table = panel.table();
        QTreeWidgetItem *alice = rowFor(table, QStringLiteral("alice"));
        QVERIFY(alice);
        QVERIFY(rowFor(table, QStringLiteral("bob"))); // the lead's own, current session
        QCOMPARE(alice->text(SessionsPanel::WhoColumn), QStringLiteral("Alice"));

        const AnnotatorActivity measured =
            measureAnnotatorActivity(m_workspace->folder(), QStringLiteral("alice"));
        QCOMPARE(measured.totals.itemsDone, 2);
        QCOMPARE(alice->text(SessionsPanel::DoneColumn),
                 QString::number(measured.totals.itemsDone));
        // Seconds of work give no meaningful rate: none is shown below a minute.
        QVERIFY(measured.totals.activeMs > 0 && measured.totals.activeMs < 60000);
        QCOMPARE(alice->text(SessionsPanel::RateColumn), QStringLiteral("–"));
        QCOMPARE(alice->text(SessionsPanel::ActiveColumn), QStringLiteral("< 1 min"));
        QCOMPARE(alice->childCount(), 1);
        QTreeWidgetItem *session = alice->child(0);
        QCOMPARE(session->text(SessionsPanel::WhoColumn), measured.sessions.front().sessionId);
        QCOMPARE(session->text(SessionsPanel::ModeColumn), QStringLiteral("calibration"));
        QCOMPARE(session->text(SessionsPanel::DoneColumn), QStringLiteral("2"));
        QVERIFY(session->text(SessionsPanel::EndColumn) != QStringLiteral("not closed"));
        QVERIFY(!session->text(SessionsPanel::StartColumn).isEmpty());
    }

    void annotatorSeesOnlyTheirOwn()
    {
        QVERIFY(!m_workspace->startSession(QStringLiteral("alice")));
        SessionsPanel panel(m_workspace.get());
        panel.refresh();
        QCOMPARE(panel.table()->topLevelItemCount(), 1);
        QVERIFY(rowFor(panel.table(), QStringLiteral("alice")));
        QCOMPARE(rowFor(panel.table(), QStringLiteral("alice"))
                     ->child(1)
                     ->text(SessionsPanel::EndColumn),
                 QStringLiteral("now"));
    }
};

QTEST_MAIN(TestSessionsPanel)
#include "tst_sessionspanel.moc"
