// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/item.h"
#include "core/storage/itemlistfile.h"
#include "core/storage/projectfile.h"
#include "core/storage/safepath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

// Ids and paths read from files never reach outside the folder they belong to, links planted
// in a project never carry a write elsewhere, and what a file declares is bounded.
class TestSafePath : public QObject
{
    Q_OBJECT

private:
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void idsThatNameOneFileAreAccepted()
    {
        for (const char *id : {"a1b2c3d4e5f60718", "img001", "case-1.dcm", "x_y", ".hidden"})
            QVERIFY2(SafePath::idProblem(QString::fromLatin1(id)).isEmpty(), id);
    }

    void idsThatCouldLeaveTheFolderAreRefused()
    {
        const QStringList bad = {QString(),
                                 QStringLiteral(".."),
                                 QStringLiteral("."),
                                 QStringLiteral("../../tmp/x"),
                                 QStringLiteral("a/b"),
                                 QStringLiteral("a\\b"),
                                 QStringLiteral("/etc/passwd"),
                                 QStringLiteral("bell\x07"),
                                 QString(129, QLatin1Char('a'))};
        for (const QString &id : bad)
            QVERIFY2(!SafePath::idProblem(id).isEmpty(), qPrintable(id));
    }

    void relativePathsStayBelowTheFolder()
    {
        QVERIFY(SafePath::relativePathProblem(QStringLiteral("images/a.png")).isEmpty());
        QVERIFY(SafePath::relativePathProblem(QStringLiteral("a..b/c.png")).isEmpty());
        for (const char *path : {"../x.dcm", "images/../../x", "/etc/passwd", "a\\..\\b", ""})
            QVERIFY2(!SafePath::relativePathProblem(QString::fromLatin1(path)).isEmpty(), path);
        QVERIFY(!SafePath::relativePathProblem(QString(2000, QLatin1Char('a'))).isEmpty());
    }

    void resolveInsideRefusesALinkThatLeadsOut()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("project"));
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/images")));
        QVERIFY(QDir().mkpath(outside));
        QVERIFY(QFile::link(outside, root + QStringLiteral("/escape")));
        const Expected<QString> inside =
            SafePath::resolveInside(root, QStringLiteral("images/a.png"));
        QVERIFY(inside);
        QCOMPARE(*inside, root + QStringLiteral("/images/a.png"));
        const Expected<QString> out = SafePath::resolveInside(root, QStringLiteral("escape/a.png"));
        QVERIFY(!out);
        QVERIFY(out.error().message.contains(QStringLiteral("symbolic link")));
        QVERIFY(!SafePath::resolveInside(root, QStringLiteral("../outside/a.png")));
    }

    void refuseLinksBelowNamesTheLink()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/journal")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(!SafePath::refuseLinksBelow(root, root + QStringLiteral("/journal/bob/s.jsonl")));
        const QString link = root + QStringLiteral("/journal/bob");
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), link));
        const MaybeError refused =
            SafePath::refuseLinksBelow(root, link + QStringLiteral("/s.jsonl"));
        QVERIFY(refused);
        QCOMPARE(refused->path, link);
        QVERIFY(SafePath::refuseLinksBelow(root, dir.filePath(QStringLiteral("elsewhere/x"))));
    }

    void unsafeFileNamesGetAStableHashedName()
    {
        QCOMPARE(SafePath::fileNameFor(QStringLiteral("img1")), QStringLiteral("img1"));
        const QString name = SafePath::fileNameFor(QStringLiteral("../../tmp/x"));
        QVERIFY(name.startsWith(QStringLiteral("id-")));
        QCOMPARE(name.size(), 19);
        QVERIFY(SafePath::idProblem(name).isEmpty());
        QCOMPARE(SafePath::fileNameFor(QStringLiteral("../../tmp/x")), name);
    }

    void itemListRefusesUnsafeIdsAndHugeSizesLineByLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("items.jsonl"));
        QVERIFY(write(path,
                      "{\"id\":\"ok\",\"path\":\"../images/a.png\",\"width\":10,\"height\":10}\n"
                      "{\"id\":\"../../../tmp/x\",\"path\":\"b.png\"}\n"
                      "{\"id\":\"big\",\"path\":\"c.png\",\"width\":1000000,\"height\":1000000}\n"
                      "{\"id\":\"neg\",\"path\":\"d.png\",\"width\":-5,\"height\":3}\n"));
        const ItemListReadResult read = readItemListFile(path);
        QCOMPARE(read.items.size(), 1);
        QCOMPARE(read.items.at(0).id, QStringLiteral("ok"));
        QCOMPARE(read.problems.size(), size_t(3));
        QCOMPARE(read.problems[0].line, 2);
        QVERIFY(read.problems[0].message.contains(QStringLiteral("separator")));
        QCOMPARE(read.problems[1].line, 3);
        QVERIFY(read.problems[1].message.contains(QStringLiteral("1000000")));
        QCOMPARE(read.problems[2].line, 4);
    }

    void aProjectFileOfTheWrongShapeNamesTheField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("project.json"));
        QVERIFY(write(path, "{\"schema\":1,\"id\":\"p\",\"guidelines\":[1,2]}"));
        const Expected<Project> project = readProjectFile(path);
        QVERIFY(!project);
        QVERIFY2(project.error().message.contains(QStringLiteral("\"guidelines\"")),
                 qPrintable(project.error().message));
        QVERIFY(!project.error().message.contains(QStringLiteral("type_error")));
        QVERIFY(write(path, "{\"schema\":1,\"id\":\"p\",\"taxonomy\":5}"));
        QVERIFY(readProjectFile(path).error().message.contains(QStringLiteral("\"taxonomy\"")));
    }
};

QTEST_GUILESS_MAIN(TestSafePath)
#include "tst_safepath.moc"
