// SPDX-License-Identifier: GPL-3.0-or-later
// Pre-label set files are hostile input (docs/prelabels.md): a truncated or linked file, an id
// that would leave prelabels/, and a second set under a taken id are refused with a message
// naming the file, and nothing already written is changed.
#include "core/prelabels/prelabelstorage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

PrelabelSet oneBoxSet(const QString &id)
{
    PrelabelSet set;
    set.id = id;
    set.source = {QStringLiteral("detector"), QStringLiteral("1"), QStringLiteral("onnx"),
                  QStringLiteral("2026-12-07T00:00:00Z")};
    Suggestion box;
    box.id = QStringLiteral("s1");
    box.itemId = QStringLiteral("item1");
    box.labelId = 2;
    box.score = 0.75;
    box.rect = ImageRect{1, 2, 30, 40};
    set.suggestions.push_back(box);
    set.itemUncertainty.insert(QStringLiteral("item1"), 0.25);
    return set;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPrelabelStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenSetsReadBackAndAreNeverReplaced()
    {
        QTemporaryDir project;
        QVERIFY(project.isValid());
        QVERIFY(readPrelabelSets(project.path())->empty()); // no folder: no sets, no error
        const PrelabelSet set = oneBoxSet(QStringLiteral("detector-1"));
        QVERIFY(writePrelabelSet(project.path(), set).ok());
        const Expected<PrelabelSet> read = readPrelabelSet(project.path(), set.id);
        QVERIFY2(read.ok(), read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->suggestions.size(), size_t(1));
        QCOMPARE(read->suggestions.front().rect.width, 30.0);
        QCOMPARE(read->itemUncertainty.value(QStringLiteral("item1")), 0.25);

        const QString path = prelabelSetPath(project.path(), set.id);
        const QByteArray before = bytesOf(path);
        PrelabelSet other = oneBoxSet(set.id);
        other.suggestions.front().score = 0.1;
        const Expected<void> again = writePrelabelSet(project.path(), other);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("exists already")),
                 qPrintable(again.error().toString()));
        QCOMPARE(bytesOf(path), before);
        QVERIFY(newPrelabelSetId(project.path(), QStringLiteral("detector")) != set.id);
    }

    void idsThatLeaveTheFolderAreRefused()
    {
        QTemporaryDir project;
        QVERIFY(project.isValid());
        for (const QString &id : {QStringLiteral("../outside"), QStringLiteral(".hidden"),
                                  QStringLiteral("a/b"), QString()}) {
            const Expected<void> written = writePrelabelSet(project.path(), oneBoxSet(id));
            QVERIFY2(!written.ok(), qPrintable(id));
            QVERIFY(!readPrelabelSet(project.path(), id).ok());
        }
        QVERIFY(!QFile::exists(QDir(project.path()).filePath(QStringLiteral("outside.json"))));
        QVERIFY(
            QDir(project.path() + QStringLiteral("/prelabels")).entryList(QDir::Files).isEmpty());
    }

    void truncatedAndLinkedFilesAreNamed()
    {
        QTemporaryDir project;
        QVERIFY(project.isValid());
        QVERIFY(writePrelabelSet(project.path(), oneBoxSet(QStringLiteral("whole"))).ok());
        const QString whole = prelabelSetPath(project.path(), QStringLiteral("whole"));
        const QByteArray bytes = bytesOf(whole);

        const QString cut = prelabelSetPath(project.path(), QStringLiteral("cut"));
        QFile file(cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
        file.close();
        Expected<std::vector<PrelabelSet>> sets = readPrelabelSets(project.path());
        QVERIFY(!sets.ok());
        QCOMPARE(sets.error().path, cut);
        QVERIFY(QFile::remove(cut));

        QTemporaryDir elsewhere;
        const QString target = QDir(elsewhere.path()).filePath(QStringLiteral("linked.json"));
        QVERIFY(QFile::copy(whole, target));
        const QString link = prelabelSetPath(project.path(), QStringLiteral("linked"));
        QVERIFY(QFile::link(target, link));
        sets = readPrelabelSets(project.path());
        QVERIFY(!sets.ok());
        QCOMPARE(sets.error().path, link);
        QVERIFY2(sets.error().message.contains(QLatin1String("symbolic link")),
                 qPrintable(sets.error().toString()));
        QCOMPARE(bytesOf(whole), bytes); // the good set is untouched
    }
};

QTEST_GUILESS_MAIN(TestPrelabelStorage)
#include "tst_prelabelstorage.moc"
