// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskdelta.h"
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/blobstore.h"
#include "core/storage/jsonsupport.h"
#include "core/storage/projectmerger.h"
#include "core/storage/sessionarchive.h"
#include "tests/core/brushstrokes.h"
#include "tests/core/projectcopies.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cmath>
#include <functional>

using namespace concord;
using namespace concord::testing;
using concord::testing::paintDabs;

// A mask stroke too long for its journal line lives in blobs/. Whatever carries journals to
// another copy of the project (merge, session archives) must carry those blobs too, checked,
// or the stroke would replay as an error there. A damaged blob is refused before anything
// is written.
class TestBlobTravel : public QObject, private LeadAndFieldCopies
{
    Q_OBJECT

private:
    const QString item = QStringLiteral("i1");
    static constexpr quint64 MaskId = 5;

    // A blob written again would be a new file renamed over the old one: another inode.
    static ino_t inodeOf(const QString &path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
    }

    static QString blobPath(const QString &project, const QString &name)
    {
        return project + QStringLiteral("/blobs/") + name;
    }

    static QStringList blobsOf(const QString &project)
    {
        return QDir(project + QStringLiteral("/blobs")).entryList(QDir::Files);
    }

    // Rewrites a version 2 archive's manifest and payload (without the newline that closes it)
    // and gives it a correct trailer again: the archive is intact as a file, so only the checks
    // behind the trailer can refuse it.
    static QByteArray reforged(const QByteArray &archive,
                               const std::function<void(Json &, QByteArray &)> &change)
    {
        const qsizetype manifestStart = archive.indexOf('\n') + 1;
        const qsizetype payloadStart = archive.indexOf('\n', manifestStart) + 1;
        const qsizetype trailerStart = archive.lastIndexOf('\n', archive.size() - 2) + 1;
        Json manifest =
            Json::parse(archive.mid(manifestStart, payloadStart - 1 - manifestStart).toStdString());
        QByteArray payload = archive.mid(payloadStart, trailerStart - 1 - payloadStart);
        change(manifest, payload);
        QByteArray forged = archive.left(manifestStart) +
                            QByteArray::fromStdString(manifest.dump()) + '\n' + payload + '\n';
        forged += "CONCORD-SESSION-ARCHIVE-END " +
                  QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex() + '\n';
        return forged;
    }

    // The instance carol's stroke must leave, in every copy the work reaches.
    void expectCarolsMask(const QString &project)
    {
        auto workspace = openOrDie(project);
        QStringList problems;
        for (const FileError &problem : workspace->openProblems())
            problems.append(problem.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const ItemWork *work =
            WorkspaceInternals::store(*workspace).itemWork(QStringLiteral("carol"), item);
        QVERIFY(work);
        const MaskAnnotation *mask = work->findMask(MaskId);
        QVERIFY(mask);
        QVERIFY(samePixels(mask->mask, m_painted));
    }

    // `transfer` (a merge or an import into the lead's copy) brings carol's journal and its
    // blob; the lead then replays her stroke pixel for pixel. Running it again changes no file
    // and rewrites no blob.
    void expectBlobAndMaskArrive(const std::function<Expected<MergeReport>()> &transfer)
    {
        const auto first = transfer();
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->blobsAdded, 1);
        QCOMPARE(first->journalsAdded, 1);
        QCOMPARE(readAll(blobPath(m_lead, m_blob)), readAll(blobPath(m_field, m_blob)));
        expectCarolsMask(m_lead);

        const auto before = folderSnapshot(m_lead);
        const ino_t blobInode = inodeOf(blobPath(m_lead, m_blob));
        const auto again = transfer();
        QVERIFY(again);
        QVERIFY(!again->changedAnything());
        QCOMPARE(again->blobsAdded, 0);
        QVERIFY(folderSnapshot(m_lead) == before);
        QCOMPARE(inodeOf(blobPath(m_lead, m_blob)), blobInode);
    }

    QString m_blob; // the name of the blob holding the stroke carol paints in the field
    BinaryMask m_painted;

private Q_SLOTS:
    void init()
    {
        std::unique_ptr<Workspace> field;
        makeCopies(Project::create(QStringLiteral("Chest"),
                                   Taxonomy::fromIndentedText(QStringLiteral("Nodule\nEffusion"))),
                   {Item{item, QStringLiteral("a.png")}}, field);
        if (QTest::currentTestFailed())
            return;
        cv::Rect dirty;
        const MaskAnnotation seed{MaskId, 1, paintDabs({}, {{500, 500}}, 10, 1, &dirty), {}};
        QVERIFY(!field->commit(edits::addMask(item, seed).forward));
        // A long scribble of small dabs: more runs than fit a journal line.
        std::vector<cv::Point> centres;
        for (int i = 0; i < 800; ++i) {
            centres.push_back({100 + 2 * i, 500 + int(120 * std::sin(i * 0.21))});
            centres.push_back({100 + 2 * i, 500 + int(150 * std::cos(i * 0.13))});
        }
        m_painted = paintDabs(seed.mask, centres, 3, 1, &dirty);
        const std::optional<ReversibleEdit> stroke =
            edits::strokeMask(item, seed, m_painted, dirty);
        QVERIFY(stroke);
        QVERIFY(stroke->forward.pixelRuns.size() > Workspace::InlinePixelRunsLimit);
        QVERIFY(!field->commit(stroke->forward));
        QCOMPARE(blobsOf(m_field).size(), 1);
        m_blob = blobsOf(m_field).constFirst();
        QVERIFY(blobsOf(m_lead).isEmpty());
    }

    void mergeBringsTheBlobAndReplaysTheSamePixels()
    {
        expectBlobAndMaskArrive([&] { return mergeProjectCopy(m_lead, m_field); });
    }

    void mergeRefusesAMissingOrDamagedBlob_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("damaged") << false;
        QTest::newRow("missing") << true;
    }

    void mergeRefusesAMissingOrDamagedBlob()
    {
        QFETCH(bool, remove);
        const QString path = blobPath(m_field, m_blob);
        if (remove) {
            QVERIFY(QFile::remove(path));
        } else {
            QByteArray bytes = readAll(path);
            bytes[100] = char(bytes[100] ^ 0x01);
            QVERIFY(writeAll(path, bytes));
        }
        const auto before = folderSnapshot(m_lead);
        const auto refused = mergeProjectCopy(m_lead, m_field);
        QVERIFY(!refused);
        const QString message = refused.error().toString();
        QVERIFY2(message.contains(m_blob), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("journal/carol/")), qPrintable(message));
        QVERIFY(folderSnapshot(m_lead) == before);
    }

    void archiveCarriesTheBlobAndReplaysTheSamePixels()
    {
        const auto exported = exportSessionArchive(m_field, QStringLiteral("carol"), m_archive);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QCOMPARE(exported->blobs, 1);
        QCOMPARE(exported->blobBytes, QFileInfo(blobPath(m_field, m_blob)).size());
        QVERIFY(readAll(m_archive).startsWith("CONCORD-SESSION-ARCHIVE 2\n"));

        expectBlobAndMaskArrive([&] { return importSessionArchive(m_lead, m_archive); });
    }

    void exportRefusesADamagedBlob()
    {
        QByteArray bytes = readAll(blobPath(m_field, m_blob));
        bytes[0] = char(bytes[0] ^ 0x01);
        QVERIFY(writeAll(blobPath(m_field, m_blob), bytes));
        const auto refused = exportSessionArchive(m_field, QStringLiteral("carol"), m_archive);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(m_blob),
                 qPrintable(refused.error().toString()));
        QVERIFY(!QFile::exists(m_archive));
    }

    void damagedOrIncompleteArchiveIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blob byte flipped") << 0 << QStringLiteral("checksum does not match");
        QTest::newRow("blob damaged before packing")
            << 1 << QStringLiteral("do not match its name");
        QTest::newRow("blob left out") << 2 << QStringLiteral("incomplete");
        QTest::newRow("blob name escapes the folder")
            << 3 << QStringLiteral("not a blob file name");
        QTest::newRow("blob cut short") << 4 << QStringLiteral("cut short");
    }

    void damagedOrIncompleteArchiveIsRefusedAndChangesNothing()
    {
        QFETCH(int, damage);
        QFETCH(QString, expected);
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        QByteArray bytes = readAll(m_archive);
        const qsizetype blobSize = QFileInfo(blobPath(m_field, m_blob)).size();
        const qsizetype trailerStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        switch (damage) {
        case 0: // the blob is the last payload, before the newline that closes it
            bytes[trailerStart - blobSize / 2] = char(bytes[trailerStart - blobSize / 2] ^ 0x01);
            break;
        case 1:
            bytes = reforged(bytes, [&](Json &, QByteArray &payload) {
                payload[payload.size() - 1] = char(payload[payload.size() - 1] ^ 0x01);
            });
            break;
        case 2:
            bytes = reforged(bytes, [&](Json &manifest, QByteArray &payload) {
                manifest["blobs"] = Json::array();
                payload.chop(blobSize);
            });
            break;
        case 3:
            bytes = reforged(bytes, [&](Json &manifest, QByteArray &) {
                manifest["blobs"][0]["name"] = "../journal/" + toStd(m_blob);
            });
            break;
        case 4:
            bytes = reforged(bytes, [&](Json &manifest, QByteArray &) {
                manifest["blobs"][0]["size"] = blobSize + 1;
            });
            break;
        }
        QVERIFY(writeAll(m_archive, bytes));
        const auto before = folderSnapshot(m_lead);
        const auto refused = importSessionArchive(m_lead, m_archive);
        QVERIFY(!refused);
        const QString message = refused.error().toString();
        QCOMPARE(refused.error().path, m_archive);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(folderSnapshot(m_lead) == before);
    }

    // A project that already holds the blob (an earlier merge brought it) accepts an archive
    // without it, and keeps its own file.
    void blobAlreadyHereNeedNotTravel()
    {
        QVERIFY(mergeProjectCopy(m_lead, m_field));
        const ino_t blobInode = inodeOf(blobPath(m_lead, m_blob));
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        const qsizetype blobSize = QFileInfo(blobPath(m_field, m_blob)).size();
        const QByteArray withoutBlob =
            reforged(readAll(m_archive), [&](Json &manifest, QByteArray &payload) {
                manifest["blobs"] = Json::array();
                payload.chop(blobSize);
            });
        QVERIFY(writeAll(m_archive, withoutBlob));
        const auto imported = importSessionArchive(m_lead, m_archive);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->blobsAdded, 0);
        QCOMPARE(inodeOf(blobPath(m_lead, m_blob)), blobInode);
        expectCarolsMask(m_lead);
    }
};

QTEST_GUILESS_MAIN(TestBlobTravel)
#include "tst_blobtravel.moc"
