// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/visibility.h"
#include "core/project/workspace.h"
#include "tests/core/projectfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Blind reading: an annotator sees another reader's work on an item only after submitting it;
// reviewers, adjudicators and leads see everything; the rule holds through Workspace.
class TestVisibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pureRule()
    {
        const QString me = QStringLiteral("ann");
        const QString other = QStringLiteral("other");
        for (ItemStatus status : {ItemStatus::New, ItemStatus::InProgress, ItemStatus::Skipped}) {
            QVERIFY(maySeeWork(me, Role::Annotator, me, status));
            QVERIFY(!maySeeWork(me, Role::Annotator, other, status));
        }
        QVERIFY(maySeeWork(me, Role::Annotator, other, ItemStatus::Done));
        for (Role role : {Role::Reviewer, Role::Adjudicator, Role::Lead}) {
            QVERIFY(maySeeWork(me, role, other, ItemStatus::New));
            QVERIFY(maySeeWork(me, role, me, ItemStatus::New));
        }
        // Someone not in the project sees only their own work, even after "submitting".
        QVERIFY(maySeeWork(me, std::nullopt, me, ItemStatus::New));
        QVERIFY(!maySeeWork(me, std::nullopt, other, ItemStatus::New));
        QVERIFY(!maySeeWork(me, std::nullopt, other, ItemStatus::Done));
        QVERIFY(!maySeeWork(QString(), std::nullopt, QString(), ItemStatus::Done));
    }

    void workspaceHidesOthersUntilSubmitted()
    {
        QTemporaryDir dir;
        const QString item = QStringLiteral("i1");
        const std::unique_ptr<Workspace> workspace = createProject(
            dir.path(), projectWithLabels(QStringLiteral("Blind"), QStringLiteral("Nodule")),
            {{QStringLiteral("ann"), QStringLiteral("Ann"), Role::Annotator},
             {QStringLiteral("ben"), QStringLiteral("Ben"), Role::Annotator},
             {QStringLiteral("lee"), QStringLiteral("Lee"), Role::Lead},
             {QStringLiteral("rev"), QStringLiteral("Rev"), Role::Reviewer}},
            {Item{item, QStringLiteral("a.png")}});
        QVERIFY(workspace);

        QVERIFY(!workspace->visibleWork(QStringLiteral("ben"), item)); // no session, no viewer
        QVERIFY(!workspace->startSession(QStringLiteral("ben")));
        QVERIFY(!workspace->commit(edits::addBox(item, placeholderBox(1)).forward));
        QVERIFY(workspace->visibleWork(QStringLiteral("ben"), item)); // own work
        QVERIFY(!workspace->startSession(QStringLiteral("ann")));
        QVERIFY(!workspace->commit(edits::addBox(item, placeholderBox(2)).forward));

        QVERIFY(!workspace->visibleWork(QStringLiteral("ben"), item));
        QCOMPARE(workspace->visibleAuthors(item), QStringList{QStringLiteral("ann")});
        QVERIFY(!workspace->commit(
            edits::setItemStatus(item, ItemStatus::InProgress, ItemStatus::Done).forward));
        QVERIFY(workspace->visibleWork(QStringLiteral("ben"), item));
        QCOMPARE(workspace->visibleAuthors(item),
                 (QStringList{QStringLiteral("ann"), QStringLiteral("ben")}));
        QVERIFY(!workspace->visibleWork(QStringLiteral("nobody"), item)); // no work at all

        for (const QString &privileged : {QStringLiteral("lee"), QStringLiteral("rev")}) {
            QVERIFY(!workspace->startSession(privileged));
            QCOMPARE(workspace->visibleAuthors(item),
                     (QStringList{QStringLiteral("ann"), QStringLiteral("ben")}));
        }
        // Ben has not submitted: he still sees only himself.
        QVERIFY(!workspace->startSession(QStringLiteral("ben")));
        QCOMPARE(workspace->visibleAuthors(item), QStringList{QStringLiteral("ben")});
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "tst_visibility.moc"
