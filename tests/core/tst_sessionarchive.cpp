// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/workspace.h"
#include "core/project/workspaceinternals.h"
#include "core/storage/sessionarchive.h"
#include "tests/core/projectcopies.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concord;
using namespace concord::testing;

// Field work travels as one session archive: exported from a laptop's copy of a project,
// imported into the team's copy. Anything damaged or foreign is refused before a byte changes.
class TestSessionArchive : public QObject, private LeadAndFieldCopies
{
    Q_OBJECT

private:
    // The project both copies start from: alice reads on the team's machine.
    static Project chestProject()
    {
        Project project = Project::create(
            QStringLiteral("Chest"), Taxonomy::fromIndentedText(QStringLiteral("Nodule\nNormal")));
        project.annotators.push_back(
            {QStringLiteral("alice"), QStringLiteral("Alice"), Role::Annotator});
        return project;
    }

    static std::vector<Item> chestItems()
    {
        return {Item{QStringLiteral("i1"), QStringLiteral("a.png")},
                Item{QStringLiteral("i2"), QStringLiteral("b.png")}};
    }

    static BoxAnnotation box(quint64 id, double x)
    {
        BoxAnnotation b;
        b.id = id;
        b.labelId = 1;
        b.rect = {x, 10, 20, 30};
        return b;
    }

private Q_SLOTS:
    void init()
    {
        std::unique_ptr<Workspace> field;
        makeCopies(chestProject(), chestItems(), field);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!field->commit(edits::addBox(QStringLiteral("i1"), box(1, 5)).forward));
        QVERIFY(!field->commit(
            edits::setItemStatus(QStringLiteral("i1"), ItemStatus::InProgress, ItemStatus::Done)
                .forward));
    }

    void roundTripBringsTheWorkAndTheAnnotator()
    {
        const auto exported = exportSessionArchive(m_field, QStringLiteral("carol"), m_archive);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
        QCOMPARE(exported->files, 1);
        // Boxes only: no blob travels, so the archive stays readable by a Concord without masks.
        QCOMPARE(exported->blobs, 0);
        QVERIFY(readAll(m_archive).startsWith("CONCORD-SESSION-ARCHIVE 1\n"));

        const auto imported = importSessionArchive(m_lead, m_archive);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->journalsAdded, 1);
        QCOMPARE(imported->annotatorsAdded, 1);
        QVERIFY(imported->conflicts.empty());

        auto lead = openOrDie(m_lead);
        QVERIFY(lead->openProblems().empty());
        const Annotator *carol = lead->project().findAnnotator(QStringLiteral("carol"));
        QVERIFY(carol);
        QCOMPARE(carol->displayName, QStringLiteral("Carol"));
        const ItemWork *work = WorkspaceInternals::store(*lead).itemWork(QStringLiteral("carol"),
                                                                         QStringLiteral("i1"));
        QVERIFY(work);
        QCOMPARE(int(work->boxes.size()), 1);
        QCOMPARE(work->status(), ItemStatus::Done);
        // Byte for byte the laptop's journal.
        const QString name = QFileInfo(openOrDie(m_field)
                                           ->folder()
                                           .sessionJournalFiles(QStringLiteral("carol"))
                                           .constFirst())
                                 .fileName();
        QCOMPARE(readAll(m_lead + QStringLiteral("/journal/carol/") + name),
                 readAll(m_field + QStringLiteral("/journal/carol/") + name));
    }

    void secondImportChangesNothing()
    {
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        QVERIFY(importSessionArchive(m_lead, m_archive));
        const auto before = folderSnapshot(m_lead);
        const auto again = importSessionArchive(m_lead, m_archive);
        QVERIFY(again);
        QVERIFY(!again->changedAnything());
        QCOMPARE(again->journalsUnchanged, 1);
        QVERIFY(folderSnapshot(m_lead) == before);
    }

    void longerSessionReplacesTheImportedPrefix()
    {
        auto field = openOrDie(m_field);
        QVERIFY(!field->startSession(QStringLiteral("carol")));
        QVERIFY(!field->commit(edits::addBox(QStringLiteral("i2"), box(7, 1)).forward));
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        QCOMPARE(importSessionArchive(m_lead, m_archive)->journalsAdded, 2);
        // The session goes on after the first export: its journal grows.
        QVERIFY(!field->commit(edits::addBox(QStringLiteral("i2"), box(8, 40)).forward));
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        const auto second = importSessionArchive(m_lead, m_archive);
        QVERIFY(second);
        QCOMPARE(second->journalsExtended, 1);
        QCOMPARE(second->journalsUnchanged, 1);
        auto lead = openOrDie(m_lead);
        QCOMPARE(int(WorkspaceInternals::store(*lead)
                         .itemWork(QStringLiteral("carol"), QStringLiteral("i2"))
                         ->boxes.size()),
                 2);
    }

    void divergingJournalIsAReportedConflict()
    {
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        QVERIFY(importSessionArchive(m_lead, m_archive));
        const QString file =
            openOrDie(m_lead)->folder().sessionJournalFiles(QStringLiteral("carol")).constFirst();
        QByteArray ours = readAll(file);
        ours[ours.size() - 3] = ours[ours.size() - 3] == 'x' ? 'y' : 'x';
        QVERIFY(writeAll(file, ours));
        const auto report = importSessionArchive(m_lead, m_archive);
        QVERIFY(report);
        QCOMPARE(int(report->conflicts.size()), 1);
        QVERIFY(report->conflicts.front().path.contains(m_archive));
        QCOMPARE(readAll(file), ours); // ours is kept
    }

    void archiveOfAnotherProjectIsRefused()
    {
        const QString other = m_dir.filePath(QStringLiteral("other-%1.concord").arg(m_run));
        const QString otherId =
            createOrDie(other, chestProject(), chestItems())->project().projectId;
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        const auto before = folderSnapshot(other);
        const auto refused = importSessionArchive(other, m_archive);
        QVERIFY(!refused);
        const QString message = refused.error().toString();
        QVERIFY2(message.contains(m_archive), qPrintable(message));
        QVERIFY2(message.contains(otherId), qPrintable(message));
        QVERIFY2(message.contains(openOrDie(m_lead)->project().projectId), qPrintable(message));
        QVERIFY(folderSnapshot(other) == before);
    }

    void damagedArchiveIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated to half") << 0;
        QTest::newRow("last byte cut") << 1;
        QTest::newRow("byte flipped in a journal") << 2;
        QTest::newRow("byte flipped in the manifest") << 3;
        QTest::newRow("byte flipped in the trailer") << 4;
        QTest::newRow("garbage") << 5;
        QTest::newRow("empty") << 6;
        QTest::newRow("newer version") << 7;
    }

    void damagedArchiveIsRefusedAndChangesNothing()
    {
        QFETCH(int, damage);
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        QByteArray bytes = readAll(m_archive);
        const qsizetype manifestStart = bytes.indexOf('\n') + 1;
        const qsizetype payloadStart = bytes.indexOf('\n', manifestStart) + 1;
        switch (damage) {
        case 0: bytes.truncate(bytes.size() / 2); break;
        case 1: bytes.chop(1); break;
        case 2: bytes[payloadStart + 20] = char(bytes[payloadStart + 20] ^ 0x01); break;
        case 3: bytes[manifestStart + 5] = char(bytes[manifestStart + 5] ^ 0x20); break;
        case 4: bytes[bytes.size() - 5] = bytes[bytes.size() - 5] == '0' ? '1' : '0'; break;
        case 5: bytes = QByteArray(4000, '\x5a'); break;
        case 6: bytes.clear(); break;
        case 7: bytes.replace(0, manifestStart - 1, "CONCORD-SESSION-ARCHIVE 99"); break;
        }
        QVERIFY(writeAll(m_archive, bytes));
        const auto before = folderSnapshot(m_lead);
        const auto refused = importSessionArchive(m_lead, m_archive);
        QVERIFY(!refused);
        QVERIFY2(refused.error().path == m_archive, qPrintable(refused.error().toString()));
        QVERIFY(folderSnapshot(m_lead) == before);
    }

    // An archive whose trailer checksum is right but whose manifest lies: the per-file checks
    // and the name checks must still refuse it (the trailer only proves the bytes are intact).
    void forgedManifestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("name escapes the folder")
            << QByteArray("\"name\":\"") << QByteArray("\"name\":\"../");
        QTest::newRow("file checksum wrong")
            << QByteArray("\"sha256\":\"") << QByteArray("\"sha256\":\"0");
        QTest::newRow("size too large") << QByteArray("\"size\":") << QByteArray("\"size\":9");
        QTest::newRow("bad annotator id")
            << QByteArray("\"id\":\"carol\"") << QByteArray("\"id\":\"../carol\"");
        QTest::newRow("bytes nobody accounts for")
            << QByteArray("\"files\":[") << QByteArray("\"files\":[],\"x\":[");
    }

    void forgedManifestIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QVERIFY(exportSessionArchive(m_field, QStringLiteral("carol"), m_archive));
        const QByteArray bytes = readAll(m_archive);
        const qsizetype manifestStart = bytes.indexOf('\n') + 1;
        const qsizetype payloadStart = bytes.indexOf('\n', manifestStart) + 1;
        const qsizetype trailerStart = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        QByteArray manifest = bytes.mid(manifestStart, payloadStart - manifestStart);
        QVERIFY(manifest.contains(from));
        manifest.replace(from, to);
        QByteArray forged = bytes.left(manifestStart) + manifest +
                            bytes.mid(payloadStart, trailerStart - payloadStart);
        forged += "CONCORD-SESSION-ARCHIVE-END " +
                  QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex() + '\n';
        QVERIFY(writeAll(m_archive, forged));
        const auto before = folderSnapshot(m_lead);
        const auto refused = importSessionArchive(m_lead, m_archive);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(refused.error().toString()));
        QVERIFY(folderSnapshot(m_lead) == before);
    }

    void exportNeedsAKnownAnnotatorWithJournals()
    {
        QVERIFY(!exportSessionArchive(m_field, QStringLiteral("nobody"), m_archive));
        QVERIFY(!exportSessionArchive(m_lead, QStringLiteral("alice"), m_archive)); // no sessions
        QVERIFY(!QFile::exists(m_archive));
    }
};

QTEST_GUILESS_MAIN(TestSessionArchive)
#include "tst_sessionarchive.moc"
