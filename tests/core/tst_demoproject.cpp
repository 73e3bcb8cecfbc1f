// SPDX-License-Identifier: GPL-3.0-or-later
// The demo the window opens is always the current generator's, and an older one is kept aside,
// never deleted: a user may have labeled in it. It comes with a detector's pre-label set.
#include "core/demo/demoproject.h"
#include "core/prelabels/prelabelstorage.h"
#include "core/project/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

class TestDemoProject : public QObject
{
    Q_OBJECT

private:
    static int stampIn(const QString &directory)
    {
        QFile file(QDir(directory).filePath(QLatin1String(DemoVersionFile)));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : -1;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void createsAStampedDemoAndReusesIt()
    {
        QTemporaryDir parent;
        const QString demo = parent.filePath(QStringLiteral("demo.concord"));
        const Expected<QString> created = prepareCurrentDemoProject(demo);
        QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().toString()));
        QVERIFY(created->isEmpty());
        QCOMPARE(stampIn(demo), DemoGeneratorVersion);
        const Expected<std::unique_ptr<Workspace>> opened = Workspace::open(demo);
        QVERIFY(opened.ok());
        QVERIFY((*opened)->project().findAnnotator(QLatin1String(DemoAnnotatorId)) != nullptr);
        // Its detector's suggestions read back as any set does, with a false nodule below the
        // window's default minimum score of 0.5 on every other image.
        const Expected<std::vector<PrelabelSet>> sets = readPrelabelSets(demo);
        QVERIFY2(sets.ok(), sets ? "" : qPrintable(sets.error().toString()));
        QCOMPARE(int(sets->size()), 1);
        const PrelabelSet &set = sets->front();
        QVERIFY(set.suggestions.size() > 12);
        const auto low = std::count_if(set.suggestions.begin(), set.suggestions.end(),
                                       [](const Suggestion &s) { return s.score < 0.5; });
        QCOMPARE(int(low), (*opened)->items().size() / 2);
        for (const Suggestion &suggestion : set.suggestions) {
            const Item *item = (*opened)->items().find(suggestion.itemId);
            QVERIFY(item);
            QVERIFY((*opened)->project().taxonomy.find(suggestion.labelId));
        }

        // A label made in the current demo survives the next start.
        writeFile(QDir(demo).filePath(QStringLiteral("my-notes.txt")), "keep me");
        const Expected<QString> again = prepareCurrentDemoProject(demo);
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QVERIFY(QFile::exists(QDir(demo).filePath(QStringLiteral("my-notes.txt"))));
        QCOMPARE(QDir(parent.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }

    void movesAnOlderDemoAsideAndMakesACurrentOne()
    {
        QTemporaryDir parent;
        const QString demo = parent.filePath(QStringLiteral("demo.concord"));
        QVERIFY(QDir().mkpath(demo));
        // What a demo from before the version stamp looks like to this check: a project, no stamp.
        writeFile(QDir(demo).filePath(QStringLiteral("project.json")), R"({"name":"old demo"})");
        writeFile(QDir(demo).filePath(QStringLiteral("my-notes.txt")), "keep me");

        const Expected<QString> prepared = prepareCurrentDemoProject(demo);
        QVERIFY2(prepared.ok(), prepared ? "" : qPrintable(prepared.error().toString()));
        const QString movedTo = *prepared;
        QVERIFY(!movedTo.isEmpty());
        QVERIFY(movedTo.startsWith(parent.filePath(QStringLiteral("demo-before-"))));
        QVERIFY(movedTo.endsWith(QLatin1String(".concord")));
        QFile kept(QDir(movedTo).filePath(QStringLiteral("my-notes.txt")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));

        QCOMPARE(stampIn(demo), DemoGeneratorVersion);
        QVERIFY(!QFile::exists(QDir(demo).filePath(QStringLiteral("my-notes.txt"))));
        QVERIFY(Workspace::open(demo).ok());
    }

    void aStampFromAnotherVersionAlsoCountsAsOlder()
    {
        QTemporaryDir parent;
        const QString demo = parent.filePath(QStringLiteral("demo.concord"));
        QVERIFY(QDir().mkpath(demo));
        writeFile(QDir(demo).filePath(QStringLiteral("project.json")), R"({"name":"old demo"})");
        writeFile(QDir(demo).filePath(QLatin1String(DemoVersionFile)),
                  QByteArray::number(DemoGeneratorVersion - 1) + '\n');
        const Expected<QString> prepared = prepareCurrentDemoProject(demo);
        QVERIFY(prepared.ok());
        QVERIFY(!prepared->isEmpty());
        QCOMPARE(stampIn(*prepared), DemoGeneratorVersion - 1);
        QCOMPARE(stampIn(demo), DemoGeneratorVersion);
    }
};

QTEST_GUILESS_MAIN(TestDemoProject)
#include "tst_demoproject.moc"
