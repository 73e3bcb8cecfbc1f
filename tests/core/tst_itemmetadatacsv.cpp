// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/curation/itemkeys.h"
#include "core/curation/itemmetadatacsv.h"
#include "core/util/csvfields.h"
#include "tests/core/filebytes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(testing::writeAll(path, bytes));
}

} // namespace

class TestItemMetadataCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

    QString csv(const QByteArray &text)
    {
        static int count = 0;
        const QString path = m_dir.filePath(QStringLiteral("meta%1.csv").arg(++count));
        writeFile(path, text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("images"));
        // Not decoded here: the table checks names, not pixels.
        writeFile(m_folder + QStringLiteral("/a.png"), "png");
        writeFile(m_folder + QStringLiteral("/sub/b.png"), "png");
        writeFile(m_folder + QStringLiteral("/notes.txt"), "text");
        writeFile(m_dir.filePath(QStringLiteral("outside.png")), "png");
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside.png")),
                            m_folder + QStringLiteral("/link.png")));
        QVERIFY(QFile::link(m_dir.path(), m_folder + QStringLiteral("/up")));
    }

    void readsKeysWithQuotedCommasAndLineEnds()
    {
        const QString path = csv("\xEF\xBB\xBF"
                                 "file,patient,site,note\r\n"
                                 "a.png,P1,\"Leeds, St James\",\"two\nlines\"\r\n"
                                 "\n"
                                 "  sub/b.png , P2 ,,\"said \"\"hi\"\"\"\n");
        Expected<ItemMetadataTable> table = readItemMetadataCsv(path, m_folder);
        QVERIFY2(table, qPrintable(table ? QString() : table.error().toString()));
        QCOMPARE(table->keyNames, QStringList({QStringLiteral("patient"), QStringLiteral("site"),
                                               QStringLiteral("note")}));
        QCOMPARE(table->rows.size(), size_t(2));
        QCOMPARE(table->rows[0].line, 2);
        QCOMPARE(table->rows[0].keys.at(QStringLiteral("site")), QStringLiteral("Leeds, St James"));
        QCOMPARE(table->rows[0].keys.at(QStringLiteral("note")), QStringLiteral("two\nlines"));
        QCOMPARE(table->rows[1].line, 5); // the quoted line end counts, the blank line too
        QCOMPARE(table->rows[1].file, QStringLiteral("sub/b.png"));
        QCOMPARE(table->rows[1].keys.at(QStringLiteral("patient")), QStringLiteral("P2"));
        QVERIFY(!table->rows[1].keys.count(QStringLiteral("site"))); // empty: no key
        QCOMPARE(table->rows[1].keys.at(QStringLiteral("note")), QStringLiteral("said \"hi\""));
        QCOMPARE(table->rows[1].canonicalPath,
                 QFileInfo(m_folder + QStringLiteral("/sub/b.png")).canonicalFilePath());
    }

    void badTablesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file column")
            << QByteArray("path,patient\na.png,P1\n") << 1
            << QStringLiteral("no \"file\" column (it has: path, patient)");
        QTest::newRow("empty") << QByteArray(" \n\n") << 1 << QStringLiteral("empty");
        QTest::newRow("ragged") << QByteArray("file,patient\na.png,P1\nsub/b.png,P2,extra\n") << 3
                                << QStringLiteral("as the header has, found 3");
        QTest::newRow("short") << QByteArray("file,patient,site\na.png,P1\n") << 2
                               << QStringLiteral("found 2");
        QTest::newRow("repeated column")
            << QByteArray("file,site,Site\n") << 1 << QStringLiteral("names column \"Site\" twice");
        QTest::newRow("unterminated quote")
            << QByteArray("file,patient\na.png,P1\nsub/b.png,\"P2\n\n") << 3
            << QStringLiteral("never closes");
        QTest::newRow("text after quote") << QByteArray("file,patient\na.png,\"P1\"x\n") << 2
                                          << QStringLiteral("after a closing quote");
        QTest::newRow("duplicate row")
            << QByteArray("file,patient\na.png,P1\nsub/b.png,P2\n./a.png,P3\n") << 4
            << QStringLiteral("listed again (first on line 2)");
        QTest::newRow("same file by another name")
            << QByteArray("file,patient\nsub/../a.png,P1\n") << 2 << QStringLiteral("\"..\"");
        QTest::newRow("unknown file") << QByteArray("file,patient\nc.png,P1\n") << 2
                                      << QStringLiteral("unknown file \"c.png\"");
        QTest::newRow("not an image")
            << QByteArray("file,patient\nnotes.txt,P1\n") << 2 << QStringLiteral("not an image");
        QTest::newRow("empty file field")
            << QByteArray("file,patient\n,P1\n") << 2 << QStringLiteral("\"file\" field is empty");
        QTest::newRow("parent") << QByteArray("file,patient\n../outside.png,P1\n") << 2
                                << QStringLiteral("file \"../outside.png\"");
        QTest::newRow("absolute") << QByteArray("file,patient\n/etc/passwd,P1\n") << 2
                                  << QStringLiteral("file \"/etc/passwd\"");
        QTest::newRow("link to a file outside")
            << QByteArray("file,patient\nlink.png,P1\n") << 2 << QStringLiteral("leads outside");
        QTest::newRow("link to a folder outside") << QByteArray("file,patient\nup/outside.png,P1\n")
                                                  << 2 << QStringLiteral("leads outside");
    }

    void badTablesNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const QString path = csv(text);
        Expected<ItemMetadataTable> table = readItemMetadataCsv(path, m_folder);
        QVERIFY(!table);
        QCOMPARE(table.error().path, path);
        QCOMPARE(table.error().line, line);
        QVERIFY2(table.error().message.contains(expected), qPrintable(table.error().message));
    }

    void unreadableCsvIsNamed()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
        Expected<ItemMetadataTable> table = readItemMetadataCsv(missing, m_folder);
        QVERIFY(!table);
        QCOMPARE(table.error().path, missing);
        Expected<ItemMetadataTable> folder = readItemMetadataCsv(m_folder, m_folder);
        QVERIFY(!folder);
        QVERIFY(folder.error().message.contains(QLatin1String("folder")));
        // A stream without end stops at the size limit instead of filling memory.
        if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
            Expected<CsvTable> endless = readCsvTable(QStringLiteral("/dev/zero"));
            QVERIFY(!endless);
            QVERIFY(endless.error().message.contains(QLatin1String("MiB")));
        }
    }

    void keysAreRecordedAndMerged()
    {
        QTemporaryDir project;
        const ProjectFolder folder(project.path());
        Expected<ItemKeyMap> empty = readItemKeys(folder);
        QVERIFY(empty);
        QVERIFY(empty->empty());
        ItemKeyMap first;
        first[QStringLiteral("item1")] = {{QStringLiteral("site"), QStringLiteral("A")},
                                          {QStringLiteral("patient"), QStringLiteral("P1")}};
        QVERIFY(recordItemKeys(folder, first));
        ItemKeyMap second;
        second[QStringLiteral("item1")] = {{QStringLiteral("site"), QStringLiteral("B")}};
        second[QStringLiteral("item2")] = {{QStringLiteral("scanner"), QStringLiteral("X")}};
        Expected<ItemKeyMap> merged = recordItemKeys(folder, second);
        QVERIFY(merged);
        Expected<ItemKeyMap> read = readItemKeys(folder);
        QVERIFY(read);
        QCOMPARE(*read, *merged);
        QCOMPARE(read->at(QStringLiteral("item1")).at(QStringLiteral("site")), QStringLiteral("B"));
        QCOMPARE(read->at(QStringLiteral("item1")).at(QStringLiteral("patient")),
                 QStringLiteral("P1"));

        // A recorded key comes before what the item carries; built-in keys fill the rest.
        Item item;
        item.id = QStringLiteral("item1");
        item.patientId = QStringLiteral("DICOM-P");
        item.studyInstanceUid = QStringLiteral("1.2.3");
        QCOMPARE(itemKeyValue(item, *read, QStringLiteral("patient")), QStringLiteral("P1"));
        QCOMPARE(itemKeyValue(item, *read, QStringLiteral("study")), QStringLiteral("1.2.3"));
        QCOMPARE(itemKeyValue(item, *read, QStringLiteral("scanner")), QString());
        QCOMPARE(knownItemKeys({item}, *read),
                 QStringList({QStringLiteral("patient"), QStringLiteral("scanner"),
                              QStringLiteral("site"), QStringLiteral("study")}));

        writeFile(itemKeysFile(folder), R"({"format": "concord-item-keys", "items": {"x": 3}})");
        Expected<ItemKeyMap> damaged = readItemKeys(folder);
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().path, itemKeysFile(folder));
        QVERIFY(!recordItemKeys(folder, second)); // never written over
    }
};

QTEST_GUILESS_MAIN(TestItemMetadataCsv)
#include "tst_itemmetadatacsv.moc"
