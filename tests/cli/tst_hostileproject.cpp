// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/labelmapexporter.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/sha256.h"
#include "tests/cli/clirun.h"
#include "tests/core/projectcopies.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

using namespace concord;

// concord-cli against project folders a hostile tester prepared: ids and paths that climb out,
// symbolic links, absurd sizes, endless input and silent damage. Nothing is written outside the
// project or --out (a canary folder beside them stays empty), nothing crashes, and every
// problem is printed with its file.
class TestHostileProject : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;
    QTemporaryDir m_dir;
    QString m_lead;   // the team's project
    QString m_field;  // a copy of it, where the hostile edits are made
    QString m_canary; // beside both: must stay empty

    static Run cli(const QStringList &arguments) { return test::runCli(arguments); }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QStringList canaryContents() const
    {
        return QDir(m_canary).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    // Opens the field copy, adds `items`, and has alice outline each of them with a polygon.
    static void labelInField(const QString &field, const std::vector<Item> &items)
    {
        auto workspace = Workspace::open(field);
        QVERIFY(workspace);
        QVERIFY((*workspace)->addItems(items));
        QVERIFY(!(*workspace)->startSession(QStringLiteral("alice")));
        for (const Item &item : items) {
            PolygonAnnotation polygon;
            polygon.id = newAnnotationId();
            polygon.labelId = 1;
            polygon.vertices = {{2, 2}, {15, 3}, {8, 14}};
            QVERIFY(!(*workspace)->commit(edits::addPolygon(item.id, polygon).forward));
        }
        QVERIFY(!(*workspace)->endSession());
    }

    // A mask of scattered pixels, so its runs are long enough to live in blobs/.
    static void paintMaskInField(const QString &field, const QString &itemId)
    {
        auto workspace = Workspace::open(field);
        QVERIFY(workspace);
        QVERIFY(!(*workspace)->startSession(QStringLiteral("alice")));
        MaskAnnotation mask;
        mask.id = newAnnotationId();
        mask.labelId = 1;
        cv::Mat1b noise(120, 120);
        cv::randu(noise, 0, 2);
        mask.mask = BinaryMask{cv::Rect(0, 0, 120, 120), noise};
        QVERIFY(!(*workspace)->commit(edits::addMask(itemId, mask).forward));
        QVERIFY(!(*workspace)->endSession());
        QVERIFY(!QDir(field + QStringLiteral("/blobs")).isEmpty(QDir::Files));
    }

private Q_SLOTS:
    void init()
    {
        const QString base = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        m_lead = base + QStringLiteral("/lead.concord");
        m_field = base + QStringLiteral("/field.concord");
        m_canary = base + QStringLiteral("/canary");
        QVERIFY(QDir().mkpath(m_canary));
        Project project = Project::create(QStringLiteral("Chest"),
                                          Taxonomy::fromIndentedText(QStringLiteral("Nodule")));
        project.annotators.push_back({QStringLiteral("alice"), QStringLiteral("Alice")});
        auto lead = Workspace::create(m_lead, project);
        QVERIFY(lead);
        QVERIFY(
            (*lead)->addItems({Item{QStringLiteral("i1"), QStringLiteral("a.png"), {}, 120, 120}}));
        lead->reset();
        QVERIFY(testing::copyProjectFolder(m_lead, m_field));
        QVERIFY(QDir().mkpath(m_field + QStringLiteral("/journal")));
    }

    void cleanup() { QCOMPARE(canaryContents(), QStringList()); }

    // An item id of another copy climbs out of --out when used as a file name.
    void aDotDotItemIdNeverLeavesTheExportFolder()
    {
        const QString hostile = QStringLiteral("../../canary/X");
        labelInField(m_field, {Item{hostile, QStringLiteral("x.png"), {}, 20, 20}});
        const QString out = QFileInfo(m_field).absolutePath() + QStringLiteral("/out");

        // The copy's own export reports the line and, allowed to go on, writes inside --out.
        const Run refused = cli({QStringLiteral("export"), m_field, QStringLiteral("--format"),
                                 QStringLiteral("png-labelmap"), QStringLiteral("--out"), out});
        QVERIFY2(test::refusedWith(refused, 1, QStringLiteral("items.jsonl:2")),
                 qPrintable(test::describe(refused)));
        const Run allowed = cli({QStringLiteral("export"), m_field, QStringLiteral("--format"),
                                 QStringLiteral("png-labelmap"), QStringLiteral("--out"), out,
                                 QStringLiteral("--allow-damaged")});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(allowed.err.contains(QStringLiteral("separator")));
        QCOMPARE(canaryContents(), QStringList());

        // Merging does not bring the line in; it says so.
        const Run merge = cli({QStringLiteral("merge"), m_lead, m_field});
        QVERIFY2(test::refusedWith(merge, 1, QStringLiteral("not merged")),
                 qPrintable(test::describe(merge)));
        QVERIFY(!readFile(m_lead + QStringLiteral("/items.jsonl")).contains("canary"));
        const Run exported = cli({QStringLiteral("export"), m_lead, QStringLiteral("--format"),
                                  QStringLiteral("png-labelmap"), QStringLiteral("--out"), out,
                                  QStringLiteral("--allow-damaged")});
        QCOMPARE(exported.exitCode, 0);
    }

    // Items built in memory skip the file's checks; the exporter still names files safely.
    void theLabelMapExporterHashesAnUnsafeId()
    {
        const QString hostile = QStringLiteral("../../canary/Y");
        labelInField(m_field, {Item{QStringLiteral("safe"), QStringLiteral("x.png"), {}, 20, 20}});
        auto workspace = Workspace::open(m_field);
        QVERIFY(workspace);
        ItemList items;
        items.add(Item{hostile, QStringLiteral("x.png"), {}, 20, 20});
        AnnotationStore store;
        AnnotatorWork work = *WorkspaceInternals::store(**workspace).work(QStringLiteral("alice"));
        work.restoreItem(hostile, *work.item(QStringLiteral("safe")));
        store.setWork(QStringLiteral("alice"), work);
        const QString out = QFileInfo(m_field).absolutePath() + QStringLiteral("/maps");
        const Expected<int> written = writeLabelMaps((*workspace)->project(), items, store, out);
        QVERIFY(written);
        QCOMPARE(*written, 1);
        const QStringList files = QDir(out + QStringLiteral("/alice")).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().startsWith(QStringLiteral("id-")));
        QVERIFY(readFile(out + QStringLiteral("/labelmap.json")).contains("\"renamed\""));
    }

    void mergeRefusesAnItemPathOutsideTheCopy()
    {
        labelInField(m_field, {Item{QStringLiteral("evil"),
                                    QStringLiteral("../../../../../../../../etc/passwd"),
                                    {},
                                    20,
                                    20}});
        const QByteArray itemsBefore = readFile(m_lead + QStringLiteral("/items.jsonl"));
        const Run merge = cli({QStringLiteral("merge"), m_lead, m_field});
        QVERIFY2(test::refusedWith(merge, 1, QStringLiteral("Nothing was merged")),
                 qPrintable(test::describe(merge)));
        QVERIFY(merge.err.contains(QStringLiteral("evil")));
        QCOMPARE(readFile(m_lead + QStringLiteral("/items.jsonl")), itemsBefore);
        QVERIFY(!QFileInfo::exists(m_lead + QStringLiteral("/journal/alice")));
    }

    // Import keeps images where they are, so a field copy names images beside it with "..":
    // such an item merges when the file is there for the lead's project too with the recorded
    // content, and is refused when the hash does not match (a file picked by its path only).
    void mergeTakesAnImageBesideTheCopyOnlyWithItsContent()
    {
        const QString beside = QFileInfo(m_field).absolutePath() + QStringLiteral("/images");
        QVERIFY(QDir().mkpath(beside));
        writeFile(beside + QStringLiteral("/scan.png"), "pretend pixels\n");
        const QString rightHash = QString::fromStdString(sha256Hex("pretend pixels\n", 15));
        Item forged{QStringLiteral("forged"), QStringLiteral("../images/scan.png"),
                    QString(64, QLatin1Char('0')), 20, 20};
        labelInField(m_field, {forged});
        const QByteArray itemsBefore = readFile(m_lead + QStringLiteral("/items.jsonl"));
        const Run refused = cli({QStringLiteral("merge"), m_lead, m_field});
        QVERIFY2(test::refusedWith(refused, 1, QStringLiteral("forged")),
                 qPrintable(test::describe(refused)));
        QCOMPARE(readFile(m_lead + QStringLiteral("/items.jsonl")), itemsBefore);

        // The same file with its true content hash is an ordinary image of the team.
        QVERIFY(testing::copyProjectFolder(m_lead, m_field + QStringLiteral("-fresh")));
        const QString fresh = m_field + QStringLiteral("-fresh");
        labelInField(fresh, {Item{QStringLiteral("scan"), QStringLiteral("../images/scan.png"),
                                  rightHash, 20, 20}});
        const Run merged = cli({QStringLiteral("merge"), m_lead, fresh});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        auto lead = Workspace::open(m_lead);
        QVERIFY(lead);
        QVERIFY((*lead)->items().find(QStringLiteral("scan")));
    }

    void mergeRefusesASymlinkedJournal()
    {
        const QString secret = QFileInfo(m_field).absolutePath() + QStringLiteral("/secret.txt");
        writeFile(secret, "SECRET\n");
        QVERIFY(QDir().mkpath(m_field + QStringLiteral("/journal/mallory")));
        const QString link = m_field + QStringLiteral("/journal/mallory/20260101T000000Z.jsonl");
        QVERIFY(QFile::link(secret, link));
        const Run merge = cli({QStringLiteral("merge"), m_lead, m_field});
        QVERIFY2(test::refusedWith(merge, 1, QStringLiteral("symbolic link")),
                 qPrintable(test::describe(merge)));
        QVERIFY(merge.err.contains(QStringLiteral("mallory")));
        QVERIFY(!QFileInfo::exists(m_lead + QStringLiteral("/journal/mallory")));

        // A linked annotator folder is refused the same way.
        QVERIFY(QFile::remove(link));
        QVERIFY(QDir(m_field + QStringLiteral("/journal/mallory")).removeRecursively());
        const QString elsewhere = QFileInfo(m_field).absolutePath() + QStringLiteral("/elsewhere");
        writeFile(elsewhere + QStringLiteral("/20260101T000000Z.jsonl"), "SECRET\n");
        QVERIFY(QFile::link(elsewhere, m_field + QStringLiteral("/journal/mallory")));
        const Run again = cli({QStringLiteral("merge"), m_lead, m_field});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("symbolic link")));
        QVERIFY(!QFileInfo::exists(m_lead + QStringLiteral("/journal/mallory")));
    }

    void importSessionNeverWritesThroughALinkedJournalFolder()
    {
        labelInField(m_field, {Item{QStringLiteral("i2"), QStringLiteral("b.png"), {}, 20, 20}});
        const QString archive = QFileInfo(m_field).absolutePath() + QStringLiteral("/alice.csa");
        QCOMPARE(cli({QStringLiteral("export-session"), m_field, QStringLiteral("--annotator"),
                      QStringLiteral("alice"), QStringLiteral("--out"), archive})
                     .exitCode,
                 0);
        QVERIFY(QDir().mkpath(m_lead + QStringLiteral("/journal")));
        QVERIFY(QFile::link(m_canary, m_lead + QStringLiteral("/journal/alice")));
        const Run imported = cli({QStringLiteral("import-session"), m_lead, archive});
        QVERIFY2(test::refusedWith(imported, 1, QStringLiteral("symbolic link")),
                 qPrintable(test::describe(imported)));
        QVERIFY(imported.err.contains(QStringLiteral("journal/alice")));
    }

    void aHugeImageSizeIsAMessageNotACrash()
    {
        labelInField(m_field, {Item{QStringLiteral("i2"), QStringLiteral("b.png"), {}, 20, 20}});
        const QString items = m_field + QStringLiteral("/items.jsonl");
        QByteArray text = readFile(items);
        text.replace("\"width\":20", "\"width\":1000000")
            .replace("\"height\":20", "\"height\":1000000");
        writeFile(items, text);
        const QString out = QFileInfo(m_field).absolutePath() + QStringLiteral("/out");
        for (const QStringList &extra :
             {QStringList(), QStringList{QStringLiteral("--allow-damaged")}}) {
            const Run run =
                cli(QStringList{QStringLiteral("export"), m_field, QStringLiteral("--format"),
                                QStringLiteral("png-labelmap"), QStringLiteral("--out"), out} +
                    extra);
            QCOMPARE(run.exitCode, extra.isEmpty() ? 1 : 0);
            QVERIFY2(run.err.contains(QStringLiteral("items.jsonl:2")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("1000000")));
        }
    }

    void anEndlessCsvEndsWithAMessage()
    {
        const Run run = cli(
            {QStringLiteral("agreement"), QStringLiteral("--csv"), QStringLiteral("/dev/zero")});
        QVERIFY2(test::refusedWith(run, 1, QStringLiteral("/dev/zero:1")),
                 qPrintable(test::describe(run)));
    }

    void damageStopsEveryReaderUnlessAllowed()
    {
        paintMaskInField(m_field, QStringLiteral("i1"));
        const QStringList blobs = QDir(m_field + QStringLiteral("/blobs")).entryList(QDir::Files);
        QVERIFY(QFile::remove(m_field + QStringLiteral("/blobs/") + blobs.first()));
        const QString out = QFileInfo(m_field).absolutePath();
        const QList<QStringList> readers = {
            {QStringLiteral("export"), m_field, QStringLiteral("--out"),
             out + QStringLiteral("/c.json")},
            {QStringLiteral("agreement"), m_field, QStringLiteral("--out-dir"),
             out + QStringLiteral("/r")},
            {QStringLiteral("export-session"), m_field, QStringLiteral("--annotator"),
             QStringLiteral("alice"), QStringLiteral("--out"), out + QStringLiteral("/alice.csa")},
        };
        for (const QStringList &reader : readers) {
            const Run refused = cli(reader);
            QVERIFY2(test::refusedWith(refused, 1, blobs.first()),
                     qPrintable(test::describe(refused)));
            QVERIFY(refused.err.contains(QStringLiteral("--allow-damaged")));
        }
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/c.json")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/alice.csa")));
        const Run allowed = cli(readers.first() + QStringList{QStringLiteral("--allow-damaged")});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(allowed.err.contains(blobs.first()));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/c.json")));

        // A changed line breaks the hash chain: reported the same way, with its line.
        const QString journal = QDir(m_field + QStringLiteral("/journal/alice"))
                                    .entryInfoList(QDir::Files)
                                    .first()
                                    .filePath();
        QByteArray lines = readFile(journal);
        lines.replace("\"seq\":1,", "\"seq\":1 ,");
        writeFile(journal, lines);
        const Run chain = cli({QStringLiteral("agreement"), m_field, QStringLiteral("--out-dir"),
                               out + QStringLiteral("/r2")});
        QVERIFY2(test::refusedWith(chain, 1, QStringLiteral(".jsonl:2: hash chain")),
                 qPrintable(test::describe(chain)));
    }

    void aProjectFileOfTheWrongShapeIsAMessageNamingTheField()
    {
        writeFile(m_field + QStringLiteral("/project.json"),
                  "{\"schema\":1,\"id\":\"p\",\"guidelines\":[]}");
        const Run run = cli({QStringLiteral("info"), m_field});
        QVERIFY2(test::refusedWith(run, 1, QStringLiteral("\"guidelines\" must be an object")),
                 qPrintable(test::describe(run)));
        QVERIFY(!run.err.contains(QStringLiteral("type_error")));
    }
};

QTEST_GUILESS_MAIN(TestHostileProject)
#include "tst_hostileproject.moc"
